import { isClosedPosting, parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';

export { isClosedPosting, JUMPIT_CLOSED_CODE, parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export {
  JumpitDetailEnvelope,
  JumpitDetailPosition,
  JumpitListEnvelope,
  JumpitListPosition,
  JumpitSearchEngineJobPosting,
} from './schema.js';
export { JUMPIT_SOURCE, jumpitPositionUrl } from './urls.js';

/**
 * The pure parsers of Jumpit, which the `jumpit()` factory attaches as `jumpit.parseList`,
 * `jumpit.parseDetail` and `jumpit.isClosedPosting`.
 *
 * @example jumpitParsers.parseList(await res.json()).items.length
 */
export const jumpitParsers = { parseList, parseDetail, isClosedPosting } as const;
