// The embedded address indexes are mostly Hangul, which bundlers write as six-byte '\uXXXX' escapes.
// Each character beyond ASCII is stored instead as one or two ASCII letters: its rank in a table of the
// characters the text uses, most frequent first. Ranks 0–25 are one lower-case letter; the next 1,352
// are an upper-case letter followed by any letter. Digits and separators are kept as they are, so the
// text must hold no ASCII letter of its own.

const LOWER_A = 97;
const UPPER_A = 65;
const SINGLES = 26;
const LETTERS = 52;
/** How many distinct characters a table can hold. */
export const SYLLABLE_CAPACITY = SINGLES + 26 * LETTERS;

const letter = (index: number): string =>
  String.fromCharCode(index < 26 ? UPPER_A + index : LOWER_A + index - 26);

/** A letter of the two-letter alphabet ('A'…'Z', 'a'…'z') → 0…51. */
const letterIndex = (code: number): number => (code < LOWER_A ? code - UPPER_A : code - LOWER_A + 26);

/**
 * Returns `text` with every character beyond ASCII replaced by its code, and the table to decode it.
 * Throws when the text holds an ASCII letter or more distinct characters than codes exist.
 *
 * @example encodeSyllables('테헤란로|역삼로') // { table: '로란삼역테헤', encoded: 'efba|dca' }
 */
export function encodeSyllables(text: string): { table: string; encoded: string } {
  if (/[A-Za-z]/.test(text)) throw new Error('the text holds ASCII letters, which are codes here');
  const counts = new Map<string, number>();
  for (const ch of text) if (ch.charCodeAt(0) > 127) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const chars = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  if (chars.length > SYLLABLE_CAPACITY) throw new Error(`${chars.length} distinct characters: too many`);
  const codes = new Map(
    chars.map((ch, rank) => {
      if (rank < SINGLES) return [ch, String.fromCharCode(LOWER_A + rank)];
      const r = rank - SINGLES;
      return [ch, String.fromCharCode(UPPER_A + Math.floor(r / LETTERS)) + letter(r % LETTERS)];
    }),
  );
  let encoded = '';
  for (const ch of text) encoded += codes.get(ch) ?? ch;
  return { table: chars.join(''), encoded };
}

/**
 * Returns the text `encodeSyllables` encoded, given its table.
 *
 * @example decodeSyllables('efba|dca', '로란삼역테헤') // '테헤란로|역삼로'
 */
export function decodeSyllables(encoded: string, table: string): string {
  const parts: string[] = [];
  let plainFrom = 0;
  for (let k = 0; k < encoded.length; k++) {
    const code = encoded.charCodeAt(k);
    const lower = code >= LOWER_A && code < LOWER_A + 26;
    const upper = code >= UPPER_A && code < UPPER_A + 26;
    if (!lower && !upper) continue;
    if (plainFrom < k) parts.push(encoded.slice(plainFrom, k));
    if (lower) parts.push(table.charAt(code - LOWER_A));
    else {
      k++;
      parts.push(table.charAt(SINGLES + (code - UPPER_A) * LETTERS + letterIndex(encoded.charCodeAt(k))));
    }
    plainFrom = k + 1;
  }
  if (plainFrom < encoded.length) parts.push(encoded.slice(plainFrom));
  return parts.join('');
}
