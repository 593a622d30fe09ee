// Shared arbitraries of the parser property tests: junk values and items mutated the way a changing
// site breaks them (a field dropped, a field of the wrong type, one level deep).
import fc from 'fast-check';
import { expect } from 'vitest';
import { ParseError } from '../../src/model/errors/parse-error.js';
import type { ParseResult } from '../../src/model/quarantine.js';

/** Any JSON-ish value a broken API might put where a field was. */
export const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string(), { maxKeys: 2 }),
);

/** Returns `item` with one key (or one key of a nested object) dropped or replaced by junk. */
export function mutateItem(item: unknown) {
  return fc.tuple(fc.nat(), fc.nat(), fc.boolean(), junk).map(([i, j, drop, value]) => {
    if (typeof item !== 'object' || item === null) return value;
    const copy = structuredClone(item) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const key = keys[i % keys.length] as string;
    const inner = copy[key];
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner) && j % 2 === 0) {
      const innerKeys = Object.keys(inner);
      const innerKey = innerKeys[j % Math.max(innerKeys.length, 1)];
      if (innerKey !== undefined) {
        if (drop) delete (inner as Record<string, unknown>)[innerKey];
        else (inner as Record<string, unknown>)[innerKey] = value;
        return copy;
      }
    }
    if (drop) delete copy[key];
    else copy[key] = value;
    return copy;
  });
}

/** Returns `items` with some of them mutated or replaced by junk. */
export function mutateItems(items: readonly unknown[]) {
  return fc.tuple(...items.map((item) => fc.oneof(fc.constant(item), mutateItem(item), junk)));
}

/** Runs `parse`, accepting only ParseError as a failure; returns the result or null. */
export function runParser<T>(parse: () => T): T | null {
  try {
    return parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    return null;
  }
}

/**
 * Asserts that a list parse accounts for each of the `cards` the parsed tree holds (an item or an issue
 * each), and that a page none of whose cards could be read says so once (an `unrecognized_markup`
 * issue), never more and never beside cards that were read.
 */
export function expectEveryCard(list: ParseResult<unknown>, cards: number): void {
  const unrecognized = list.issues.filter((issue) => issue.code === 'unrecognized_markup').length;
  const accounted = list.items.length + list.issues.length - unrecognized;
  expect(accounted).toBe(cards);
  expect(unrecognized).toBeLessThanOrEqual(accounted === 0 ? 1 : 0);
}
