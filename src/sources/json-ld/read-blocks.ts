// Reads every JSON-LD block of a page into JobPosting nodes. A broken block is reported, not thrown: one bad
// block must not hide the postings of the others.
import { type CheerioAPI, load } from 'cheerio';
import { isRecord } from '../_read-values.js';
import { isJobPostingNode } from './ld-values.js';
import type { LdBlock } from './schema.js';
import { JSONLD_SELECTORS } from './selectors.js';

// '<!--', '-->', '<![CDATA[', ']]>' and their '/* */' or '//' wrappers, which CMSs put around scripts.
const WRAPPER =
  /^\s*(?:\/\*\s*|\/\/\s*)?(?:<!--|<!\[CDATA\[)(?:\s*\*\/)?|(?:\/\*\s*|\/\/\s*)?(?:-->|\]\]>)(?:\s*\*\/)?\s*$/g;
// Raw control characters: invalid inside JSON strings, yet common in hand-written JSON-LD (tabs, newlines).
const CONTROL = /[\u0000-\u001f]/g;
// How deep nested nodes (`mainEntity`, `itemListElement[].item`) are searched for postings.
const MAX_DEPTH = 8;

/** Returns the JSON value of a block's text, tolerating wrappers and raw control characters. */
function parseBlock(text: string): unknown {
  const cleaned = text.replace(WRAPPER, '').trim();
  try {
    return JSON.parse(cleaned);
  } catch (error) {
    try {
      return JSON.parse(cleaned.replace(CONTROL, ' '));
    } catch {
      // The first error names the real problem (position of the first bad character).
      throw error;
    }
  }
}

/** Returns the JobPosting nodes inside a JSON-LD value: top level, arrays, `@graph` and nested nodes. */
export function findJobPostings(value: unknown, depth = 0): unknown[] {
  if (depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) return value.flatMap((v) => findJobPostings(v, depth + 1));
  if (!isRecord(value)) return [];
  if (isJobPostingNode(value)) return [value];
  return Object.entries(value).flatMap(([key, v]) =>
    key === '@context' || typeof v !== 'object' ? [] : findJobPostings(v, depth + 1),
  );
}

/**
 * Returns one entry per `<script type="application/ld+json">` of the page: its JobPosting nodes, or the
 * text and JSON error of a block that is not valid JSON.
 *
 * @example readLdBlocks(load('<script type="application/ld+json">{"@type":"JobPosting","title":"백엔드"}</script>'))
 * // [{ index: 0, ok: true, postings: [{ '@type': 'JobPosting', title: '백엔드' }] }]
 */
export function readLdBlocks($: CheerioAPI): LdBlock[] {
  return $(JSONLD_SELECTORS.jsonLd)
    .toArray()
    .map((script, index): LdBlock => {
      const text = $(script).text();
      try {
        return { index, ok: true, postings: findJobPostings(parseBlock(text)) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { index, ok: false, text, message };
      }
    });
}

/**
 * Returns the JSON-LD blocks of an HTML string (see {@link readLdBlocks}).
 *
 * @example readLdBlocksOf('<html>…</html>').filter((b) => b.ok).length
 */
export function readLdBlocksOf(html: string): LdBlock[] {
  return readLdBlocks(load(html));
}
