// Terminal widths as terminals draw them: Hangul and emoji take two columns, combining marks none, and
// a cut never splits a grapheme. Cutting measures each character a bounded number of times (linear).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fitWidth, padWidth, textWidth } from '../../../../src/cli/format/text-width.js';

// Counts the characters handed to string-width, so a test can say how much work a cut did.
const measured = vi.hoisted(() => ({ chars: 0 }));
vi.mock('string-width', async (importOriginal) => {
  const actual = await importOriginal<typeof import('string-width')>();
  return {
    default: (text: string, options?: Parameters<typeof actual.default>[1]) => {
      measured.chars += text.length;
      return actual.default(text, options);
    },
  };
});

beforeEach(() => {
  measured.chars = 0;
});

describe('textWidth', () => {
  it.each([
    ['Java', 4],
    ['서울특별시', 10],
    ['서울 Java', 9],
    ['경력 3~5년', 10],
    ['\u001B[36mrun\u001B[39m', 3],
    // Emoji: one picture, two columns — alone, with a skin tone, as a flag or a keycap.
    ['✅', 2],
    ['🚀 채용', 7],
    ['👍🏽', 2],
    ['🇰🇷', 2],
    ['1️⃣', 2],
    // ZWJ sequences are one picture: a developer, a family of four.
    ['👩‍💻', 2],
    ['👨‍👩‍👧‍👦', 2],
    ['👩‍💻 개발', 7],
    // Combining marks take no column of their own.
    ['e\u0301', 1],
    ['cafe\u0301', 4],
    ['한\u0300', 2],
    // Conjoining jamo make one syllable: 'ㄱ' + 'ㅏ' + 'ㄱ' is '각', two columns.
    ['\u1100\u1161\u11A8', 2],
    // Zero-width characters take none.
    ['a\u200Bb', 2],
    ['', 0],
  ])('%j is %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('fitWidth', () => {
  it.each([
    ['경기도 성남시 분당구', 10, '경기도 성…'],
    ['서울특별시', 10, '서울특별시'],
    // A wide character that would straddle the limit is left out whole.
    ['서울특별시', 4, '서…'],
    ['👨‍👩‍👧‍👦 가족 모집', 6, '👨‍👩‍👧‍👦 가…'],
    ['👩‍💻👩‍💻👩‍💻', 5, '👩‍💻👩‍💻…'],
    ['cafe\u0301 latte', 5, 'cafe\u0301…'],
    ['\u001B[36m백엔드 개발자\u001B[39m', 7, '백엔드…'],
    ['abc', 0, '…'],
  ])('%j in %i columns is %j', (text, max, expected) => {
    const cut = fitWidth(text, max);
    expect(cut).toBe(expected);
    if (max > 0) expect(textWidth(cut)).toBeLessThanOrEqual(max);
  });

  it('measures only the part it keeps, however long the text', () => {
    const text = '서울 강남구 테헤란로 👩‍💻 백엔드 개발자 채용, 경력 3~5년 '.repeat(2_000);
    for (const max of [40, 5_000, 50_000]) {
      measured.chars = 0;
      const cut = fitWidth(text, max);
      // Each grapheme up to the cut is measured once, plus the one that did not fit.
      expect(measured.chars).toBeLessThanOrEqual(cut.length + 2);
      expect(textWidth(cut)).toBeLessThanOrEqual(max);
      expect(textWidth(cut)).toBeGreaterThanOrEqual(max - 2);
    }
  });
});

describe('long text', () => {
  // Long text is segmented in windows; a grapheme across a window's edge is still one grapheme.
  it.each([
    ['👨‍👩‍👧‍👦'.repeat(300), 600],
    ['🇰🇷'.repeat(300), 600],
    ['서울 Java 👩‍💻 '.repeat(300), 300 * 13],
    [`e${'\u0301'.repeat(1_500)}x`, 2],
    [`\u001B[36m${'개발'.repeat(400)}\u001B[39m`, 1_600],
  ])('%#: %i columns', (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it('cuts long text between graphemes', () => {
    expect(fitWidth('🇰🇷'.repeat(300), 9)).toBe(`${'🇰🇷'.repeat(4)}…`);
    const family = '👨‍👩‍👧‍👦'.repeat(300);
    expect(fitWidth(family, 599)).toBe(`${'👨‍👩‍👧‍👦'.repeat(299)}…`);
    expect(fitWidth(family, 600)).toBe(family);
  });
});

describe('padWidth', () => {
  it.each([
    ['서울', 6, 'left', '서울  '],
    ['서울', 6, 'right', '  서울'],
    ['👩‍💻', 4, 'left', '👩‍💻  '],
    ['서울특별시', 4, 'left', '서울특별시'],
  ] as const)('%j to %i (%s)', (text, width, align, expected) => {
    expect(padWidth(text, width, align)).toBe(expected);
  });
});

describe('string-width stays in the CLI', () => {
  // It is ESM-only: the library's CJS build must never reach it, so nothing outside src/cli/ imports
  // it, and nothing outside src/cli/ imports CLI code.
  const src = fileURLToPath(new URL('../../../../src/', import.meta.url));
  const files = (readdirSync(src, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file));
  const outsideCli = files.filter((file) => !relative(src, file).startsWith('cli/'));

  it('is reached by nothing outside src/cli/', () => {
    const reaching = outsideCli.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return /['"]string-width['"]/.test(text) || /from '(?:\.\.\/)+cli\//.test(text);
    });
    expect(reaching.map((file) => relative(src, file))).toEqual([]);
  });
});
