// Feature rows are only comparable across runs when the vocabulary behind them is the same: a new alias
// moves postings between values, a new job family splits one. Every row carries the version of the
// stack dictionary and job families it was built with, so a consumer can tell rows of two taxonomies apart.
import { changeHash } from '../model/change-hash.js';
import * as positions from '../normalize/positions-data.js';
import * as dictionary from '../normalize/stacks/dictionary.gen.js';

/**
 * The taxonomy version every {@link FeatureRow} carries: {@link computeTaxonomyVersion} of the committed
 * dictionary and job families, written down so importing it costs nothing. A test recomputes it and fails
 * when the dictionary (`npx tsx scripts/gen-stacks.ts`) or the job families changed without updating it.
 *
 * @example row.taxonomy_version === TAXONOMY_VERSION // rows of the current vocabulary
 */
export const TAXONOMY_VERSION = '779a52b62d05ab75';

/**
 * Returns the {@link changeHash} (16 hex digits) of every export of the generated stack
 * dictionary (ids, names, kinds, parents, aliases, match patterns) and of the job-family data (families,
 * site category ids, category names). Any change to either gives a new version.
 *
 * @example computeTaxonomyVersion() === TAXONOMY_VERSION // true while the constant is current
 */
export function computeTaxonomyVersion(): string {
  return changeHash({ dictionary: { ...dictionary }, positions: { ...positions } });
}
