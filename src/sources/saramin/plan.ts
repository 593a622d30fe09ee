import type { RawPosting } from '../../model/raw-posting.js';
import { listFingerprint } from '../_fingerprint.js';
import type { ListStream, RequestSpec, SiteAdapter, SourceOptions } from '../types.js';
import { parseApi } from './parse-api.js';
import { parseDetail } from './parse-detail.js';
import { parseSearch } from './parse-search.js';
import { SARAMIN_SOURCE } from './urls.js';

/** Options of `saramin()`. */
export interface SaraminOptions extends SourceOptions {
  /**
   * An Open API access key (oapi.saramin.co.kr). With it the official API is read; without it, the HTML
   * search and the `view-ajax` detail. Never logged or stored.
   */
  accessKey?: string;
  /** The HTML site's origin. @default 'https://www.saramin.co.kr' */
  baseUrl?: string;
  /** The Open API's origin. @default 'https://oapi.saramin.co.kr' */
  apiBaseUrl?: string;
  /**
   * `job_mid_cd` values (2 = IT개발·데이터; the code tables are linked from
   * https://oapi.saramin.co.kr/guide/job-search).
   * @default [2]
   */
  categories?: readonly number[];
  /**
   * Search words of the HTML search, one list each (the HTML search needs a word).
   * @default ['개발자']
   */
  keywords?: readonly string[];
}

const API_PAGE_SIZE = 110;
const HTML_PAGE_SIZE = 100;

/**
 * Returns the plan of a Saramin crawl: the Open API when a key is given (complete records, no detail
 * requests), else the HTML search of each keyword within the IT category and the `view-ajax` detail
 * of each new or changed posting.
 *
 * @example saraminAdapter({ accessKey: process.env.SARAMIN_ACCESS_KEY })
 */
export function saraminAdapter(options: SaraminOptions = {}): SiteAdapter {
  const categories = options.categories ?? [2];
  return options.accessKey
    ? apiAdapter(options.accessKey, categories, options)
    : htmlAdapter(categories, options);
}

function apiAdapter(accessKey: string, categories: readonly number[], options: SaraminOptions): SiteAdapter {
  const apiBaseUrl = (options.apiBaseUrl ?? 'https://oapi.saramin.co.kr').replace(/\/$/, '');
  const list: ListStream = {
    name: `${SARAMIN_SOURCE}:api`,
    // The API's `start` is a 0-based page number.
    firstPage: 0,
    request: (start): RequestSpec => ({
      kind: 'list',
      url: `${apiBaseUrl}/job-search`,
      searchParams: {
        'access-key': accessKey,
        job_mid_cd: categories.join(','),
        start,
        count: API_PAGE_SIZE,
        sort: 'pd',
        fields: 'posting-date,expiration-date,keyword-code,count',
      },
      headers: { Accept: 'application/json' },
      responseType: 'json',
    }),
    next: (body, start, itemCount) => {
      const total = Number((body as { jobs?: { total?: unknown } })?.jobs?.total);
      if (itemCount === 0) return null;
      return Number.isFinite(total) && (start + 1) * API_PAGE_SIZE >= total ? null : start + 1;
    },
  };
  return {
    id: SARAMIN_SOURCE,
    lists: () => [list],
    parseList: (body, context) => parseApi(body, { now: context.now, accessKey }),
    fingerprint: listFingerprint,
  };
}

function htmlAdapter(categories: readonly number[], options: SaraminOptions): SiteAdapter {
  const baseUrl = (options.baseUrl ?? 'https://www.saramin.co.kr').replace(/\/$/, '');
  const lists = (options.keywords ?? ['개발자']).map(
    (keyword): ListStream => ({
      name: `${SARAMIN_SOURCE}:${keyword || 'all'}`,
      request: (page): RequestSpec => ({
        kind: 'list',
        url: `${baseUrl}/zf_user/search/recruit`,
        searchParams: {
          searchType: 'search',
          searchword: keyword,
          cat_mcls: categories.join(','),
          recruitPage: page,
          recruitPageCount: HTML_PAGE_SIZE,
          recruitSort: 'reg_dt',
        },
        responseType: 'text',
      }),
      next: (_body, page, itemCount) => (itemCount < HTML_PAGE_SIZE ? null : page + 1),
    }),
  );
  return {
    id: SARAMIN_SOURCE,
    lists: () => lists,
    parseList: (body, context) => parseSearch(body, context),
    detail: {
      // The view page is a JS shell; its content comes from this POST.
      request: (item: RawPosting): RequestSpec => ({
        kind: 'detail',
        method: 'POST',
        url: `${baseUrl}/zf_user/jobs/relay/view-ajax`,
        form: { rec_idx: item.sourceId, rec_seq: '0', view_type: 'search' },
        headers: {
          'X-Requested-With': 'XMLHttpRequest',
          Referer: `${baseUrl}/zf_user/jobs/relay/view?rec_idx=${encodeURIComponent(item.sourceId)}`,
        },
        responseType: 'text',
      }),
      parse: (body, context) => parseDetail(body, { now: context.now, id: context.item.sourceId }),
      isGone: (status) => status === 404 || status === 410,
    },
    fingerprint: listFingerprint,
  };
}
