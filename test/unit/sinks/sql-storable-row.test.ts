import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingRow } from '../../../src/model/rows.js';
import { POSTING_COLUMNS } from '../../../src/sinks/sql/columns.js';
import {
  KEY_FIELDS,
  KEY_LIMIT,
  storableId,
  storableRow,
  storableTally,
  storableWarnings,
  TEXT_FIELDS,
  TEXT_LIMIT,
} from '../../../src/sinks/sql/storable-row.js';
import { postingRow } from '../../fixtures/sinks/rows.js';

const row = (patch: Partial<PostingRow> = {}) => postingRow(1, '20261129T0900', patch);

const characters = (text: string) => Array.from(text).length;

describe('storableRow', () => {
  it('returns the same object when every value fits', () => {
    const input = row();
    const tally = storableTally();
    expect(storableRow(input, tally)).toBe(input);
    expect(storableWarnings(tally)).toEqual([]);
  });

  it('replaces U+0000 and lone surrogates with U+FFFD and counts them', () => {
    const tally = storableTally();
    const out = storableRow(row({ title: 'a\u0000b', company: 'c\uD800d', stacks: ['ja\u0000va'] }), tally);
    expect(out).toMatchObject({ title: 'a\uFFFDb', company: 'c\uFFFDd', stacks: ['ja\uFFFDva'] });
    expect(tally.replaced).toBe(3);
    expect(storableWarnings(tally)).toEqual([
      '3 values held U+0000 or lone surrogates; stored with U+FFFD in their place',
    ]);
  });

  it('cuts key values at 255 characters, never inside a surrogate pair', () => {
    const tally = storableTally();
    const company = '😀'.repeat(300);
    const out = storableRow(row({ company, career_label: 'x'.repeat(256) }), tally)!;
    expect(out.company).toBe('😀'.repeat(KEY_LIMIT));
    expect(out.company.isWellFormed()).toBe(true);
    expect(out.career_label).toBe('x'.repeat(KEY_LIMIT));
    // 255 emoji are 510 UTF-16 units but 255 characters: they fit as they are.
    expect(storableRow(row({ company: '😀'.repeat(KEY_LIMIT) }), storableTally())?.company).toBe(
      '😀'.repeat(KEY_LIMIT),
    );
    expect(storableWarnings(tally)).toEqual([
      "1 'company' values cut to 255 characters to fit their column",
      "1 'career_label' values cut to 255 characters to fit their column",
    ]);
  });

  it('cuts text values at 16,383 characters', () => {
    const tally = storableTally();
    const out = storableRow(row({ title: '가'.repeat(70_000) }), tally)!;
    expect(out.title).toHaveLength(TEXT_LIMIT);
    expect(storableWarnings(tally)).toEqual(["1 'title' values cut to 16383 characters to fit their column"]);
  });

  it('drops trailing spaces of key values, which MySQL does not tell apart', () => {
    const tally = storableTally();
    const out = storableRow(row({ id: 'jumpit:1 ', company: '카카오  ', stacks: ['java '] }), tally)!;
    expect(out).toMatchObject({ id: 'jumpit:1', company: '카카오', stacks: ['java'] });
    expect(storableWarnings(tally)).toEqual([
      '3 key values lost trailing spaces (MySQL compares keys without them)',
    ]);
  });

  it('keeps the whole employment types that fit their joined column', () => {
    const tally = storableTally();
    const out = storableRow(row({ employment_types: Array(60).fill('fulltime') }), tally)!;
    expect(out.employment_types.join(',').length).toBeLessThanOrEqual(KEY_LIMIT);
    expect(out.employment_types.every((value) => value === 'fulltime')).toBe(true);
    expect(out.employment_types).toHaveLength(28);
  });

  it('leaves out a posting whose id is too long, and says so', () => {
    const tally = storableTally();
    const id = `jumpit:${'9'.repeat(300)}`;
    expect(storableRow(row({ id }), tally)).toBeUndefined();
    expect(storableId(id, tally)).toBeUndefined();
    expect(tally.rejected).toEqual([id, id]);
    expect(storableWarnings(tally)[0]).toMatch(
      /^2 postings not loaded: their id is longer than 255 characters/,
    );
  });

  it('knows every key and text column of the posting table', () => {
    // Drift check: a new posting column must be made storable too.
    const columnOf: Record<string, string> = { company_source_id: 'company_id' };
    const lists = new Set(['employment_types']);
    const computed = new Set(['row_hash']);
    for (const [column, type] of POSTING_COLUMNS) {
      const field = columnOf[column] ?? column;
      if (lists.has(field) || computed.has(field)) continue;
      if (type === 'key') expect(KEY_FIELDS as readonly string[], column).toContain(field);
      if (type === 'text') expect(TEXT_FIELDS as readonly string[], column).toContain(field);
    }
  });

  it('gives well-formed, NUL-free values within their limits for any input, and is idempotent', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom('\u0000', '\uD800', '\uDC00', '😀', ' ', '가'),
    );
    const text = fc.oneof(
      { weight: 6, arbitrary: fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')) },
      { weight: 1, arbitrary: fc.integer({ min: 250, max: 300 }).map((n) => '😀 '.repeat(n)) },
    );
    fc.assert(
      fc.property(text, text, text, fc.array(text, { maxLength: 4 }), (id, title, company, stacks) => {
        const tally = storableTally();
        const out = storableRow(
          row({ id: `x:${id}`, title, company, stacks, employment_types: stacks }),
          tally,
        );
        if (!out) {
          expect(characters(`x:${id}`)).toBeGreaterThan(KEY_LIMIT);
          return;
        }
        const keys = [out.id, out.company, ...out.stacks, out.employment_types.join(',')];
        for (const value of [...keys, out.title]) {
          expect(value.isWellFormed()).toBe(true);
          expect(value).not.toContain('\u0000');
        }
        for (const value of keys) {
          expect(characters(value)).toBeLessThanOrEqual(KEY_LIMIT);
          expect(value.endsWith(' ')).toBe(false);
        }
        expect(storableRow(out, storableTally())).toBe(out);
      }),
      { numRuns: 300 },
    );
  });
});
