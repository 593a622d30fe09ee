import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractStacks,
  normalizeStacks,
  splitStackTags,
  squashKey,
  stackIds,
  stackInfo,
} from '../../src/normalize/stacks/index.js';

// Strings that stress the text layer: control characters, lone surrogates, Hangul, full-width forms and
// the punctuation stack names are made of.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom(
        'C',
        '++',
        '#',
        '.NET',
        '/',
        '(',
        ')',
        ',',
        '및',
        '등',
        ' ',
        '\u0000',
        '\uD800',
        '\uDC00',
        '\u200B',
        'Ｊａｖａ',
        '자바',
        '스크립트',
        '를',
        'React',
        'go',
        '3',
        '-',
        '\n',
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join('')),
);

const knownIds = fc.array(fc.constantFrom(...stackIds()), { maxLength: 20 });

function isDeduped(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

describe('stack functions on arbitrary input', () => {
  it('never throw and return deduped string arrays', () => {
    fc.assert(
      fc.property(fc.oneof(nasty, fc.array(nasty, { maxLength: 10 })), (input) => {
        const normalized = normalizeStacks(input);
        expect(Array.isArray(normalized)).toBe(true);
        expect(normalized.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
        expect(isDeduped(normalized)).toBe(true);
        const split = splitStackTags(input);
        expect(split.every((s) => typeof s === 'string' && s.trim() === s && s !== '')).toBe(true);
        const text = Array.isArray(input) ? input.join(' ') : input;
        const extracted = extractStacks(text);
        expect(isDeduped(extracted)).toBe(true);
        const ids = new Set<string>(stackIds());
        expect(extracted.every((id) => ids.has(id))).toBe(true);
        expect(typeof squashKey(text)).toBe('string');
        const info = stackInfo(text);
        expect(info === undefined || ids.has(info.id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('survive huge input', () => {
    const huge = `${'C/C++ 및 자바, '.repeat(20_000)}\uD800${'x'.repeat(100_000)}`;
    expect(normalizeStacks(huge)).toEqual(['c', 'cpp', 'java', 'x'.repeat(100_000)]);
    expect(extractStacks(huge)).toEqual(['c', 'cpp', 'java']);
  });

  it('normalizeStacks is idempotent on its own output for known ids', () => {
    fc.assert(
      fc.property(knownIds, (ids) => {
        const once = normalizeStacks(ids);
        expect(once).toEqual([...new Set(ids)]);
        expect(normalizeStacks(once)).toEqual(once);
      }),
    );
  });

  it('normalizeStacks is idempotent on arbitrary input', () => {
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 8 }), (tags) => {
        const once = normalizeStacks(tags);
        expect(normalizeStacks(once)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('maps every id and display name back to itself', () => {
    for (const id of stackIds()) {
      const info = stackInfo(id);
      expect(info?.id).toBe(id);
      expect(stackInfo(info!.name)?.id).toBe(id);
    }
  });

  it('order of known tags is first-seen order', () => {
    fc.assert(
      fc.property(knownIds, (ids) => {
        expect(normalizeStacks(ids.join(', '))).toEqual([...new Set(ids)]);
      }),
    );
  });

  it('squashKey is idempotent', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const key = squashKey(s);
        expect(squashKey(key)).toBe(key);
      }),
    );
  });
});
