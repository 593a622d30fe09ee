// Query strings as the API reads them: only the parameters a route names, each at most once and of a
// bounded length, so a typo ('stacks=') or a doubled filter is a 400 naming it, never a silent no-op.
import { ApiError, badValue } from './_api-error.js';

/** The longest value a query parameter may carry. */
export const MAX_PARAM_LENGTH = 500;

/**
 * Returns the parameters as a map of trimmed values (empty ones left out), after checking that each is
 * one of `allowed`, given once and at most {@link MAX_PARAM_LENGTH} characters long.
 *
 * @example readParams(new URLSearchParams('q=자바&page=2'), ['q', 'page']) // Map { 'q' => '자바', 'page' => '2' }
 * @throws {ApiError} 400 naming the parameter
 */
export function readParams(params: URLSearchParams, allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (!allowed.includes(key)) {
      // A nameless parameter ('?=x') still gets a field to name.
      const field = key === '' ? '(empty name)' : key;
      const known = allowed.length > 0 ? `known: ${allowed.join(', ')}` : 'this route takes none';
      throw new ApiError(400, 'unknown_filter', field, `unknown parameter "${clip(key)}"; ${known}`);
    }
    if (seen.has(key)) throw badValue(key, `"${key}" is given more than once; give a comma-separated list`);
    seen.add(key);
    if (raw.length > MAX_PARAM_LENGTH) throw badValue(key, `must be at most ${MAX_PARAM_LENGTH} characters`);
    const value = raw.trim();
    if (value !== '') out.set(key, value);
  }
  return out;
}

/** Returns a comma-separated value as its non-empty items, at most `max` of them. */
export function listParam(field: string, value: string | undefined, max = 20): string[] {
  if (value === undefined) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length > max) throw badValue(field, `must list at most ${max} items`);
  return items;
}

/** Returns a whole number within [min, max] read from `value`, or `fallback` when it is absent. */
export function intParam(
  field: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) throw badValue(field, `must be a whole number from ${min} to ${max}`);
  const number = Number(value);
  if (number < min || number > max) throw badValue(field, `must be a whole number from ${min} to ${max}`);
  return number;
}

/** Returns a 'YYYY-MM-DD' date that exists on the calendar, or undefined when absent. */
export function dateParam(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badValue(field, 'must be a date written YYYY-MM-DD');
  }
  return value;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
