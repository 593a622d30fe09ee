import { hashText } from '../model/change-hash.js';

/**
 * Returns the deterministic id of one feature row: the change hash ({@link hashText}, 16 hex digits) of
 * posting id, kind and value joined by NUL, a character none of them contains, so ('a', 'b\0c') and
 * ('a\0b', 'c') cannot collide by concatenation. Identical in every process and on every platform.
 *
 * @example featureRowId('wanted:12345', 'stack', 'spring-boot') // 16 hex digits, the same on every run
 */
export function featureRowId(postingId: string, kind: 'stack' | 'position', value: string): string {
  return hashText(`${postingId}\u0000${kind}\u0000${value}`);
}
