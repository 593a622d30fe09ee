// Terminal columns of a string. Hangul and other East Asian wide characters take two columns, so
// '서울특별시' is 10 columns wide; padding by `.length` would misalign every Korean table.

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
// Colour and cursor escapes take no columns.
const ANSI = /\u001B\[[0-9;?]*[A-Za-z]/g;

/**
 * Returns how many terminal columns `text` takes.
 *
 * @example textWidth('서울 Java') // 9
 */
export function textWidth(text: string): number {
  let columns = 0;
  for (const char of text.replace(ANSI, '')) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}

/**
 * Returns `text` cut to at most `max` columns, ending in '…' when cut (escapes are dropped when cutting).
 *
 * @example fitWidth('경기도 성남시 분당구', 10) // '경기도 성…'
 */
export function fitWidth(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  let out = '';
  for (const char of text.replace(ANSI, '')) {
    if (textWidth(`${out}${char}…`) > max) break;
    out += char;
  }
  return `${out}…`;
}

/** Returns `text` padded with spaces to `width` columns, on the right (or on the left for 'right'). */
export function padWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}
