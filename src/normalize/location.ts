// A posting's places from all of its location fields together. Sites name one office several times —
// the list gives the district ('서울 강남구'), the detail the full address with a floor ('서울 강남구
// 테헤란로 152, 2층'), a third field the same address again — and counting each naming as a place made
// every such posting 'multi'. Here a place named twice is one place, and a district that merely
// contains the named address adds nothing; 'multi' is left for places that really differ.
import { type LocationReading, readLocation } from '../geo/address/read-location.js';
import type { Address, LocationKind } from '../model/posting.js';

/** The distinct places a posting's location fields name, and what kind of location that is. */
export interface PostingLocation {
  /** One address per distinct place, in the order the fields first name them. */
  addresses: Address[];
  kind: LocationKind;
}

// Kinds that name no place: beside an address they make the location more than one place.
const PLACELESS_KINDS: ReadonlySet<LocationKind> = new Set(['remote', 'overseas', 'nationwide']);

/**
 * Returns true when two addresses name the same place: the same 시도, 시군구, 읍면동, road, building
 * number and lot, whatever their detail (floors, rooms, building names) or spelling of the input.
 *
 * @example samePlace(parseAddress('서울 강남구 테헤란로 152')!, parseAddress('서울특별시 강남구 테헤란로 152, 33층')!) // true
 */
export function samePlace(a: Address, b: Address): boolean {
  return (
    a.sido === b.sido &&
    a.sigungu === b.sigungu &&
    a.eupmyeondong === b.eupmyeondong &&
    a.road === b.road &&
    a.buildingNo === b.buildingNo &&
    a.jibun === b.jibun &&
    (a.underground ?? false) === (b.underground ?? false)
  );
}

const isRegion = (address: Address) => address.road === undefined && address.jibun === undefined;

/**
 * Returns true when `region` (an address without road or lot) is a broader naming of the
 * place `inner` names: `inner` lies in its 시도 and 시군구 ('성남시' holds '성남시 분당구'), and in its
 * 읍면동 when both name one. A street address that names no 읍면동 is not taken to be elsewhere: nothing
 * says so.
 *
 * @example contains(parseAddress('서울 강남구')!, parseAddress('서울 강남구 테헤란로 152')!) // true
 * @example contains(parseAddress('서울 강남구')!, parseAddress('서울 서초구 서초대로 56')!) // false
 */
export function contains(region: Address, inner: Address): boolean {
  if (!isRegion(region) || samePlace(region, inner) || region.sido !== inner.sido) return false;
  if (region.sigungu !== undefined) {
    const sigungu = inner.sigungu;
    if (sigungu === undefined) return false;
    if (sigungu !== region.sigungu && !sigungu.startsWith(`${region.sigungu} `)) return false;
  }
  if (region.eupmyeondong === undefined) return true;
  if (inner.eupmyeondong !== undefined) return inner.eupmyeondong === region.eupmyeondong;
  return !isRegion(inner);
}

/**
 * Returns the distinct places of `addresses`: one address per place (the first naming, with the
 * detail of a later one when it had none), without the broader namings of a place another address
 * names more precisely.
 *
 * @example distinctPlaces([parseAddress('서울 강남구')!, parseAddress('서울 강남구 테헤란로 152, 2층')!]).length // 1
 */
export function distinctPlaces(addresses: readonly Address[]): Address[] {
  const unique: Address[] = [];
  for (const address of addresses) {
    const index = unique.findIndex((kept) => samePlace(kept, address));
    const kept = index < 0 ? undefined : unique[index];
    if (kept === undefined) unique.push({ ...address });
    else if (kept.detail === undefined && address.detail !== undefined)
      unique[index] = { ...kept, detail: address.detail };
  }
  return unique.filter((address) => !unique.some((other) => contains(address, other)));
}

/**
 * Returns the places a posting's location fields name, each place once, and their kind: 'multi' only
 * for places that really differ, a field that says there are more ('서울 외 2곳'), or a place beside
 * remote, overseas or nationwide work; else 'address' or 'region' for the one place, 'ambiguous' for
 * one place several 시도 could hold that no other field settles, or the kind of the first field that
 * names no place ('remote', 'overseas', 'nationwide'), or 'unknown'. Never throws.
 *
 * @example
 * readPostingLocation(['서울 강남구', '서울 강남구 테헤란로 152, 2층'])
 * // { addresses: [{ sido: '서울특별시', sigungu: '강남구', road: '테헤란로', buildingNo: '152', detail: '2층', … }], kind: 'address' }
 * @example readPostingLocation(['경기 용인시 처인구, 수원시 영통구']).kind // 'multi'
 */
export function readPostingLocation(fields: readonly string[]): PostingLocation {
  const readings = fields.map(readLocation);
  const addresses = distinctPlaces(readings.flatMap((reading) => reading.addresses));
  const unsettled = unsettledPlaces(readings, addresses);
  // A field read as 'multi' with at most one place said so in words ('외 2곳', a place and '재택').
  const saysMore = readings.some((reading) => reading.kind === 'multi' && reading.addresses.length <= 1);
  const placeless = readings.find((reading) => PLACELESS_KINDS.has(reading.kind));
  const places = addresses.length + unsettled;
  const first = addresses[0];
  if (places > 1 || (places === 1 && (saysMore || placeless !== undefined))) {
    return { addresses, kind: 'multi' };
  }
  if (first !== undefined) return { addresses, kind: isRegion(first) ? 'region' : 'address' };
  if (places === 1) return { addresses, kind: 'ambiguous' };
  return { addresses, kind: placeless?.kind ?? 'unknown' };
}

/**
 * Returns how many distinct places the ambiguous fields name ('중구 퇴계로 385': a 중구 of several
 * cities) beyond `addresses`: a field one of whose candidate districts holds a proved address is that
 * place named again; fields with the same candidates are taken for one place.
 */
function unsettledPlaces(readings: readonly LocationReading[], addresses: readonly Address[]): number {
  const seen = new Set<string>();
  for (const reading of readings) {
    if (reading.kind !== 'ambiguous') continue;
    const candidates = reading.candidates ?? [];
    const settled = candidates.some((candidate) =>
      addresses.some(
        (address) => contains({ query: '', ...candidate }, address) || sameDistrict(candidate, address),
      ),
    );
    if (!settled)
      seen.add(
        candidates
          .map((c) => `${c.sido} ${c.sigungu}`)
          .sort()
          .join('|'),
      );
  }
  return seen.size;
}

const sameDistrict = (candidate: { sido: string; sigungu: string }, address: Address) =>
  address.sido === candidate.sido && address.sigungu === candidate.sigungu;
