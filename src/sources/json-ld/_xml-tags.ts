// A forward-only reader of the tags of an XML text, for the sitemap scanner: it jumps from '<' to '<'
// with indexOf, so reading a 50 MB sitemap costs one pass and holds nothing but the tag it is on.

/** One tag as read: its name split at the namespace prefix, lower-cased ('sm:loc' → 'sm:' and 'loc'). */
export interface XmlTag {
  /** Index of the tag's '<'. */
  start: number;
  /** Index just past the tag's '>'. */
  end: number;
  /** The namespace prefix with its colon ('sm:'), or '' without one. */
  prefix: string;
  local: string;
  closing: boolean;
  selfClosing: boolean;
}

// A tag name: letters, digits, '_', '.', '-' and the prefix's ':'.
const NAME = /[\w.:-]+/y;

/**
 * Returns the next tag at or after `from`, skipping comments, CDATA sections, `<?xml?>` and
 * `<!DOCTYPE>`; null when the text ends first, including inside an unfinished tag, comment or CDATA.
 *
 * @example nextTag('<sm:url>', 0) // { start: 0, end: 8, prefix: 'sm:', local: 'url', closing: false, selfClosing: false }
 */
export function nextTag(text: string, from: number): XmlTag | null {
  let at = from;
  for (;;) {
    const start = text.indexOf('<', at);
    if (start < 0) return null;
    const skipped = skipUnnamed(text, start);
    if (skipped !== undefined) {
      if (skipped < 0) return null;
      at = skipped;
      continue;
    }
    const closing = text.charCodeAt(start + 1) === 0x2f; // '/'
    NAME.lastIndex = start + (closing ? 2 : 1);
    const name = NAME.exec(text)?.[0];
    if (name === undefined) {
      // '<' in text that is no tag ('a < b'): read on after it.
      at = start + 1;
      continue;
    }
    const gt = text.indexOf('>', NAME.lastIndex);
    if (gt < 0) return null;
    const lower = name.toLowerCase();
    const colon = lower.lastIndexOf(':');
    return {
      start,
      end: gt + 1,
      prefix: lower.slice(0, colon + 1),
      local: lower.slice(colon + 1),
      closing,
      selfClosing: !closing && text.charCodeAt(gt - 1) === 0x2f,
    };
  }
}

/**
 * Returns the index past a comment, CDATA section, `<?…?>` or `<!…>` starting at `start` (-1 when the
 * text ends inside it), or undefined when a named tag starts there.
 */
function skipUnnamed(text: string, start: number): number | undefined {
  const next = text.charCodeAt(start + 1);
  if (next !== 0x3f /* ? */ && next !== 0x21 /* ! */) return undefined;
  if (text.startsWith('<!--', start)) return pastMarker(text, '-->', start + 4);
  if (text.startsWith('<![CDATA[', start)) return pastMarker(text, ']]>', start + 9);
  return pastMarker(text, '>', start + 2);
}

/** Returns the index past the first `marker` at or after `from`, or -1 when there is none. */
function pastMarker(text: string, marker: string, from: number): number {
  const at = text.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/**
 * Returns the raw text between `from` and the closing tag `</{prefix}{local}>` (CDATA sections kept
 * whole, so a '<' inside one is text) and the index past that tag; null when the text ends first.
 *
 * @example textUntilClose('https://a.test/1</sm:loc>', 0, 'sm:', 'loc') // { raw: 'https://a.test/1', end: 25 }
 */
export function textUntilClose(
  text: string,
  from: number,
  prefix: string,
  local: string,
): { raw: string; end: number } | null {
  let at = from;
  for (;;) {
    const start = text.indexOf('<', at);
    if (start < 0) return null;
    if (text.startsWith('<![CDATA[', start)) {
      const end = text.indexOf(']]>', start + 9);
      if (end < 0) return null;
      at = end + 3;
      continue;
    }
    const tag = nextTag(text, start);
    if (tag === null) return null;
    if (tag.closing && tag.prefix === prefix && tag.local === local)
      return { raw: text.slice(from, start), end: tag.end };
    at = tag.end;
  }
}
