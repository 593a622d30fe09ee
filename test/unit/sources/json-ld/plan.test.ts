import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../../../../src/model/raw-posting.js';
import { jsonLdAdapter } from '../../../../src/sources/json-ld/plan.js';
import { MAX_CHILD_SITEMAPS, SitemapQueue } from '../../../../src/sources/json-ld/sitemap-queue.js';
import type {
  ListParseContext,
  ListStream,
  RequestSpec,
  SiteAdapter,
} from '../../../../src/sources/types.js';
import { NOW } from '../_fixture.js';

const ROOT = 'https://careers.acme.test/sitemap.xml';

const urlset = (urls: readonly string[], close = true) =>
  `<urlset>${urls.map((url) => `<url><loc>${url}</loc></url>`).join('')}${close ? '</urlset>' : ''}`;
const index = (children: readonly string[]) =>
  `<sitemapindex>${children.map((url) => `<sitemap><loc>${url}</loc></sitemap>`).join('')}</sitemapindex>`;

/** Reads `body` as the answer to page `page` of the adapter's sitemap stream, collecting warnings. */
function readPage(adapter: SiteAdapter, stream: ListStream, page: number, body: string, truncated = false) {
  const warnings: string[] = [];
  const request = stream.request(page);
  const context: ListParseContext = { now: NOW, request, truncated, warn: (m) => warnings.push(m) };
  const { items } = adapter.parseList(body, context);
  return { request, items, warnings, next: stream.next(body, page, items.length) };
}

function sitemapOf(options: Parameters<typeof jsonLdAdapter>[0] = {}) {
  const adapter = jsonLdAdapter({ source: 'acme', sitemapUrl: ROOT, ...options });
  const [stream] = adapter.lists();
  if (!stream) throw new Error('no sitemap stream');
  return { adapter, stream };
}

const detailOf = (adapter: SiteAdapter, item: RawPosting): RequestSpec | null =>
  adapter.detail?.request(item) ?? null;

describe('jsonLdAdapter sitemaps', () => {
  it('asks for the root sitemap cut at the cap (not failed), trusted: no `from`', () => {
    const { stream } = sitemapOf();
    expect(stream.request(1)).toEqual({
      kind: 'sitemap',
      url: ROOT,
      responseType: 'text',
      oversize: 'truncate',
    });
  });

  it('requests every page a sitemap lists `from` that sitemap, and a given URL from nowhere', () => {
    const { adapter, stream } = sitemapOf({ urls: ['https://careers.acme.test/jobs/given'] });
    const { items } = readPage(adapter, stream, 1, urlset(['https://careers.acme.test/jobs/1']));
    expect(items.map((item) => detailOf(adapter, item))).toEqual([
      expect.objectContaining({ kind: 'page', url: 'https://careers.acme.test/jobs/1', from: ROOT }),
    ]);
    const [seed] = adapter.seeds?.({ now: NOW }) ?? [];
    if (!seed) throw new Error('no seed');
    expect(detailOf(adapter, seed)).not.toHaveProperty('from');
  });

  it('reads the children of an index in turn, each `from` the index, and their pages `from` the child', () => {
    const { adapter, stream } = sitemapOf();
    const child = 'https://careers.acme.test/sitemap-jobs-1.xml';
    const first = readPage(adapter, stream, 1, index([child, child, ROOT]));
    expect(first.items).toEqual([]);
    expect(first.next).toBe(2);
    const second = readPage(adapter, stream, 2, urlset(['https://careers.acme.test/jobs/7']));
    expect(second.request).toMatchObject({ kind: 'sitemap', url: child, from: ROOT, oversize: 'truncate' });
    expect(second.next).toBeNull();
    expect(detailOf(adapter, second.items[0] as RawPosting)).toMatchObject({ from: child });
  });

  it('reads an index of 80,000 children once through, keeping 50,000 and warning about the rest', () => {
    const { adapter, stream } = sitemapOf();
    const children = Array.from({ length: 80_000 }, (_, i) => `https://careers.acme.test/sitemap-${i}.xml`);
    const { warnings, next } = readPage(adapter, stream, 1, index(children));
    expect(next).toBe(2);
    expect(stream.request(MAX_CHILD_SITEMAPS + 1)).toMatchObject({ url: children[MAX_CHILD_SITEMAPS - 1] });
    expect(stream.next('', MAX_CHILD_SITEMAPS + 1, 0)).toBeNull();
    expect(warnings).toEqual([
      `${ROOT} lists more than 50000 entries, the sitemap protocol's limit: 50000 were read, the rest ignored`,
    ]);
  });

  it('reads at most 50,000 child sitemaps per run across nested indexes, and says how many were left', () => {
    const { adapter, stream } = sitemapOf();
    const nested = 'https://careers.acme.test/sitemap-more.xml';
    const children = (from: number) =>
      Array.from({ length: 30_000 }, (_, i) => `https://careers.acme.test/sitemap-${from + i}.xml`);
    expect(readPage(adapter, stream, 1, index([nested, ...children(0).slice(1)])).warnings).toEqual([]);
    const { warnings } = readPage(adapter, stream, 2, index(children(30_000)));
    expect(warnings).toEqual([
      `${nested} names 10000 child sitemaps past the 50000 one run reads (the sitemap protocol's limit of an index): they were ignored`,
    ]);
    expect(stream.next('', MAX_CHILD_SITEMAPS + 1, 0)).toBeNull();
  });

  it('warns about a sitemap over the limit, cut by the client, or ending early', () => {
    const { adapter, stream } = sitemapOf();
    const urls = Array.from({ length: 50_001 }, (_, i) => `https://careers.acme.test/jobs/${i}`);
    expect(readPage(adapter, stream, 1, urlset(urls)).warnings).toEqual([
      `${ROOT} lists more than 50000 entries, the sitemap protocol's limit: 50000 were read, the rest ignored`,
    ]);
    const two = urlset(['https://careers.acme.test/jobs/1', 'https://careers.acme.test/jobs/2'], false);
    const cut = two.slice(0, -10);
    const byClient = readPage(adapter, stream, 1, cut, true);
    expect(byClient.items.map((item) => item.url)).toEqual(['https://careers.acme.test/jobs/1']);
    expect(byClient.warnings).toEqual([
      `${ROOT} is larger than the body cap of a sitemap (the protocol allows 50 MB uncompressed): read up to its last complete entry, 1 entries`,
    ]);
    expect(readPage(adapter, stream, 1, two).warnings).toEqual([
      `${ROOT} ends before its closing tag: read up to its last complete entry, 2 entries`,
    ]);
  });
});

describe('SitemapQueue', () => {
  it('adds each child once and at most `max` children, counting those left out', () => {
    const queue = new SitemapQueue(ROOT, 2);
    expect(queue.add(['a', 'b', 'a', ROOT], ROOT)).toBe(0);
    expect(queue.add(['c', 'b', 'd'], 'a')).toBe(2);
    expect(queue.size).toBe(3);
    expect([queue.at(0), queue.at(1), queue.at(2), queue.at(3)]).toEqual([
      { url: ROOT },
      { url: 'a', from: ROOT },
      { url: 'b', from: ROOT },
      undefined,
    ]);
  });

  it('takes 80,000 children in one pass', () => {
    const queue = new SitemapQueue(ROOT);
    const children = Array.from({ length: 80_000 }, (_, i) => `https://careers.acme.test/sitemap-${i}.xml`);
    expect(queue.add(children, ROOT)).toBe(80_000 - MAX_CHILD_SITEMAPS);
    expect(queue.add(children, ROOT)).toBe(80_000 - MAX_CHILD_SITEMAPS);
    expect(queue.size).toBe(MAX_CHILD_SITEMAPS + 1);
  });
});
