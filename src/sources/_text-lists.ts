// Lists of texts as sites send them — arrays with blanks and repeats, or one comma-separated string —
// turned into clean lists with each text once, in the order the site gave them.
import { readDecodedText, readText } from './_read-values.js';

/**
 * Returns the texts of `values` with blanks and duplicates removed, first-seen order kept.
 *
 * @example uniqueTexts(['서울 강남구', undefined, ' 서울 강남구 ']) // ['서울 강남구']
 */
export function uniqueTexts(values: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = readText(value);
    if (text !== undefined) seen.add(text);
  }
  return [...seen];
}

/**
 * Returns the texts of a separated list ('Java,Spring, MySQL') with entities decoded, blanks and
 * duplicates removed; arrays are read item by item.
 *
 * @default separator ','
 * @example splitTexts('Java,Spring, Java') // ['Java', 'Spring']
 * @example splitTexts('서울 강남구 / 경기 성남시', '/') // ['서울 강남구', '경기 성남시']
 */
export function splitTexts(value: unknown, separator: RegExp | string = ','): string[] {
  const parts = Array.isArray(value) ? value : [value];
  return uniqueTexts(
    parts.flatMap((part) => (readDecodedText(part) ?? '').split(separator)).map((p) => readText(p)),
  );
}
