// Change detection between runs: a hash of a value's stable JSON (keys sorted), so two runs that read
// the same list item produce the same fingerprint whatever order the site sent its keys in.
import { createHash } from 'node:crypto';
import type { RawPosting } from '../model/raw-posting.js';

/**
 * Returns JSON for `value` with object keys sorted at every depth, so equal data gives equal text.
 * Like JSON.stringify, it drops `undefined` object values and writes `undefined` array slots, NaN and
 * Infinity as null; Dates become ISO strings, bigints strings, and a cycle '"[Circular]"'.
 *
 * @example stableJson({ b: 1, a: ['자바', undefined] }) // '{"a":["자바",null],"b":1}'
 */
export function stableJson(value: unknown): string {
  const ancestors = new Set<object>();
  const write = (current: unknown): string | undefined => {
    if (current === null) return 'null';
    switch (typeof current) {
      case 'string':
        return JSON.stringify(current);
      case 'number':
        return Number.isFinite(current) ? String(current) : 'null';
      case 'boolean':
        return String(current);
      case 'bigint':
        return JSON.stringify(current.toString());
      case 'object':
        break;
      default:
        // undefined, functions and symbols: absent, as in JSON.stringify.
        return undefined;
    }
    const object = current as object;
    if (object instanceof Date)
      return JSON.stringify(Number.isNaN(object.getTime()) ? null : object.toISOString());
    if (ancestors.has(object)) return '"[Circular]"';
    ancestors.add(object);
    let text: string;
    if (Array.isArray(object)) {
      text = `[${object.map((item: unknown) => write(item) ?? 'null').join(',')}]`;
    } else {
      const record = object as Record<string, unknown>;
      const parts: string[] = [];
      for (const key of Object.keys(record).sort()) {
        const item = write(record[key]);
        if (item !== undefined) parts.push(`${JSON.stringify(key)}:${item}`);
      }
      text = `{${parts.join(',')}}`;
    }
    ancestors.delete(object);
    return text;
  };
  return write(value) ?? 'null';
}

/**
 * Returns a 16-hex-digit SHA-1 prefix of `value`'s stable JSON: equal data, equal fingerprint.
 *
 * @example fingerprintOf({ id: 51234, title: '백엔드 개발자' }) === fingerprintOf({ title: '백엔드 개발자', id: 51234 }) // true
 */
export function fingerprintOf(value: unknown): string {
  return createHash('sha1').update(stableJson(value)).digest('hex').slice(0, 16);
}

/**
 * Returns the default fingerprint of a listed posting: the hash of its `payload` (the item as the site
 * sent it). Adapters whose payload carries counters (views, bookmarks) pass their own `fingerprint`.
 *
 * @example defaultFingerprint(item) // 'a94a8fe5ccb19ba6'
 */
export function defaultFingerprint(item: RawPosting): string {
  return fingerprintOf(item.payload);
}
