import { defineSource } from '../define-source.js';
import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { type JobKoreaOptions, jobkoreaAdapter } from './plan.js';

export type { JobKoreaTextKind } from './classify-text.js';
export { classifyJobKoreaText } from './classify-text.js';
export type { JobKoreaDetailOptions } from './parse-detail.js';
export { parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export type { JobKoreaOptions } from './plan.js';
export { jobkoreaAdapter } from './plan.js';
export { readJobKoreaDetail } from './read-detail.js';
export { JobKoreaCard, JobKoreaDetailRecord, JobPostingLd } from './schema.js';
export { JOBKOREA_CHIP_ICON, JOBKOREA_GI_ID, JOBKOREA_SELECTORS } from './selectors.js';
export { JOBKOREA_SOURCE, jobkoreaPostingUrl } from './urls.js';

/** The pure parsers of JobKorea (both take the HTML string); `jobkorea.parseList` and friends. */
export const jobkoreaParsers = { parseList, parseDetail } as const;

/**
 * Returns the JobKorea source (jobkorea.co.kr): HTML search cards per keyword, then each new or changed
 * posting's `GI_Read` page with its JSON-LD. Carries `jobkorea.parseList` / `jobkorea.parseDetail`.
 *
 * @example for await (const raw of jobkorea({ keywords: ['백엔드'] }).collect()) console.log(raw.company);
 */
export const jobkorea = defineSource(
  (options?: JobKoreaOptions) => jobkoreaAdapter(options),
  jobkoreaParsers,
);
