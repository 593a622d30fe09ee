import { load } from 'cheerio';
import { readText } from '../_read-values.js';
import { readLdBlocks } from './read-blocks.js';
import { JSONLD_SELECTORS } from './selectors.js';

const S = JSONLD_SELECTORS;
// Below this much visible text a page with scripts is a shell, not a posting (a real posting has a
// description of several hundred characters).
const SHELL_TEXT = 200;
// State other SPA frameworks inline instead of __NEXT_DATA__.
const INLINE_STATE = /window\.__(?:NUXT|INITIAL_STATE|APOLLO_STATE|PRELOADED_STATE|remixContext)__?\b/;
// '<noscript>You need to enable JavaScript to run this app.</noscript>', '자바스크립트를 활성화'
const NEEDS_JS = /enable\s+javascript|javascript\s+(?:is\s+)?required|자바스크립트|javascript를/i;

/**
 * Returns true when a page has no JobPosting JSON-LD but looks like a client-rendered shell — an empty
 * framework mount point (`#root`, `#__next`, `#app`…) next to scripts, `__NEXT_DATA__` or other inlined
 * SPA state, a "enable JavaScript" notice, or scripts with almost no visible text — so the crawler
 * renders it in a browser before reading it again. A page with a posting, or a static page without
 * scripts, is false. Never throws.
 *
 * @example looksClientRendered('<html><body><div id="root"></div><script src="/main.js"></script></body></html>') // true
 * @example looksClientRendered('<html><body><h1>채용 공고</h1><p>…</p></body></html>') // false
 */
export function looksClientRendered(html: unknown): boolean {
  if (typeof html !== 'string' || html.trim() === '') return false;
  const $ = load(html);
  if (readLdBlocks($).some((block) => block.ok && block.postings.length > 0)) return false;
  const scripts = $(S.script).not(S.jsonLd);
  if (scripts.length === 0) return false;
  if ($(S.nextData).length > 0) return true;
  if (scripts.toArray().some((script) => INLINE_STATE.test($(script).text()))) return true;
  const emptyMount = $(S.mountPoint)
    .toArray()
    .some(
      (mount) => readText($(mount).text()) === undefined && $(mount).find('img, svg, video').length === 0,
    );
  if (emptyMount) return true;
  const body = $('body').clone();
  body.find('script, style, noscript, template').remove();
  const visible = readText(body.text()) ?? '';
  if (visible.length >= SHELL_TEXT) return false;
  const notice = $(S.noscript).text();
  return NEEDS_JS.test(notice) || scripts.filter('[src]').length > 0;
}
