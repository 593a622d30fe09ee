// Public surface of ohmystack/geo. Internal modules (`_`-prefixed) are never re-exported.

export type { Address, LocationKind } from '../model/posting.js';
export { classifyLocation } from './address/classify-location.js';
export { parseAddress, parseAddresses } from './address/parse-address.js';
export type { LocationReading } from './address/read-location.js';
export { readLocation } from './address/read-location.js';
export type { EupmyeondongRecord, SidoRecord, SigunguRecord } from './regions/regions.js';
export {
  findEupmyeondong,
  findSido,
  findSigungu,
  getSido,
  getSigungu,
  listEupmyeondong,
  listSido,
  listSigungu,
} from './regions/regions.js';
