import { defineSource } from '../define-source.js';
import { isJobNotFound, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { type WantedOptions, wantedAdapter } from './plan.js';

export { isJobNotFound, parseDetail } from './parse-detail.js';
export { parseList, wantedAlwaysOpen, wantedLocation } from './parse-list.js';
export type { WantedOptions } from './plan.js';
export { WANTED_CATEGORIES, WANTED_DEV_GROUP, wantedAdapter } from './plan.js';
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
export { readSkillDictionary, resolveSkillTags } from './skill-dictionary.js';
export { resolveWantedSkillTags, WANTED_SKILL_TAGS } from './skill-tags.js';
export { WANTED_SOURCE, wantedJobUrl } from './urls.js';

/** The pure parsers of Wanted; `wanted.parseList` and friends. */
export const wantedParsers = { parseList, parseDetail, isJobNotFound } as const;

/**
 * Returns the Wanted source (wanted.co.kr): the navigation (or v4) list of the dev job group, then the
 * v4 detail of each new or changed posting, with coordinates. Carries `wanted.parseList` / `parseDetail`.
 *
 * @example for await (const raw of wanted({ list: 'v4' }).collect()) console.log(raw.coordinates);
 */
export const wanted = defineSource((options?: WantedOptions) => wantedAdapter(options), wantedParsers);
