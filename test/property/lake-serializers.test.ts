// Hostile text through the lake's text formats: whatever a scraped posting holds (quotes, commas, CR/LF,
// formula starts, U+0000, lone surrogates, BOMs), JSONL gives back exactly what was written and CSV
// gives back every cell, guarded formulas aside, so no row or cell is lost or split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeCsv } from '../../src/sinks/lake/serialize-csv.js';
import { parseJsonl, serializeJsonl } from '../../src/sinks/lake/serialize-jsonl.js';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for checking only. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(index, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(index).search(/,|\r\n/);
      const stop = end < 0 ? text.length : index + end;
      field = text.slice(index, stop);
      if (/["\r\n]/.test(field))
        throw new Error(`unquoted field holds a quote or line break: ${JSON.stringify(field)}`);
      index = stop;
    }
    record.push(field);
    if (text.startsWith(',', index)) index++;
    else if (text.startsWith('\r\n', index)) {
      records.push(record);
      record = [];
      index += 2;
    } else if (index < text.length) throw new Error(`junk after a field at ${index}`);
  }
  if (record.length > 0) throw new Error('last record without CRLF');
  return records;
}

const nasty = fc.constantFrom(
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\u0000',
  '\uFEFF',
  '\uD800',
  ' ',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 5 }), nasty), { maxLength: 6 })
  .map((parts) => parts.join(''));
const cell = fc.oneof(text, fc.constant(null), fc.integer(), fc.array(text, { maxLength: 3 }));
const rows = fc.array(fc.dictionary(fc.constantFrom('title', 'company', 'stacks', '=x', 'a,b'), cell), {
  maxLength: 6,
});

// What a UTF-8 file holds for a JS string: lone surrogates become U+FFFD.
const utf8 = (value: string) => value.toWellFormed();

function expectedCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return utf8(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  if (typeof value === 'number') return String(value);
  return utf8(JSON.stringify(value));
}

describe('lake text formats under hostile text', () => {
  it('JSONL gives back every row exactly', () => {
    fc.assert(
      fc.property(rows, (input) => {
        expect(parseJsonl(serializeJsonl(input))).toEqual(input);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV gives back every row and cell, formula starts guarded, BOM only in front', () => {
    fc.assert(
      fc.property(rows, fc.boolean(), (input, bom) => {
        const bytes = serializeCsv(input, { bom });
        const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const body = bom ? decoded.slice(1) : decoded;
        if (bom) expect(decoded.startsWith('\uFEFF')).toBe(true);
        const records = readCsv(body);
        const columns = [...new Set(input.flatMap((row) => Object.keys(row)))];
        if (columns.length === 0) {
          // No header; each (empty) row still has its line, so the row count survives.
          expect(records).toEqual(input.map(() => ['']));
          return;
        }
        expect(records[0]).toEqual(columns.map(expectedCell));
        expect(records.slice(1)).toEqual(
          input.map((row) => columns.map((column) => expectedCell(row[column]))),
        );
      }),
      { numRuns: 300 },
    );
  });
});
