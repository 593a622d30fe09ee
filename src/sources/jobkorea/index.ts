import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';

export type { JobKoreaTextKind } from './classify-text.js';
export { classifyJobKoreaText } from './classify-text.js';
export type { JobKoreaDetailOptions } from './parse-detail.js';
export { parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export { readJobKoreaDetail } from './read-detail.js';
export { JobKoreaCard, JobKoreaDetailRecord, JobPostingLd } from './schema.js';
export { JOBKOREA_CHIP_ICON, JOBKOREA_GI_ID, JOBKOREA_SELECTORS } from './selectors.js';
export { JOBKOREA_SOURCE, jobkoreaPostingUrl } from './urls.js';

/**
 * The pure parsers of JobKorea, which the `jobkorea()` factory attaches as `jobkorea.parseList` and
 * `jobkorea.parseDetail` (both take the HTML string).
 *
 * @example jobkoreaParsers.parseList(await res.text()).items[0]?.deadline // 'D-19'
 */
export const jobkoreaParsers = { parseList, parseDetail } as const;
