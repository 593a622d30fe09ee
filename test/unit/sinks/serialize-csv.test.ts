import { describe, expect, it } from 'vitest';
import {
  csvCell,
  csvColumns,
  serializeCsv,
  serializeCsvText,
} from '../../../src/sinks/lake/serialize-csv.js';

describe('serializeCsv (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\r\nbreak', '"line\r\nbreak"'],
    ['lf\nonly', '"lf\nonly"'],
    ['서울특별시 강남구', '서울특별시 강남구'],
    [null, ''],
    [undefined, ''],
    [3.5, '3.5'],
    [-3, '-3'],
    [true, 'true'],
    [['java', 'spring'], '"[""java"",""spring""]"'],
    [{ a: 1 }, '"{""a"":1}"'],
  ])('cell %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+82-10-1234', "'+82-10-1234"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
  ])('guards formula %j', (value, expected) => {
    expect(csvCell(value, true)).toBe(expected);
    expect(csvCell(value, false)).not.toMatch(/^"?'/);
  });

  it('unions keys in first-seen order and ends lines with CRLF', () => {
    const rows = [
      { id: 1, title: '백엔드' },
      { id: 2, stacks: ['react'] },
    ];
    expect(csvColumns(rows)).toEqual(['id', 'title', 'stacks']);
    expect(serializeCsvText(rows)).toBe('id,title,stacks\r\n1,백엔드,\r\n2,,"[""react""]"\r\n');
  });

  it('follows given columns and can skip the header', () => {
    expect(serializeCsvText([{ b: 1, a: 2 }], { columns: ['a', 'b'], header: false })).toBe('2,1\r\n');
  });

  it('starts with a BOM only when asked', () => {
    const withBom = serializeCsv([{ 회사: '카카오' }], { bom: true });
    expect([...withBom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(withBom)).toBe('회사\r\n카카오\r\n');
    expect(serializeCsv([{ a: 1 }])[0]).toBe('a'.charCodeAt(0));
  });

  it('writes nothing for no rows and no columns', () => {
    expect(serializeCsvText([])).toBe('');
  });
});
