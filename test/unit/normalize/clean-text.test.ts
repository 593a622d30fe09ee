import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanMultiline, cleanText, toNfkc } from '../../../src/normalize/clean-text.js';

describe('cleanText', () => {
  it.each([
    ['  ㈜카카오\u200B  ', '(주)카카오'],
    ['Ｊａｖａ　Ｓｐｒｉｎｇ', 'Java Spring'],
    ['a \t\n b', 'a b'],
    ['a\u00A0\u3000b', 'a b'],
    ['\uFEFF백엔드\u202E 개발자', '백엔드 개발자'],
    ['cut \uD83D', 'cut'],
    ['x\u0000y\u0007z', 'xyz'],
    ['e\u0301', 'é'],
    ['', ''],
    ['   ', ''],
    ['이미 깨끗한 문장', '이미 깨끗한 문장'],
  ])('%j → %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('cleanMultiline', () => {
  it.each([
    ['• 첫째\r\n•  둘째\r\n\r\n\r\n\r\n셋째', '• 첫째\n• 둘째\n\n셋째'],
    ['  a  \n  b  ', 'a\nb'],
    ['a\r\rb', 'a\n\nb'],
    ['a\n \n \nb', 'a\n\nb'],
    ['\n\n앞뒤 줄바꿈\n\n', '앞뒤 줄바꿈'],
    ['a\u2028b', 'a\nb'],
  ])('%j → %j', (input, expected) => {
    expect(cleanMultiline(input)).toBe(expected);
  });

  it('agrees with a plain regex reference on arbitrary text', () => {
    const reference = (text: string) =>
      text
        .normalize('NFKC')
        .toWellFormed()
        // Line ends first: '\r' + zero-width + '\n' is two breaks, as written.
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(
          /[\uFFFD\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g,
          '',
        )
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    const alphabet = fc.constantFrom(
      'a',
      '가',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u3000',
      '\u200B',
      '•',
      'Ａ',
      '\u000B',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(cleanMultiline(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toNfkc', () => {
  it('equals String.prototype.normalize on every BMP character', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (toNfkc(char) !== char.normalize('NFKC')) expect.fail(`U+${code.toString(16)}`);
    }
  });

  it('equals String.prototype.normalize on arbitrary text, composing sequences included', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme-composite', maxLength: 30 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
        (a, b) => {
          expect(toNfkc(a + b)).toBe((a + b).normalize('NFKC'));
          expect(toNfkc(`가${'\u1161'}`)).toBe(`가${'\u1161'}`.normalize('NFKC'));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
