import { isJobNotFound, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';

export { isJobNotFound, parseDetail } from './parse-detail.js';
export { parseList, wantedAlwaysOpen, wantedLocation } from './parse-list.js';
export {
  WantedAddress,
  WantedChaosDetailEnvelope,
  WantedCompany,
  WantedDetailEnvelope,
  WantedJob,
  WantedListEnvelope,
  WantedListItem,
  WantedNotFoundBody,
} from './schema.js';
export { resolveWantedSkillTags, WANTED_SKILL_TAGS } from './skill-tags.js';
export { WANTED_SOURCE, wantedJobUrl } from './urls.js';

/**
 * The pure parsers of Wanted, which the `wanted()` factory attaches as `wanted.parseList`,
 * `wanted.parseDetail` and `wanted.isJobNotFound`.
 *
 * @example wantedParsers.parseDetail(await res.json()).items[0]?.coordinates
 */
export const wantedParsers = { parseList, parseDetail, isJobNotFound } as const;
