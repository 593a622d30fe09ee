import type { RawPosting } from '../../model/raw-posting.js';
import { listFingerprint } from '../_fingerprint.js';
import type { ListStream, RequestSpec, SiteAdapter, SourceOptions } from '../types.js';
import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { JOBKOREA_SOURCE } from './urls.js';

/** Options of `jobkorea()`. */
export interface JobKoreaOptions extends SourceOptions {
  /** @default 'https://www.jobkorea.co.kr' */
  baseUrl?: string;
  /**
   * Search words, one list each; postings found by several are kept once. JobKorea's HTML search has
   * no stable category ids, so IT postings are found by words.
   * @default ['개발자', '엔지니어']
   */
  keywords?: readonly string[];
}

/**
 * Returns the plan of a JobKorea crawl: the HTML search pages of each keyword, then the `GI_Read` detail
 * (JSON-LD and 모집요강 rows) of each new or changed posting.
 *
 * @example jobkoreaAdapter({ baseUrl: replica.baseUrls.jobkorea, keywords: ['백엔드'] })
 */
export function jobkoreaAdapter(options: JobKoreaOptions = {}): SiteAdapter {
  const baseUrl = (options.baseUrl ?? 'https://www.jobkorea.co.kr').replace(/\/$/, '');
  const keywords = options.keywords ?? ['개발자', '엔지니어'];
  const lists = keywords.map(
    (keyword): ListStream => ({
      name: `${JOBKOREA_SOURCE}:${keyword}`,
      request: (page): RequestSpec => ({
        kind: 'list',
        url: `${baseUrl}/Search/`,
        searchParams: { stext: keyword, tabType: 'recruit', Page_No: page },
        responseType: 'text',
      }),
      // The search shows no reliable total; a page without cards is the end.
      next: (_body, page, itemCount) => (itemCount === 0 ? null : page + 1),
    }),
  );
  return {
    id: JOBKOREA_SOURCE,
    lists: () => lists,
    parseList: (body, context) => parseList(body, context),
    detail: {
      request: (item: RawPosting): RequestSpec => ({
        kind: 'detail',
        url: `${baseUrl}/Recruit/GI_Read/${encodeURIComponent(item.sourceId)}`,
        responseType: 'text',
      }),
      // The detail page may not print its own GI number; the requested one is known.
      parse: (body, context) => parseDetail(body, { now: context.now, id: context.item.sourceId }),
      isGone: (status) => status === 404 || status === 410,
    },
    fingerprint: listFingerprint,
  };
}
