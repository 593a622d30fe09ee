import type { RawPosting } from '../../model/raw-posting.js';
import { listFingerprint } from '../_fingerprint.js';
import type { ListStream, RequestSpec, SiteAdapter, SourceOptions } from '../types.js';
import { isClosedPosting, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { JUMPIT_SOURCE } from './urls.js';

/** Options of `jumpit()`. */
export interface JumpitOptions extends SourceOptions {
  /**
   * The API origin.
   * @default 'https://jumpit-api.saramin.co.kr'
   */
  baseUrl?: string;
  /**
   * Jumpit job-category ids (1 서버/백엔드, 2 프론트엔드, … 22 블록체인).
   * @default every IT category
   */
  categories?: readonly number[];
  /**
   * List order; 'reg_dt' (newest first) keeps paging stable while postings are added.
   * @default 'reg_dt'
   */
  sort?: 'reg_dt' | 'rsp_rate' | 'popular';
}

/** Every Jumpit job category; all of them are IT ones. */
export const JUMPIT_CATEGORIES: readonly number[] = [
  1, 2, 3, 4, 16, 18, 5, 6, 7, 19, 8, 9, 10, 11, 12, 13, 15, 17, 20, 22, 21,
];
// The list answers 16 positions a page.
const PAGE_SIZE = 16;

/**
 * Returns the plan of a Jumpit crawl: one list of every chosen category (the API takes `jobCategory`
 * repeated), then one detail per new or changed position.
 *
 * @example jumpitAdapter({ baseUrl: replica.baseUrls.jumpit }).lists()[0].request(1).url
 */
export function jumpitAdapter(options: JumpitOptions = {}): SiteAdapter {
  const baseUrl = (options.baseUrl ?? 'https://jumpit-api.saramin.co.kr').replace(/\/$/, '');
  const categories = options.categories ?? JUMPIT_CATEGORIES;
  const list: ListStream = {
    name: `${JUMPIT_SOURCE}:all`,
    request: (page): RequestSpec => ({
      kind: 'list',
      url: `${baseUrl}/api/positions`,
      searchParams: { page, sort: options.sort ?? 'reg_dt', highlight: 'false', jobCategory: categories },
      responseType: 'json',
    }),
    next: (body, page, itemCount) => {
      const total = Number((body as { result?: { totalCount?: unknown } })?.result?.totalCount);
      if (itemCount === 0) return null;
      return Number.isFinite(total) && page * PAGE_SIZE >= total ? null : page + 1;
    },
  };
  return {
    id: JUMPIT_SOURCE,
    lists: () => [list],
    parseList: (body, context) => parseList(body, context),
    detail: {
      request: (item: RawPosting): RequestSpec => ({
        kind: 'detail',
        url: `${baseUrl}/api/position/${encodeURIComponent(item.sourceId)}`,
        responseType: 'json',
      }),
      parse: (body, context) => parseDetail(body, context),
      // A closed position answers HTTP 400 with code C003.
      isGone: (status, body) => status === 400 && isClosedPosting(body),
    },
    fingerprint: listFingerprint,
  };
}
