import { parseDetail } from './parse-detail.js';
import { parseList } from './parse-list.js';

export { mapRallitPosition } from './map-position.js';
export { parseDetail } from './parse-detail.js';
export { parseList } from './parse-list.js';
export { RallitDetail, RallitDetailEnvelope, RallitListEnvelope, RallitListItem } from './schema.js';
export { RALLIT_SOURCE, rallitPositionUrl } from './urls.js';

/**
 * The pure parsers of Rallit's JSON: `parseList` for `/api/v1/position` pages and `parseDetail` for
 * `/client/api/v1/position/{id}`. There is no `rallit()` source yet; the parsers read responses you fetched
 * or saved yourself.
 *
 * @example rallitParsers.parseList(await res.json()).items[0]?.stackTags
 */
export const rallitParsers = { parseList, parseDetail } as const;
