import { defineSource } from '../define-source.js';
import { isClosedPosting, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { type JumpitOptions, jumpitAdapter } from './plan.js';

export { isClosedPosting, JUMPIT_CLOSED_CODE, parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export type { JumpitOptions } from './plan.js';
export { JUMPIT_CATEGORIES, jumpitAdapter } from './plan.js';
export {
  JumpitDetailEnvelope,
  JumpitDetailPosition,
  JumpitListEnvelope,
  JumpitListPosition,
  JumpitSearchEngineJobPosting,
} from './schema.js';
export { JUMPIT_SOURCE, jumpitPositionUrl } from './urls.js';

/** The pure parsers of Jumpit; `jumpit.parseList` and friends. */
export const jumpitParsers = { parseList, parseDetail, isClosedPosting } as const;

/**
 * Returns the Jumpit source (jumpit.saramin.co.kr): its JSON list of every IT category, then the detail
 * of each new or changed position. Carries the pure parsers as `jumpit.parseList` / `jumpit.parseDetail`.
 *
 * @example
 * for await (const raw of jumpit().collect({ state: fileStateStore({ dir: '.state' }) })) console.log(raw.title);
 */
export const jumpit = defineSource((options?: JumpitOptions) => jumpitAdapter(options), jumpitParsers);
