// Terminal columns of a string, measured by `string-width`: Hangul and other East Asian wide characters
// take two columns ('서울특별시' is 10), so do emoji and ZWJ sequences ('👩‍💻' is one picture, 2 columns),
// combining marks take none, colour escapes are skipped. Padding by `.length` would misalign every
// Korean table. string-width is ESM-only, which is why only CLI code (an ESM bundle) may import it.
import stringWidth from 'string-width';

// Colour and cursor escapes take no columns; they are dropped when a string is cut.
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;
const ELLIPSIS = '…';
const ELLIPSIS_WIDTH = stringWidth(ELLIPSIS);
const segmenter = new Intl.Segmenter();
// V8's grapheme segmenter slows down more than linearly over one long string (on Node 20, four times
// the characters took thirteen times as long), so long text is segmented a window at a time.
const WINDOW = 512;

/**
 * Yields the graphemes of `text` in order. Each window but the last holds back its final grapheme,
 * which may go on past the window, and the next window starts where that grapheme starts.
 */
function* graphemes(text: string): Generator<string> {
  let start = 0;
  while (text.length - start > WINDOW) {
    let held: string | undefined;
    for (const { segment } of segmenter.segment(text.slice(start, start + WINDOW))) {
      if (held !== undefined) yield held;
      held = segment;
    }
    // One grapheme as long as a window (thousands of combining marks) is split rather than rescanned.
    if (held!.length === WINDOW) {
      yield held!;
      start += WINDOW;
    } else start += WINDOW - held!.length;
  }
  for (const { segment } of segmenter.segment(text.slice(start))) yield segment;
}

/**
 * Returns how many terminal columns `text` takes.
 *
 * @example textWidth('서울 Java') // 9
 * @example textWidth('👩‍💻 개발') // 7
 */
export function textWidth(text: string): number {
  if (text.length <= WINDOW) return stringWidth(text);
  let width = 0;
  for (const grapheme of graphemes(text.replace(ANSI, ''))) width += stringWidth(grapheme);
  return width;
}

/**
 * Returns `text` cut to at most `max` columns, ending in '…' when cut (escapes are dropped when
 * cutting). A grapheme (a Hangul syllable, an emoji with its joiners, a letter with its combining
 * marks) is never split. One pass that stops once `max` columns are exceeded, so a long text costs
 * no more than the part that is kept.
 *
 * @example fitWidth('경기도 성남시 분당구', 10) // '경기도 성…'
 */
export function fitWidth(text: string, max: number): string {
  const plain = text.replace(ANSI, '');
  const room = max - ELLIPSIS_WIDTH;
  let width = 0;
  let kept = 0;
  let at = 0;
  for (const grapheme of graphemes(plain)) {
    width += stringWidth(grapheme);
    if (width > max) return `${plain.slice(0, kept)}${ELLIPSIS}`;
    at += grapheme.length;
    if (width <= room) kept = at;
  }
  return text;
}

/**
 * Returns `text` padded with spaces to `width` columns, on the right (or on the left for 'right').
 *
 * @default align 'left'
 * @example padWidth('서울', 6) // '서울  '
 */
export function padWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
