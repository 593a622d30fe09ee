// Which of a posting's addresses the geo stage reads, and the query each one is geocoded by.
import type { Address, Posting } from '../../model/posting.js';

/**
 * Returns a posting's parsed addresses: all of `addresses`, else its single `address`, else none.
 *
 * @example addressesOf(posting)[0]?.query // '서울특별시 강남구 테헤란로 152'
 */
export const addressesOf = (posting: Posting): readonly Address[] =>
  posting.addresses.length > 0 ? posting.addresses : posting.address ? [posting.address] : [];

/**
 * Returns the string an address is geocoded (and deduplicated) by; '' when it has none.
 *
 * @example queryOf(parseAddress('서울 강남구 테헤란로 152, 33층')!) // '서울특별시 강남구 테헤란로 152'
 */
export const queryOf = (address: Address): string =>
  typeof address.query === 'string' ? address.query.trim() : '';

/**
 * Returns true when the posting keeps its site-given point: a 'building' point, unless `overwrite`.
 * A site's own coordinates beat any geocoder's guess.
 *
 * @example keepsSiteGeo({ ...posting, geo: { precision: 'building', … } }, false) // true
 */
export const keepsSiteGeo = (posting: Posting, overwrite: boolean): boolean =>
  !overwrite && posting.geo?.precision === 'building';
