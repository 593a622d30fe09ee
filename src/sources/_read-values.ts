// Tolerant readers of the values inside a site's JSON or an HTML attribute: each takes `unknown` and
// returns the typed value, or undefined when there is none, so a parser never trusts a site's types.
import { htmlToText } from '../normalize/text.js';

/** Returns true for a plain object (not null, not an array), so callers can index it safely. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns the value at `path` inside `root`, or undefined when any step is missing.
 *
 * @example valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b']) // 1
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Returns `value` trimmed with inner whitespace collapsed when it is a non-empty string, else undefined.
 *
 * @example readText('  서울  강남구 ') // '서울 강남구'
 */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
  return text.length > 0 ? text : undefined;
}

/**
 * Returns `value` as text with HTML entities decoded ('서울 &gt; 강남구' → '서울 > 강남구'), or undefined
 * when it is blank. Only texts with a '&' go through {@link htmlToText}, so plain values stay as written.
 *
 * @example readDecodedText('R&amp;D 센터 &middot; 판교') // 'R&D 센터 · 판교'
 */
export function readDecodedText(value: unknown): string | undefined {
  const text = readText(value);
  if (text === undefined || !text.includes('&')) return text;
  return readText(htmlToText(text));
}

/**
 * Returns a finite number from a number or a numeric string, else undefined.
 *
 * @example readNumber('37.5') // 37.5
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Returns an id as a string from a string or an integer, else undefined.
 *
 * @example readId(54917021) // '54917021'
 */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  return readText(value);
}
