import { defineSource } from '../define-source.js';
import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';
import { type ProgrammersOptions, programmersAdapter } from './plan.js';

export { mapProgrammersPosition } from './map-position.js';
export { parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export type { ProgrammersOptions } from './plan.js';
export { programmersAdapter } from './plan.js';
export {
  ProgrammersCompany,
  ProgrammersDetailEnvelope,
  ProgrammersDetailPosition,
  ProgrammersListEnvelope,
  ProgrammersListPosition,
  ProgrammersTag,
} from './schema.js';
export { isUnauthorized, PROGRAMMERS_SOURCE, programmersPositionUrl } from './urls.js';

/**
 * The pure parsers of Programmers, which the `programmers()` factory attaches as
 * `programmers.parseList` and `programmers.parseDetail` (both take the parsed JSON).
 *
 * @example programmersParsers.parseList(await res.json()).items[0]?.salary // { min: 4000, max: 6000, unit: 'manwon', period: 'year' }
 */
export const programmersParsers = { parseList, parseDetail } as const;

/**
 * Returns the Programmers source (career.programmers.co.kr): the `api/job_positions` list, then each new
 * or changed position's detail with coordinates. Carries `programmers.parseList` / `parseDetail`.
 *
 * @example for await (const raw of programmers().collect()) console.log(raw.coordinates);
 */
export const programmers = defineSource(
  (options?: ProgrammersOptions) => programmersAdapter(options),
  programmersParsers,
);
