// Which skills go together, learned from the postings themselves: two stacks asked for together far
// more often than chance (normalized PMI over postings, with a support floor) are related, and so are a
// technology and its parent in the curated dictionary (spring-boot → spring). A Spring Boot developer
// then also sees Spring and JPA postings. Pure.
import { stackIds, stackParent } from '../normalize/stacks/index.js';

/** How a related stack was found. */
export type StackRelationKind = 'parent' | 'child' | 'together';

/** A stack related to another, with the strength of the relation in (0, 1]. */
export interface RelatedStack {
  id: string;
  strength: number;
  via: StackRelationKind;
}

/** Answers which stacks are related to a stack id, strongest first. */
export interface StackRelations {
  related(id: string): readonly RelatedStack[];
}

/** Options of {@link learnStackRelations}. */
export interface LearnStackRelationsOptions {
  /** Postings that must ask for both stacks before a pair counts. @default 5 */
  minSupport?: number;
  /** Lowest normalized PMI (−1…1; 0 is chance) that makes a pair related. @default 0.15 */
  minScore?: number;
  /** Learned relations kept per stack, strongest first (dictionary ones are always kept). @default 8 */
  maxRelated?: number;
  /** Add the dictionary's parent and child relations. @default true */
  dictionary?: boolean;
}

/** Strength of a dictionary parent/child relation: near, not the same skill. */
const DICTIONARY_STRENGTH = 0.8;
/** Stacks of one posting considered for pairs: a posting listing 60 tags says little about any pair. */
const MAX_STACKS_PER_POSTING = 30;

let children: Map<string, string[]> | undefined;

function dictionaryChildren(): Map<string, string[]> {
  if (children) return children;
  children = new Map();
  for (const id of stackIds()) {
    const parent = stackParent(id);
    if (parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(id);
    else children.set(parent, [id]);
  }
  return children;
}

/**
 * Returns the dictionary's relations of one id: its parent and its children, each with strength 0.8.
 *
 * @example dictionaryRelations('spring-boot') // [{ id: 'spring', strength: 0.8, via: 'parent' }]
 */
export function dictionaryRelations(id: string): RelatedStack[] {
  const out: RelatedStack[] = [];
  const parent = stackParent(id);
  if (parent !== undefined) out.push({ id: parent, strength: DICTIONARY_STRENGTH, via: 'parent' });
  for (const child of dictionaryChildren().get(id) ?? []) {
    out.push({ id: child, strength: DICTIONARY_STRENGTH, via: 'child' });
  }
  return out;
}

/**
 * Learns which stacks are related from the stacks postings ask for together — normalized pointwise
 * mutual information, npmi(a, b) = ln(p(a,b) / p(a)p(b)) / −ln p(a,b), over postings, kept when at
 * least `minSupport` postings ask for both and npmi ≥ `minScore` — and adds the dictionary's parent and
 * child relations. Any objects with a `stacks` list fit: postings, or a lake's exploded stack feature
 * rows grouped by posting. Never throws; ids are compared as written.
 *
 * @example
 * const relations = learnStackRelations(postings);
 * relations.related('spring-boot') // [{ id: 'jpa', strength: 0.62, via: 'together' }, { id: 'spring', strength: 0.8, via: 'parent' }, …]
 */
export function learnStackRelations(
  postings: Iterable<{ readonly stacks: readonly string[] }>,
  options: LearnStackRelationsOptions = {},
): StackRelations {
  const minSupport = Math.max(1, options.minSupport ?? 5);
  const minScore = options.minScore ?? 0.15;
  const maxRelated = Math.max(0, options.maxRelated ?? 8);
  const withDictionary = options.dictionary ?? true;

  const ids: string[] = [];
  const index = new Map<string, number>();
  const counts: number[] = [];
  const pairs = new Map<number, number>();
  let total = 0;
  const seen: number[] = [];
  for (const posting of postings) {
    const stacks = posting?.stacks;
    if (!Array.isArray(stacks) || stacks.length === 0) continue;
    seen.length = 0;
    for (const id of stacks) {
      if (typeof id !== 'string' || id === '') continue;
      let k = index.get(id);
      if (k === undefined) {
        k = ids.length;
        index.set(id, k);
        ids.push(id);
        counts.push(0);
      }
      if (!seen.includes(k) && seen.length < MAX_STACKS_PER_POSTING) seen.push(k);
    }
    if (seen.length === 0) continue;
    total++;
    for (let i = 0; i < seen.length; i++) {
      const a = seen[i]!;
      counts[a]!++;
      for (let j = i + 1; j < seen.length; j++) {
        const b = seen[j]!;
        // Keys up to 2^26 × 2^26 stay exact in a double.
        const key = a < b ? a * 67_108_864 + b : b * 67_108_864 + a;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }

  const learned = new Map<string, RelatedStack[]>();
  const add = (from: string, to: string, strength: number): void => {
    const list = learned.get(from);
    const entry: RelatedStack = { id: to, strength, via: 'together' };
    if (list) list.push(entry);
    else learned.set(from, [entry]);
  };
  for (const [key, both] of pairs) {
    if (both < minSupport || both >= total) continue;
    const a = Math.floor(key / 67_108_864);
    const b = key - a * 67_108_864;
    const pmi = Math.log((both * total) / (counts[a]! * counts[b]!));
    const npmi = pmi / -Math.log(both / total);
    if (!(npmi >= minScore)) continue;
    const strength = Math.min(1, npmi);
    add(ids[a]!, ids[b]!, strength);
    add(ids[b]!, ids[a]!, strength);
  }
  for (const list of learned.values()) {
    list.sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1));
    list.length = Math.min(list.length, maxRelated);
  }

  const cache = new Map<string, readonly RelatedStack[]>();
  return {
    related(id: string): readonly RelatedStack[] {
      if (typeof id !== 'string') return [];
      const hit = cache.get(id);
      if (hit) return hit;
      const merged = new Map<string, RelatedStack>();
      for (const r of [...(withDictionary ? dictionaryRelations(id) : []), ...(learned.get(id) ?? [])]) {
        const before = merged.get(r.id);
        if (r.id !== id && (before === undefined || r.strength > before.strength)) merged.set(r.id, r);
      }
      const out = Object.freeze(
        [...merged.values()].sort((x, y) => y.strength - x.strength || (x.id < y.id ? -1 : 1)),
      );
      cache.set(id, out);
      return out;
    },
  };
}
