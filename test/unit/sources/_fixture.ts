import { readFileSync } from 'node:fs';

/** Returns a fixture of test/fixtures as text. */
export function fixtureText(path: string): string {
  return readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
}

/** Returns a JSON fixture of test/fixtures, parsed. */
export function fixtureJson(path: string): unknown {
  return JSON.parse(fixtureText(path));
}

/** A fixed clock: 2026-10-01 00:00 UTC = 09:00 KST. */
export const NOW = new Date('2026-10-01T00:00:00Z');
export const FETCHED_AT = '2026-10-01T09:00:00.000+09:00';

/** Returns a deep copy, so a test can mutate a fixture freely. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
