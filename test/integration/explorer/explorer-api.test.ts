// The explorer's JSON API against a real server on 127.0.0.1 over a lake written by fileSink: filters in
// every spelling, paging, the posting page's copies, trends, the map, recommendations, and every refusal
// — unknown filter, bad value, wrong method, large body, foreign Host — as JSON naming what to fix.
import { mkdir, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExplorer, serveExplorer } from '../../../src/explorer/index.js';
import {
  markSyntheticLake,
  SYNTHETIC_LAKE_MARKER,
  SYNTHETIC_NOTICE,
} from '../../../src/report/synthetic-lake.js';
import { currentRows, HOSTILE, NOW, writeExplorerLake } from './_explorer-lake.js';

let explorer: RunningExplorer;
let remove: () => Promise<void>;
let dir: string;

interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers of several shapes, checked field by field
  body: any;
}

async function get(path: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(new URL(path, explorer.url), init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: type.startsWith('application/json') ? JSON.parse(text) : text,
  };
}

const post = (path: string, body: string, type = 'application/json') =>
  get(path, { method: 'POST', body, headers: { 'content-type': type } });

const current = currentRows();
const count = (keep: (row: (typeof current)[number]) => boolean) => current.filter(keep).length;

beforeAll(async () => {
  const written = await writeExplorerLake();
  dir = written.dir;
  remove = written.remove;
  explorer = await serveExplorer({ lake: written.lake, now: () => NOW });
});

afterAll(async () => {
  await explorer?.close();
  await remove?.();
});

describe('GET /api/postings', () => {
  it('lists the current postings — the newest row of each id — 20 to a page, pages never overlapping', async () => {
    const first = await get('/api/postings');
    expect(first.status).toBe(200);
    expect(first.body.total).toBe(24);
    expect(first.body.items).toHaveLength(20);
    const second = await get('/api/postings?page=2');
    expect(second.body.items).toHaveLength(4);
    const ids = [...first.body.items, ...second.body.items].map((p: { id: string }) => p.id);
    expect(new Set(ids).size).toBe(24);
    const rewritten = [...first.body.items, ...second.body.items].find(
      (p: { id: string }) => p.id === 'jumpit:11',
    );
    expect(rewritten.title).toBe('백엔드 개발자 11 (수정됨)');
  });

  it('reads a stack in any spelling', async () => {
    const expected = count((row) => row.stacks.includes('react'));
    expect(expected).toBeGreaterThan(0);
    for (const spelling of ['react', 'React.js', 'ReactJS', '리액트']) {
      const answer = await get(`/api/postings?stack=${encodeURIComponent(spelling)}`);
      expect(answer.body.total, spelling).toBe(expected);
    }
    const both = await get(`/api/postings?stack=${encodeURIComponent('React, TypeScript')}`);
    expect(both.body.total).toBe(
      count((row) => row.stacks.includes('react') && row.stacks.includes('typescript')),
    );
  });

  it('reads a region as 시도 or 시군구 in common spellings', async () => {
    const seoul = count((row) => row.sido === '서울특별시');
    for (const spelling of ['서울', '서울특별시', '서울시']) {
      expect((await get(`/api/postings?region=${encodeURIComponent(spelling)}`)).body.total, spelling).toBe(
        seoul,
      );
    }
    const bundang = await get(`/api/postings?region=${encodeURIComponent('경기 분당구')}`);
    expect(bundang.body.items.map((p: { id: string }) => p.id)).toEqual(['jumpit:4']);
    const either = await get(`/api/postings?region=${encodeURIComponent('부산,강남구')}`);
    expect(either.body.total).toBe(count((row) => row.sido === '부산광역시' || row.sigungu === '강남구'));
  });

  it('filters by career, family, employment, deadline, source and free text', async () => {
    const cases: [string, number][] = [
      ['career=신입', count((row) => row.career_newcomer === true || row.career_min === 0)],
      ['career=4', count((row) => row.career_min! <= 4 && (row.career_max === null || row.career_max >= 4))],
      ['family=backend', count((row) => row.positions.includes('backend'))],
      [`family=${encodeURIComponent('프론트엔드')}`, count((row) => row.positions.includes('frontend'))],
      ['family=unclassified', 1],
      [`employment=${encodeURIComponent('계약직')}`, 1],
      ['deadline=expired', 1],
      ['deadline=always', 1],
      ['deadline=open', 23],
      ['source=wanted', 1],
      [`q=${encodeURIComponent('수정됨')}`, 1],
      [`q=${encodeURIComponent('회사3 백엔드')}`, count((row) => row.company === '회사3')],
    ];
    for (const [query, expected] of cases) {
      const answer = await get(`/api/postings?${query}`);
      expect(answer.status, query).toBe(200);
      expect(answer.body.total, query).toBe(expected);
    }
  });

  it('sorts and caps the page size at 100', async () => {
    const byCompany = await get('/api/postings?sort=company&size=100');
    const companies = byCompany.body.items.map((p: { company: string }) => p.company);
    expect(companies).toEqual([...companies].sort());
    expect((await get('/api/postings?size=100000')).body.items).toHaveLength(24);
    expect((await get('/api/postings?size=5&page=5')).body.items).toHaveLength(4);
  });

  it.each([
    ['stacks=react', 'unknown_filter', 'stacks'],
    ['career=veteran', 'bad_value', 'career'],
    ['region=Atlantis', 'bad_value', 'region'],
    ['family=cooking', 'bad_value', 'family'],
    ['employment=forever', 'bad_value', 'employment'],
    ['deadline=soon', 'bad_value', 'deadline'],
    ['source=%3Cscript%3E', 'bad_value', 'source'],
    ['sort=random', 'bad_value', 'sort'],
    ['page=0', 'bad_value', 'page'],
    ['page=abc', 'bad_value', 'page'],
    ['size=-1', 'bad_value', 'size'],
    ['q=a&q=b', 'bad_value', 'q'],
    [`q=${'x'.repeat(501)}`, 'bad_value', 'q'],
  ])('answers %s with 400 naming the parameter', async (query, code, field) => {
    const answer = await get(`/api/postings?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code, field });
    expect(answer.body.error.message).toEqual(expect.any(String));
  });

  it('never runs text from the query string as SQL', async () => {
    const answer = await get(`/api/postings?q=${encodeURIComponent("'; DROP TABLE current; --")}`);
    expect(answer.body.total).toBe(0);
    expect((await get('/api/postings')).body.total).toBe(24);
  });
});

describe('GET /api/postings/:id', () => {
  it('answers the posting with its copies on other sites and the company’s branches', async () => {
    const answer = await get(`/api/postings/${encodeURIComponent('jumpit:12')}`);
    expect(answer.status).toBe(200);
    expect(answer.body.posting).toMatchObject({ id: 'jumpit:12', jobId: 'job-12', source: 'jumpit' });
    expect(answer.body.copies.map((p: { id: string }) => p.id)).toEqual(['wanted:23']);
    expect(answer.body.branches.reduce((sum: number, b: { postings: number }) => sum + b.postings, 0)).toBe(
      count((row) => row.company === answer.body.posting.company),
    );
  });

  it('answers an unknown id with 404 naming the id', async () => {
    const answer = await get('/api/postings/nobody%3A1');
    expect(answer.status).toBe(404);
    expect(answer.body.error).toMatchObject({ code: 'not_found', field: 'id' });
  });
});

describe('GET /api/trends and /api/map', () => {
  it('counts distinct jobs per day and stack, over a date range', async () => {
    const all = await get('/api/trends?by=stack');
    expect(all.body).toMatchObject({ by: 'stack', from: '2026-11-16', to: '2026-11-23', granularity: 'day' });
    expect(all.body.periods).toEqual(['2026-11-16', '2026-11-23']);
    expect(all.body.series.length).toBeGreaterThan(0);
    const late = await get('/api/trends?by=region&from=2026-11-20');
    expect(late.body.periods).toEqual(['2026-11-23']);
    const family = await get('/api/trends?by=family');
    expect(family.body.totals.map((t: { name: string }) => t.name)).toContain('미분류');
  });

  it.each([
    ['by=salary', 'by'],
    ['from=2026-02-30', 'from'],
    ['from=2026-11-20&to=2026-11-01', 'from'],
    ['since=2026-01-01', 'since'],
  ])('answers %s with 400 naming the parameter', async (query, field) => {
    const answer = await get(`/api/trends?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.field).toBe(field);
  });

  it('counts jobs per 시군구 and 시도 code, the unplaced ones apart', async () => {
    const answer = await get('/api/map');
    expect(answer.body.sigungu['41135']).toBe(1);
    expect(answer.body.sigungu['11680']).toBe(1);
    const sido = Object.values(answer.body.sido as Record<string, number>).reduce((a, b) => a + b, 0);
    // Posting 23 is a copy of posting 12's job: 23 jobs in all.
    expect(sido + answer.body.unplaced).toBe(23);
  });
});

describe('POST /api/recommend', () => {
  it('ranks postings for a profile, with reasons', async () => {
    const answer = await post(
      '/api/recommend?limit=5',
      JSON.stringify({ stacks: 'react, typescript', years: 2 }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.length).toBeGreaterThan(0);
    expect(answer.body.length).toBeLessThanOrEqual(5);
    expect(answer.body[0].posting.stacks).toContain('react');
    expect(answer.body[0].reasons.length).toBeGreaterThan(0);
    expect(answer.body.map((r: { posting: { id: string } }) => r.posting.id)).not.toContain('jumpit:2');
  });

  it.each([
    ['{"stacks":"java","years":-1}', 'invalid_profile', 'years'],
    ['{"stacks":"java","commute":{"mode":"teleport"}}', 'invalid_profile', 'commute.mode'],
    ['{"stacks":"java","favourite":"tea"}', 'invalid_profile', '(profile)'],
    ['[1,2]', 'invalid_profile', '(profile)'],
    ['{"stacks":', 'malformed_json', 'body'],
  ])('answers %s with 400 naming the field', async (body, code, field) => {
    const answer = await post('/api/recommend', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code, field });
  });

  it('refuses a body over 64 KiB (413) and a body that is not JSON (415)', async () => {
    const large = await post('/api/recommend', JSON.stringify({ intro: 'x'.repeat(70 * 1024) }));
    expect(large.status).toBe(413);
    expect(large.body.error).toMatchObject({ code: 'body_too_large', field: 'body' });
    const text = await post('/api/recommend', 'stacks=java', 'text/plain');
    expect(text.status).toBe(415);
    expect(text.body.error.field).toBe('body');
  });
});

describe('methods, assets and headers', () => {
  it.each([
    ['DELETE', '/api/postings', 'GET, HEAD'],
    ['POST', '/api/postings', 'GET, HEAD'],
    ['PUT', '/', 'GET, HEAD'],
    ['GET', '/api/recommend', 'POST'],
  ])('answers %s %s with 405 and Allow', async (method, path, allow) => {
    const answer = await get(path, { method });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe(allow);
    expect(answer.body.error.code).toBe('method_not_allowed');
  });

  it('serves a favicon, the stylesheet, the page script and Chart.js, with a strict CSP and nosniff', async () => {
    for (const [path, type] of [
      ['/favicon.ico', 'image/png'],
      ['/assets/explorer.css', 'text/css'],
      ['/assets/explorer.js', 'text/javascript'],
      ['/assets/chart.js', 'text/javascript'],
      ['/', 'text/html'],
    ] as const) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get('content-type'), path).toContain(type);
      expect(answer.headers.get('content-security-policy'), path).toContain("default-src 'self'");
      expect(answer.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('escapes scraped text in the pages it renders', async () => {
    const page = (await get('/')).body as string;
    expect(page).not.toContain('<script>window.__pwned');
    const hostile = await get(`/api/postings?q=${encodeURIComponent('채용')}`);
    expect(hostile.body.items[0].company).toBe(HOSTILE);
  });

  it('answers HEAD without a body and refuses a foreign Host header', async () => {
    const head = await fetch(new URL('/api/health', explorer.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const { port } = new URL(explorer.url);
    const status = await new Promise<number>((done, fail) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/api/health', headers: { host: 'attacker.example' } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('a lake the demo filled from the site replica', () => {
  const views = ['/', '/postings/jumpit%3A1', '/trends', '/map', '/for-me', '/nowhere'];

  it('says nothing of synthetic data when the lake has no marker', async () => {
    expect((await get('/api/health')).body.synthetic).toBe(false);
    for (const view of views) expect((await get(view)).body, view).not.toContain(SYNTHETIC_NOTICE);
  });

  it('says on every page that the postings are synthetic, and so does /api/health', async () => {
    const lake = join(dir, 'lake');
    await markSyntheticLake(lake, 'explorer API test');
    const marked = await serveExplorer({ lake, now: () => NOW });
    try {
      for (const view of views) {
        const html = await (await fetch(new URL(view, marked.url))).text();
        expect(html, view).toContain(SYNTHETIC_NOTICE);
      }
      const health = (await (await fetch(`${marked.url}api/health`)).json()) as { synthetic: boolean };
      expect(health.synthetic).toBe(true);
    } finally {
      await marked.close();
      await rm(join(lake, SYNTHETIC_LAKE_MARKER));
    }
  });
});

describe('a missing or empty lake', () => {
  it.each([
    ['missing', 'nowhere', 'lake_missing', '레이크 폴더가 없습니다'],
    ['empty', 'empty-lake', 'lake_empty', '레이크에 공고가 없습니다'],
  ])('%s: pages and API answers say so plainly', async (_kind, name, code, text) => {
    if (name === 'empty-lake') await mkdir(join(dir, name), { recursive: true });
    const other = await serveExplorer({ lake: join(dir, name) });
    try {
      const page = await fetch(other.url);
      expect(page.status).toBe(503);
      const html = await page.text();
      expect(html).toContain(text);
      expect(html).toContain('ohmystack demo --out demo');
      expect(html).not.toMatch(/at .*\.ts:\d+/);
      const api = await fetch(`${other.url}api/postings`);
      expect(api.status).toBe(503);
      expect(((await api.json()) as { error: unknown }).error).toMatchObject({ code, field: 'lake' });
      const health = (await (await fetch(`${other.url}api/health`)).json()) as { ok: boolean };
      expect(health.ok).toBe(false);
    } finally {
      await other.close();
    }
  });
});
