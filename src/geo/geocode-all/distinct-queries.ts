// The first step of the geo stage: the batch's addresses reduced to one per distinct query, so
// '서울 강남구 테헤란로 152' written five ways by five postings costs one geocode.
import type { Address, Posting } from '../../model/posting.js';
import { addressesOf, keepsSiteGeo, queryOf } from './posting-addresses.js';

/**
 * Returns one representative Address per distinct query over every posting's addresses, in first-seen
 * order. A posting that keeps its site point needs no geocode of its first address.
 *
 * @example
 * distinctQueries([posting(['서울 강남구 테헤란로 152']), posting(['서울특별시 강남구 테헤란로 152, 33층'])], false).size // 1
 */
export function distinctQueries(postings: readonly Posting[], overwrite: boolean): Map<string, Address> {
  const distinct = new Map<string, Address>();
  for (const posting of postings) {
    const addresses = addressesOf(posting);
    const from = keepsSiteGeo(posting, overwrite) ? 1 : 0;
    for (let i = from; i < addresses.length; i++) {
      const address = addresses[i]!;
      const query = queryOf(address);
      if (query && !distinct.has(query)) distinct.set(query, address);
    }
  }
  return distinct;
}
