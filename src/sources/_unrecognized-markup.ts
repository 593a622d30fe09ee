// A list page that gave no posting is an empty result only when it says so. A page that still links
// postings was not understood (the site changed its markup); a page with neither postings nor links that
// reads like a block or maintenance notice was not the list at all. Both are kept as evidence, bounded.
import type { CheerioAPI } from 'cheerio';
import type { QuarantineEntry } from '../model/quarantine.js';
import { quarantineEntry } from './_quarantine-entry.js';

/** The most a page's evidence keeps of its markup, in UTF-8 bytes. */
export const MARKUP_SNIPPET_BYTES = 4096;

// The wording of a search that found nothing ('검색결과가 없습니다', '조건에 맞는 채용정보가 없습니다').
const EMPTY_RESULT =
  /검색\s*결과가\s*없|(?:조건|검색어)에\s*(?:맞는|해당하는)\s*(?:채용\s*)?(?:정보|공고)가\s*없|등록된\s*(?:채용\s*)?(?:정보|공고)가\s*없/;

// The wording of the pages crawlers meet instead of a list: bot checks, rate-limit and block notices,
// maintenance pages.
const BLOCK_NOTICE =
  /비정상적인\s*(?:접근|접속|요청)|자동\s*입력\s*방지|보안\s*문자|접근(?:이|을)?\s*(?:차단|제한|거부)|(?:요청|접속)(?:이|을)?\s*(?:차단|제한)|(?:서비스|시스템|정기)\s*점검|점검\s*중|captcha|access\s*denied|forbidden|too\s*many\s*requests|unusual\s*traffic|are\s*you\s*a\s*robot|verify\s*you\s*are\s*(?:a\s*)?human|attention\s*required|under\s*maintenance/i;

// cheerio does not re-export domhandler's node type; take it from the API instead of a transitive dep.
type Node = Parameters<CheerioAPI['contains']>[0];

/** What tells a site's list pages apart: the shape of a link to one of its postings. */
export interface ListPageSigns {
  /** Matches the href of a link to one posting, e.g. /[?&]rec_idx=(\d+)/. */
  postingLink: RegExp;
}

/**
 * Returns `text` cut to at most `maxBytes` UTF-8 bytes, never inside a character.
 *
 * @example clipUtf8('서울특별시', 6) // '서울'
 */
export function clipUtf8(text: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  // A cut inside a multi-byte character leaves a replacement mark at the end: drop it.
  return new TextDecoder().decode(bytes.subarray(0, maxBytes)).replace(/\uFFFD+$/, '');
}

/** Returns the outer HTML of the largest ancestor of `node` that still fits the snippet budget. */
function enclosingSnippet($: CheerioAPI, node: Node): string {
  let best = $.html(node);
  for (const parent of $(node).parents().toArray()) {
    const html = $.html(parent);
    if (new TextEncoder().encode(html).length > MARKUP_SNIPPET_BYTES) break;
    best = html;
  }
  return clipUtf8(best, MARKUP_SNIPPET_BYTES);
}

/** Returns the page's text (its title included), scripts and styles left out, spaces collapsed. */
function visibleText($: CheerioAPI): string {
  const page = $.root().clone();
  page.find('script, style, noscript, template').remove();
  return page.text().replace(/\s+/g, ' ').trim();
}

/**
 * Returns the quarantine entry of a list page that gave no posting yet is not an empty result, else
 * undefined: a page that links postings (the cards were not recognised), or one without such links whose
 * text reads like a block or maintenance notice. A page that says it found nothing is an empty result.
 * `raw` is a snippet of at most {@link MARKUP_SNIPPET_BYTES} bytes: the first posting link with as much
 * of its card as fits, or the start of the notice page.
 *
 * @example
 * unrecognizedMarkup(load(html), { source: 'saramin', postingLink: /[?&]rec_idx=(\d+)/ })?.code
 * // 'unrecognized_markup'
 */
export function unrecognizedMarkup(
  $: CheerioAPI,
  page: ListPageSigns & { source: string },
): QuarantineEntry | undefined {
  const text = visibleText($);
  if (EMPTY_RESULT.test(text)) return undefined;
  const links = $('a[href]')
    .toArray()
    .filter((a) => page.postingLink.test($(a).attr('href') ?? ''));
  const first = links[0];
  if (first !== undefined) {
    return quarantineEntry({
      code: 'unrecognized_markup',
      source: page.source,
      path: ['cards'],
      message: `the page links ${links.length} ${links.length === 1 ? 'posting' : 'postings'} but no card was recognised: the site likely changed its markup`,
      raw: enclosingSnippet($, first),
    });
  }
  const notice = BLOCK_NOTICE.exec(text);
  if (notice === null) return undefined;
  const start = Math.max(0, notice.index - 80);
  return quarantineEntry({
    code: 'unrecognized_markup',
    source: page.source,
    path: ['cards'],
    message: `the page holds no posting and reads like a block or maintenance notice: '${text.slice(start, notice.index + 120)}'`,
    raw: clipUtf8($.html(), MARKUP_SNIPPET_BYTES),
  });
}
