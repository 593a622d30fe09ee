// Scraped text (company names, stack tags, places) reaches the report page in two ways, each escaped
// for where it lands: HTML text and attribute values get entities, and the data for the charts travels
// as JSON inside a non-executed <script type="application/json"> block, never spliced into code.

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Returns text safe in HTML text and in quoted attribute values: `& < > " '` become entities.
 *
 * @example escapeHtml('<b>(주)카카오 & "네이버"</b>') // '&lt;b&gt;(주)카카오 &amp; &quot;네이버&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * Returns `value` as JSON that can sit between `<script type="application/json">` and `</script>`:
 * every `<` becomes `\u003c`, so no `</script`, `<!--` or `<script` can end or re-nest the block, and
 * U+2028/U+2029 are escaped for older parsers. `JSON.parse` of the text gives back the same value.
 *
 * @example jsonScriptText({ company: '</script><script>alert(1)</script>' })
 * // '{"company":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}'
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}
