import type { RawPosting } from '../../model/raw-posting.js';
import { listFingerprint } from '../_fingerprint.js';
import type { ListStream, RequestSpec, SiteAdapter, SourceOptions } from '../types.js';
import { isJobNotFound, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { readSkillDictionary, resolveSkillTags } from './skill-dictionary.js';
import { WANTED_SOURCE } from './urls.js';

/** Options of `wanted()`. */
export interface WantedOptions extends SourceOptions {
  /** @default 'https://www.wanted.co.kr' */
  baseUrl?: string;
  /** The origin of the tag dictionaries. @default 'https://static.wanted.co.kr' */
  staticBaseUrl?: string;
  /**
   * Dev sub-job ids under job group 518 (872 서버, 669 프론트엔드, …).
   * @default every dev sub-job
   */
  categories?: readonly number[];
  /** Which list endpoint to read. @default 'navigation' */
  list?: 'navigation' | 'v4';
  /** Which detail endpoint to read: v4 has coordinates, chaos is the newer shape. @default 'v4' */
  detail?: 'v4' | 'chaos';
}

/** Wanted's development job group (518 개발) and its sub-jobs, as the site's own filters list them. */
export const WANTED_DEV_GROUP = 518;
export const WANTED_CATEGORIES: readonly number[] = [
  872, 873, 669, 660, 899, 655, 1634, 674, 677, 678, 10110, 10111, 895, 665, 671, 676, 658, 661, 900, 893,
  894, 939, 1024, 1025, 1026, 1027, 1022, 10230, 10231, 10112, 877, 876, 795, 793,
];
const PAGE_SIZE = { navigation: 20, v4: 100 } as const;
// Working clients send the site's own headers; bare clients get 403s from CloudFront, and so do
// foreign data-centre addresses.
const HEADERS = {
  Referer: 'https://www.wanted.co.kr/wdlist/518',
  'Wanted-User-Country': 'KR',
  'Wanted-User-Language': 'ko',
};

/**
 * Returns the plan of a Wanted crawl: the skill dictionary once, one offset-paged list of the chosen
 * dev sub-jobs, then the detail (with coordinates) of each new or changed posting.
 *
 * @example wantedAdapter({ baseUrl: replica.baseUrls.wanted, list: 'v4' })
 */
export function wantedAdapter(options: WantedOptions = {}): SiteAdapter {
  const baseUrl = (options.baseUrl ?? 'https://www.wanted.co.kr').replace(/\/$/, '');
  const staticBaseUrl = (options.staticBaseUrl ?? 'https://static.wanted.co.kr').replace(/\/$/, '');
  const categories = options.categories ?? WANTED_CATEGORIES;
  const kind = options.list ?? 'navigation';
  const limit = PAGE_SIZE[kind];
  let skills: ReadonlyMap<number, string> = new Map();

  const list: ListStream = {
    name: `${WANTED_SOURCE}:${kind}`,
    firstPage: 0,
    // `page` is the offset: Wanted pages by offset and limit.
    request: (offset): RequestSpec => ({
      kind: 'list',
      url: kind === 'navigation' ? `${baseUrl}/api/chaos/navigation/v1/results` : `${baseUrl}/api/v4/jobs`,
      searchParams: {
        country: 'kr',
        job_sort: 'job.latest_order',
        years: -1,
        locations: 'all',
        limit,
        offset,
        ...(kind === 'navigation'
          ? { job_group_id: WANTED_DEV_GROUP, job_ids: categories }
          : { tag_type_ids: categories }),
      },
      headers: HEADERS,
      responseType: 'json',
    }),
    next: (body, offset, itemCount) => {
      const next = (body as { links?: { next?: unknown } })?.links?.next;
      return itemCount === 0 || next === null || next === undefined ? null : offset + itemCount;
    },
  };

  return {
    id: WANTED_SOURCE,
    lists: () => [list],
    // The list names skills by id only; the dictionary turns the ids into names.
    prepare: async (http, { signal }) => {
      const response = await http.fetch(
        {
          kind: 'dictionary',
          url: `${staticBaseUrl}/tags`,
          searchParams: { tags: 'skill' },
          responseType: 'json',
        },
        { source: WANTED_SOURCE, signal },
      );
      skills = readSkillDictionary(response.body);
    },
    parseList: (body, context) => {
      const result = parseList(body, context);
      return { items: result.items.map((item) => resolveSkillTags(item, skills)), issues: result.issues };
    },
    detail: {
      request: (item: RawPosting): RequestSpec => ({
        kind: 'detail',
        url:
          options.detail === 'chaos'
            ? `${baseUrl}/api/chaos/jobs/v1/${encodeURIComponent(item.sourceId)}/details`
            : `${baseUrl}/api/v4/jobs/${encodeURIComponent(item.sourceId)}`,
        headers: HEADERS,
        responseType: 'json',
      }),
      parse: (body, context) => parseDetail(body, context),
      // A removed posting answers 404 with `{ error_code: 11001, message: 'job not found exception' }`.
      isGone: (status, body) => status === 404 && (isJobNotFound(body) || body === undefined),
    },
    fingerprint: listFingerprint,
  };
}
