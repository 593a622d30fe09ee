// What the branch split needs of every posting of a run, kept while the postings stream past: one small
// object per posting whose strings, addresses and points are shared with every other posting of the
// same company and place. 100,000 postings cost a few MB instead of the postings themselves; and the
// strings are copies, because a name cut out of a fetched page can keep the whole page alive in V8.
import type { BranchPosting } from '../geo/branches.js';
import type { Address, GeoPoint, Posting } from '../model/posting.js';

export class BranchPlaces {
  readonly places: BranchPosting[] = [];
  readonly #strings = new Map<string, string>();
  readonly #addresses = new Map<string, Address>();
  readonly #points = new Map<string, GeoPoint>();

  /** Adds the posting's place, in stream order (the split's results come back in the same order). */
  add(posting: Posting): void {
    this.places.push({
      source: this.#string(posting.source),
      company: this.#string(posting.company),
      companyId: posting.companyId === null ? null : this.#string(posting.companyId),
      branch: posting.branch,
      address: posting.address ? this.#address(posting.address) : null,
      geo: posting.geo ? this.#point(posting.geo) : null,
    });
  }

  get size(): number {
    return this.places.length;
  }

  #string(text: string): string {
    let shared = this.#strings.get(text);
    if (shared === undefined) {
      shared = Buffer.from(text, 'utf8').toString('utf8');
      this.#strings.set(shared, shared);
    }
    return shared;
  }

  // Only the administrative names: they name branches ('하이닉스 이천'); the rest is not read.
  #address(address: Address): Address {
    const key = `${address.sido}\u0000${address.sigungu ?? ''}\u0000${address.eupmyeondong ?? ''}`;
    let shared = this.#addresses.get(key);
    if (!shared) {
      shared = {
        sido: this.#string(address.sido),
        query: '',
        ...(address.sigungu ? { sigungu: this.#string(address.sigungu) } : {}),
        ...(address.eupmyeondong ? { eupmyeondong: this.#string(address.eupmyeondong) } : {}),
      };
      this.#addresses.set(key, shared);
    }
    return shared;
  }

  #point(geo: GeoPoint): GeoPoint {
    const key = `${geo.lat},${geo.lng},${geo.precision},${geo.provider},${geo.code ?? ''}`;
    let shared = this.#points.get(key);
    if (!shared) {
      shared = {
        lat: geo.lat,
        lng: geo.lng,
        precision: geo.precision,
        provider: this.#string(geo.provider),
        ...(geo.code ? { code: this.#string(geo.code) } : {}),
      };
      this.#points.set(key, shared);
    }
    return shared;
  }
}
