// Defensive readers for routing APIs' answers: every field may be missing or of another type (numbers
// come as numbers or numeric strings), so nothing is trusted and nothing throws. Pure.

/**
 * Returns `value` as a plain object, or undefined.
 *
 * @example readRecord([1]) // undefined
 */
export function readRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Returns a trimmed non-empty string, or undefined.
 *
 * @example readText('  강남 ') // '강남'
 */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Returns `value` as a finite number (from a number or a numeric string), else undefined.
 *
 * @example readNumber('14200') // 14200
 * @example readNumber('') // undefined
 */
export function readNumber(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
