// Generated sitemaps: every <loc> written comes back, in order and once, up to the protocol's limit of
// entries per file, whatever the namespace prefix, escaping, CDATA or whitespace around it; a file cut
// anywhere gives a prefix of its entries and never more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSitemap } from '../../src/sources/json-ld/parse-sitemap.js';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One `<loc>` as sites write it: escaped or in CDATA (when it can be), padded or not. */
const writtenLoc = (url: string, cdata: boolean, pad: boolean) => {
  const value = cdata && !url.includes('&') && !url.includes(']]>') ? `<![CDATA[${url}]]>` : escapeXml(url);
  return pad ? `\n  ${value}\n` : value;
};

const entry = fc.record({
  url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  cdata: fc.boolean(),
  pad: fc.boolean(),
  extra: fc.constantFrom(
    '',
    '<lastmod>2026-09-01</lastmod>',
    '<image:image><image:loc>https://cdn.a.test/x.png</image:loc></image:image>',
  ),
});

const sitemap = fc.record({
  entries: fc.array(entry, { maxLength: 30 }),
  prefix: fc.constantFrom('', 'sm:', 'SM:'),
  index: fc.boolean(),
  limit: fc.integer({ min: 0, max: 35 }),
});

type Generated = typeof sitemap extends fc.Arbitrary<infer T> ? T : never;

function write({ entries, prefix, index }: Generated): string {
  const [root, item] = index ? ['sitemapindex', 'sitemap'] : ['urlset', 'url'];
  const body = entries
    .map(
      (e) =>
        `<${prefix}${item}><${prefix}loc>${writtenLoc(e.url, e.cdata, e.pad)}</${prefix}loc>${e.extra}</${prefix}${item}>`,
    )
    .join('\n');
  return `<?xml version="1.0"?>\n<${prefix}${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</${prefix}${root}>\n`;
}

const unique = (urls: readonly string[]) => [...new Set(urls)];

describe('parseSitemap on generated sitemaps', () => {
  it('gives back every loc once, in order, up to the limit of entries', () => {
    fc.assert(
      fc.property(sitemap, (generated) => {
        const read = parseSitemap(write(generated), { maxEntries: generated.limit });
        const expected = unique(generated.entries.slice(0, generated.limit).map((e) => e.url));
        expect(generated.index ? read.sitemaps : read.urls).toEqual(expected);
        expect(generated.index ? read.urls : read.sitemaps).toEqual([]);
        expect(read.overLimit).toBe(generated.entries.length > generated.limit);
        expect(read.truncated).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file cut anywhere up to its last complete entry, and says it was cut', () => {
    fc.assert(
      fc.property(sitemap, fc.nat(), (generated, at) => {
        const whole = write(generated);
        const closing = whole.lastIndexOf('</');
        const cut = whole.slice(0, closing === -1 ? 0 : at % (closing + 1));
        // A cut inside the root tag leaves no sitemap at all (a ParseError, as for any foreign body).
        if (!/<(?:sm:)?(?:urlset|sitemapindex)\b[^>]*>/i.test(cut)) return;
        const read = parseSitemap(cut, { maxEntries: generated.limit });
        const all = unique(generated.entries.slice(0, generated.limit).map((e) => e.url));
        const got = generated.index ? read.sitemaps : read.urls;
        expect(all.slice(0, got.length)).toEqual(got);
        if (!read.overLimit) expect(read.truncated).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
