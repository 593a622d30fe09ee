import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseSitemap } from '../../../../src/sources/json-ld/parse-sitemap.js';
import { fixtureText } from '../_fixture.js';

describe('parseSitemap', () => {
  it('reads a prefixed urlset: whitespace, CDATA, entities, image:loc skipped, duplicates dropped', () => {
    expect(parseSitemap(fixtureText('json-ld/sitemap.xml'))).toEqual({
      urls: [
        'https://careers.gaon.example.test/jobs/backend-17',
        'https://careers.gaon.example.test/jobs?id=18&lang=ko',
        'https://careers.gaon.example.test/jobs?id=19&lang=ko',
      ],
      sitemaps: [],
    });
  });

  it('reads a sitemap index', () => {
    expect(parseSitemap(fixtureText('json-ld/sitemap-index.xml'))).toEqual({
      urls: [],
      sitemaps: [
        'https://careers.gaon.example.test/sitemap-jobs-1.xml',
        'https://careers.gaon.example.test/sitemap-jobs-2.xml',
      ],
    });
  });

  it.each([
    [
      'an empty urlset',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>',
      { urls: [], sitemaps: [] },
    ],
    [
      'upper-case tags',
      '<URLSET><URL><LOC>https://a.test/1</LOC></URL></URLSET>',
      { urls: ['https://a.test/1'], sitemaps: [] },
    ],
    [
      'an unclosed entry',
      '<urlset><url><loc>https://a.test/1</loc></url><url><loc>https://a.test/2',
      { urls: ['https://a.test/1'], sitemaps: [] },
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
});
