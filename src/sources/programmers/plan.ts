import type { RawPosting } from '../../model/raw-posting.js';
import { listFingerprint } from '../_fingerprint.js';
import type { ListStream, RequestSpec, SiteAdapter, SourceOptions } from '../types.js';
import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { PROGRAMMERS_SOURCE } from './urls.js';

/** Options of `programmers()`. */
export interface ProgrammersOptions extends SourceOptions {
  /** @default 'https://career.programmers.co.kr' */
  baseUrl?: string;
  /**
   * Programmers job-category ids (`job_category_ids[]`: 1 서버/백엔드, 4 프론트엔드, 25 웹 풀스택, …).
   * Every Programmers posting is a development job, so none means all of them.
   * @default [] (all)
   */
  categories?: readonly number[];
}

/**
 * Returns the plan of a Programmers crawl: the `api/job_positions` list pages (newest first), then the
 * detail of each new or changed position, with coordinates and its schema.org JobPosting.
 *
 * @example programmersAdapter({ baseUrl: replica.baseUrls.programmers })
 */
export function programmersAdapter(options: ProgrammersOptions = {}): SiteAdapter {
  const baseUrl = (options.baseUrl ?? 'https://career.programmers.co.kr').replace(/\/$/, '');
  const categories = options.categories ?? [];
  const list: ListStream = {
    name: `${PROGRAMMERS_SOURCE}:all`,
    request: (page): RequestSpec => ({
      kind: 'list',
      url: `${baseUrl}/api/job_positions`,
      searchParams: {
        page,
        order: 'recent',
        ...(categories.length > 0 ? { 'job_category_ids[]': categories } : {}),
      },
      responseType: 'json',
    }),
    next: (body, page, itemCount) => {
      const totalPages = Number((body as { totalPages?: unknown })?.totalPages);
      if (itemCount === 0) return null;
      return Number.isFinite(totalPages) && page >= totalPages ? null : page + 1;
    },
  };
  return {
    id: PROGRAMMERS_SOURCE,
    lists: () => [list],
    parseList: (body, context) => parseList(body, context),
    detail: {
      request: (item: RawPosting): RequestSpec => ({
        kind: 'detail',
        url: `${baseUrl}/api/job_positions/${encodeURIComponent(item.sourceId)}`,
        responseType: 'json',
      }),
      parse: (body, context) => parseDetail(body, context),
      isGone: (status) => status === 404 || status === 410,
    },
    fingerprint: listFingerprint,
  };
}
