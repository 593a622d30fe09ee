// What a posting's stacks and job families become in the link and lookup tables: the canonical id of
// a tag the dictionary knows (the tag itself otherwise), and the name and category the lookup row
// carries. One place, so staging and publishing can never label a value two ways.
import { jobFamilyInfo } from '../../normalize/position.js';
import { stackInfo } from '../../normalize/stacks/stack-info.js';

/** A link's kind: a row of `posting_stacks` or of `posting_families`. */
export type LinkKind = 'stack' | 'family';

/** A value as its lookup table holds it (`stacks`: name, category; `job_families`: name_ko, name_en). */
export interface LookupValue {
  id: string;
  label: string;
  category: string | null;
}

/**
 * Returns the lookup row of a stack tag or job-family id. A canonical id maps to itself, so looking up
 * an id staged earlier gives the same row as looking up the tag it came from.
 *
 * @example lookupValue('stack', '스프링 부트') // { id: 'spring-boot', label: 'Spring Boot', category: 'framework' }
 */
export function lookupValue(kind: LinkKind, value: string): LookupValue {
  if (kind === 'stack') {
    const info = stackInfo(value);
    return { id: info?.id ?? value, label: info?.name ?? value, category: info?.category ?? null };
  }
  const info = jobFamilyInfo(value);
  return { id: value, label: info?.nameKo ?? value, category: info?.nameEn ?? null };
}

/**
 * Returns a memoized {@link lookupValue}: a batch repeats the same few dozen tags thousands of times.
 *
 * @example const lookup = lookupCache(); lookup('stack', 'React').id // 'react'
 */
export function lookupCache(): (kind: LinkKind, value: string) => LookupValue {
  const stacks = new Map<string, LookupValue>();
  const families = new Map<string, LookupValue>();
  return (kind, value) => {
    const cache = kind === 'stack' ? stacks : families;
    let found = cache.get(value);
    if (!found) {
      found = lookupValue(kind, value);
      cache.set(value, found);
    }
    return found;
  };
}
