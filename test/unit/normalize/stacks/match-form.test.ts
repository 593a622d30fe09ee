import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMatchForm } from '../../../../src/normalize/stacks/_match-form.js';

describe('toMatchForm', () => {
  it.each([
    ['Spring-Boot', 'spring boot'],
    ['spring_boot', 'spring boot'],
    ['Spring \n  Boot', 'spring boot'],
    ['ＲｅａｃｔＪＳ', 'reactjs'],
    [' - lead', ' lead'],
    ['tail -', 'tail '],
    ['이미 한 칸', '이미 한 칸'],
  ])('%j → %j', (input, expected) => {
    expect(toMatchForm(input)).toBe(expected);
  });

  it('folds exactly what a regex over \\s, - and _ folds', () => {
    const reference = (text: string) =>
      text
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[\s\-_]+/g, ' ');
    const alphabet = fc.constantFrom('a', 'B', '가', ' ', '  ', '-', '_', '\n', '\t', '\u3000', 'Ｃ', '#');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(toMatchForm(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
