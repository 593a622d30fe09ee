import { lookupStack } from './_lookup.js';
import { STACK_IDS } from './dictionary.gen.js';
import { splitStackTags } from './split-stack-tags.js';

// Postings repeat the same few thousand raw tags, so each raw tag is split and looked up once. The cache
// is bounded (cleared when full) and skips long strings, which are rarely repeated and would pin memory.
const CACHE_LIMIT = 20_000;
const MAX_CACHED_LENGTH = 200;
const cache = new Map<string, readonly string[]>();
// Requirement words written into a tag: 'Java 11 이상', 'Docker 우대', 'Kotlin 필수'.
const QUALIFIER = /\s*(?:이상|이하|우대|필수|경험|가능자?|능숙자?|선호|or higher|\+)$/i;

function lookupPiece(piece: string): number {
  const index = lookupStack(piece);
  if (index >= 0 || !QUALIFIER.test(piece)) return index;
  return lookupStack(piece.replace(QUALIFIER, ''));
}

function normalizeTag(raw: string): readonly string[] {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const ids: string[] = [];
  for (const piece of splitStackTags(raw)) {
    const index = lookupPiece(piece);
    const id = index >= 0 ? STACK_IDS[index]! : piece.toLowerCase();
    if (id !== '' && !ids.includes(id)) ids.push(id);
  }
  if (raw.length <= MAX_CACHED_LENGTH) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(raw, ids);
  }
  return ids;
}

/**
 * Returns canonical stack ids for posting tags: composite tags are split ('Java/Spring', 'C/C++',
 * 'AWS(EC2, S3)'), every alias maps to one id ('ReactJS', 'React.js', 'react', '리액트' → 'react'),
 * unknown tags stay as a cleaned lowercase form ('Foo Bar DB' → 'foo bar db'), duplicates are dropped and
 * first-seen order is kept. Never throws; non-string items and empty tags are ignored.
 *
 * @example normalizeStacks(['리액트', 'ReactJS', 'Java/Spring', 'Foo Bar DB']) // ['react', 'java', 'spring', 'foo bar db']
 */
export function normalizeStacks(tags: string | readonly string[]): string[] {
  const list: readonly unknown[] = typeof tags === 'string' ? [tags] : Array.isArray(tags) ? tags : [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const tag of list) {
    if (typeof tag !== 'string' || tag === '') continue;
    for (const id of normalizeTag(tag)) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(id);
    }
  }
  return out;
}
