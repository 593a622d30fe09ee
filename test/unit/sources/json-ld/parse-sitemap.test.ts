import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseSitemap, SITEMAP_MAX_ENTRIES } from '../../../../src/sources/json-ld/parse-sitemap.js';
import { fixtureText } from '../_fixture.js';

const WHOLE = { overLimit: false, truncated: false };

/** A urlset of `n` pages https://a.test/jobs/{i}, without its closing tag when `open`. */
function urlset(n: number, open = false): string {
  const entries = Array.from({ length: n }, (_, i) => `<url><loc>https://a.test/jobs/${i}</loc></url>`);
  return `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('\n')}${open ? '' : '</urlset>'}`;
}

describe('parseSitemap', () => {
  it('reads a prefixed urlset: whitespace, CDATA, entities, image:loc skipped, duplicates dropped', () => {
    expect(parseSitemap(fixtureText('json-ld/sitemap.xml'))).toEqual({
      urls: [
        'https://careers.gaon.example.test/jobs/backend-17',
        'https://careers.gaon.example.test/jobs?id=18&lang=ko',
        'https://careers.gaon.example.test/jobs?id=19&lang=ko',
      ],
      sitemaps: [],
      ...WHOLE,
    });
  });

  it('reads a sitemap index', () => {
    expect(parseSitemap(fixtureText('json-ld/sitemap-index.xml'))).toEqual({
      urls: [],
      sitemaps: [
        'https://careers.gaon.example.test/sitemap-jobs-1.xml',
        'https://careers.gaon.example.test/sitemap-jobs-2.xml',
      ],
      ...WHOLE,
    });
  });

  it.each([
    [
      'an empty urlset',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
      { urls: [], sitemaps: [], ...WHOLE },
    ],
    [
      'upper-case tags',
      '<URLSET><URL><LOC>https://a.test/1</LOC></URL></URLSET>',
      { urls: ['https://a.test/1'], sitemaps: [], ...WHOLE },
    ],
    [
      'an unclosed entry',
      '<urlset><url><loc>https://a.test/1</loc></url><url><loc>https://a.test/2',
      { urls: ['https://a.test/1'], sitemaps: [], overLimit: false, truncated: true },
    ],
    [
      'a text cut inside a tag',
      '<urlset><url><loc>https://a.test/1</loc></url><url><loc>https://a.test/2</loc></ur',
      { urls: ['https://a.test/1'], sitemaps: [], overLimit: false, truncated: true },
    ],
    [
      'a text cut after the last entry, before the root closes',
      '<urlset><url><loc>https://a.test/1</loc></url>',
      { urls: ['https://a.test/1'], sitemaps: [], overLimit: false, truncated: true },
    ],
    [
      "a CDATA '<' and a comment inside an entry",
      '<urlset><url><!-- <loc>https://a.test/x</loc> --><loc><![CDATA[https://a.test/?q=<b>]]></loc></url></urlset>',
      { urls: ['https://a.test/?q=<b>'], sitemaps: [], ...WHOLE },
    ],
    [
      "a '<' that opens no tag",
      '<urlset>< <url><loc>https://a.test/1</loc></url></urlset>',
      { urls: ['https://a.test/1'], sitemaps: [], ...WHOLE },
    ],
  ])('reads %s', (_name, xml, expected) => {
    expect(parseSitemap(xml)).toEqual(expected);
  });

  it.each([undefined, 5, '', '<html><body>404</body></html>', '<!-- <urlset> -->'])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseSitemap(bad)).toThrow(ParseError);
    },
  );

  it("reads at most the protocol's 50,000 entries of a file that lists more, and says so", () => {
    expect(SITEMAP_MAX_ENTRIES).toBe(50_000);
    const result = parseSitemap(urlset(60_000));
    expect(result.urls).toHaveLength(50_000);
    expect(result.urls[0]).toBe('https://a.test/jobs/0');
    expect(result.urls.at(-1)).toBe('https://a.test/jobs/49999');
    expect(result).toMatchObject({ sitemaps: [], overLimit: true, truncated: false });
  });

  it('reads a file of exactly 50,000 entries whole', () => {
    const result = parseSitemap(urlset(50_000));
    expect(result.urls).toHaveLength(50_000);
    expect(result).toMatchObject(WHOLE);
  });

  it('reads a cut 50,000-entry file up to its last complete entry', () => {
    const whole = urlset(50_000, true);
    const cut = whole.slice(0, whole.lastIndexOf('</url>') + 3);
    const result = parseSitemap(cut);
    expect(result.urls).toHaveLength(49_999);
    expect(result.urls.at(-1)).toBe('https://a.test/jobs/49998');
    expect(result).toMatchObject({ overLimit: false, truncated: true });
  });

  it('reads an index of 80,000 children (it completes: one pass over the text)', () => {
    const children = Array.from(
      { length: 80_000 },
      (_, i) => `<sitemap><loc>https://a.test/sitemap-${i}.xml</loc></sitemap>`,
    );
    const result = parseSitemap(`<sitemapindex>${children.join('')}</sitemapindex>`);
    expect(result.sitemaps).toHaveLength(50_000);
    expect(result.sitemaps.at(-1)).toBe('https://a.test/sitemap-49999.xml');
    expect(result.overLimit).toBe(true);
  });

  it('takes a lower limit', () => {
    expect(parseSitemap(urlset(3), { maxEntries: 2 })).toEqual({
      urls: ['https://a.test/jobs/0', 'https://a.test/jobs/1'],
      sitemaps: [],
      overLimit: true,
      truncated: false,
    });
  });

  it('reads a file of unclosed entries in one pass (no backtracking over the rest of the text)', () => {
    const xml = `<urlset>${'<url><loc>https://a.test/1</loc>'.repeat(200_000)}`;
    expect(parseSitemap(xml)).toEqual({ urls: [], sitemaps: [], overLimit: false, truncated: true });
  });
});
