import { defineSource } from '../define-source.js';
import { parseApi } from './parse-api.js';
import { parseDetail } from './parse-detail.js';
import { parseSearch } from './parse-search.js';
import { type SaraminOptions, saraminAdapter } from './plan.js';

export { saraminCareer } from './career.js';
export type { SaraminApiOptions } from './parse-api.js';
export { parseApi } from './parse-api.js';
export type { SaraminDetailOptions } from './parse-detail.js';
export { parseDetail } from './parse-detail.js';
export { parseSearch } from './parse-search.js';
export type { SaraminOptions } from './plan.js';
export { saraminAdapter } from './plan.js';
export { readSaraminDetail } from './read-detail.js';
export {
  SaraminApiEnvelope,
  SaraminApiJob,
  SaraminCodeName,
  SaraminDetailRecord,
  SaraminSearchCard,
} from './schema.js';
export { SARAMIN_REC_IDX, SARAMIN_SELECTORS } from './selectors.js';
export { csnOf, REDACTED, redactAccessKey, SARAMIN_SOURCE, saraminJobUrl } from './urls.js';

/**
 * The pure parsers of Saramin, which the `saramin()` factory attaches: `parseApi` for the Open API JSON,
 * `parseSearch` for the HTML search page and `parseDetail` for the `view-ajax` detail HTML.
 *
 * @example saraminParsers.parseApi(await res.json(), { accessKey }).items[0]?.career
 */
export const saraminParsers = { parseApi, parseSearch, parseDetail } as const;

/**
 * Returns the Saramin source (saramin.co.kr): the official Open API with `accessKey`, else the HTML
 * search and `view-ajax` detail. Carries `saramin.parseApi` / `parseSearch` / `parseDetail`.
 *
 * @example for await (const raw of saramin({ accessKey: process.env.SARAMIN_ACCESS_KEY }).collect()) console.log(raw.title);
 */
export const saramin = defineSource((options?: SaraminOptions) => saraminAdapter(options), saraminParsers);
