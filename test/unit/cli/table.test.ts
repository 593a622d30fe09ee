// Tables line up in a terminal even with Korean text, where each Hangul syllable takes two columns.
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../../src/cli/format/table.js';
import { fitWidth, textWidth } from '../../../src/cli/format/text-width.js';

describe('textWidth', () => {
  it.each([
    ['Java', 4],
    ['서울특별시', 10],
    ['서울 Java', 9],
    ['\u001B[36mrun\u001B[39m', 3],
  ])('%j is %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it('cuts to a width with an ellipsis', () => {
    expect(fitWidth('경기도 성남시 분당구', 10)).toBe('경기도 성…');
    expect(textWidth(fitWidth('경기도 성남시 분당구', 10))).toBeLessThanOrEqual(10);
  });
});

describe('formatTable', () => {
  it('aligns Korean text by columns and right-aligns numbers', () => {
    const table = formatTable([
      { region: '서울특별시', postings: 1820 },
      { region: '경기도', postings: 912 },
      { region: 'Remote', postings: 7 },
    ]);
    expect(table.split('\n')).toEqual([
      'region      postings',
      '──────────  ────────',
      '서울특별시     1,820',
      '경기도           912',
      'Remote             7',
    ]);
    for (const line of table.split('\n')) expect(textWidth(line)).toBe(20);
  });

  it('keeps numbers as they are for SQL results, and says when there are no rows', () => {
    expect(formatTable([{ year: 2026 }], { groupDigits: false }).split('\n')[2]).toBe('2026');
    expect(
      formatTable([], { columns: ['stack', 'postings'] })
        .split('\n')
        .at(-1),
    ).toBe('(no rows)');
  });
});
