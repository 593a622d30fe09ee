import { parseApi } from './parse-api.js';
import { parseDetail } from './parse-detail.js';
import { parseSearch } from './parse-search.js';

export { saraminCareer } from './career.js';
export type { SaraminApiOptions } from './parse-api.js';
export { parseApi } from './parse-api.js';
export type { SaraminDetailOptions } from './parse-detail.js';
export { parseDetail } from './parse-detail.js';
export { parseSearch } from './parse-search.js';
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
