// A list page that gives no posting is an empty success only when it says it found nothing. A page that
// still links postings (Saramin rec_idx=, JobKorea /Recruit/GI_Read/) or reads like a block page is one
// 'unrecognized_markup' entry with a bounded snippet — and the collector warns and stops the stream.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import type { ParseResult } from '../../../src/model/quarantine.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { collectSite } from '../../../src/sources/_collect.js';
import { clipUtf8, MARKUP_SNIPPET_BYTES } from '../../../src/sources/_unrecognized-markup.js';
import { parseList } from '../../../src/sources/jobkorea/parse-list.js';
import { parseSearch } from '../../../src/sources/saramin/parse-search.js';
import { memoryStateStore } from '../../../src/sources/state/memory-state-store.js';
import type { SiteAdapter, StateStore } from '../../../src/sources/types.js';
import { sendText, startTestServer, type TestServer } from '../../helpers/test-server.js';
import { fixtureText, NOW } from './_fixture.js';

type Parser = (body: unknown, opts?: { now?: Date }) => ParseResult<RawPosting>;

const bytes = (value: unknown) => new TextEncoder().encode(String(value)).length;

const page = (body: string) =>
  `<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>채용정보</title></head><body>${body}</body></html>`;

const BLOCK_PAGE = page(
  '<div class="captcha_wrap"><p>비정상적인 접근이 감지되었습니다. 잠시 후 다시 시도해 주세요.</p></div>',
);
const MAINTENANCE_PAGE = page(
  '<h1>서비스 점검 안내</h1><p>보다 나은 서비스를 위해 시스템 점검 중입니다.</p>',
);
const SARAMIN_EMPTY = page(
  '<div class="info_no_result"><p>\'양자컴퓨팅\'에 대한 검색결과가 없습니다.</p></div><div class="recommend"><a href="/zf_user/jobs/relay/view?rec_idx=52019999">추천 공고</a></div>',
);
const JOBKOREA_EMPTY = page(
  '<div class="list-empty"><p>검색결과가 없습니다.</p></div><aside><a href="/Recruit/GI_Read/49000001">추천 공고</a></aside>',
);

const sites: readonly { name: string; parse: Parser; fixture: string; redesign: (html: string) => string }[] =
  [
    {
      name: 'saramin search',
      parse: parseSearch,
      fixture: 'saramin/search.html',
      redesign: (html) => html.replaceAll('item_recruit', 'list_item').replaceAll('job_tit', 'notice_title'),
    },
    {
      name: 'saramin job-category',
      parse: parseSearch,
      fixture: 'saramin/job-category.html',
      redesign: (html) => html.replaceAll('box_item', 'card_box'),
    },
    {
      name: 'jobkorea search',
      parse: parseList,
      fixture: 'jobkorea/search.html',
      redesign: (html) => html.replaceAll('data-sentry-component="CardJob"', 'data-component="v2-CardJob"'),
    },
  ];

describe.each(sites)('$name', ({ parse, fixture, redesign }) => {
  const html = fixtureText(fixture);

  it('reads the page as it is, with no page-level entry', () => {
    const { items, issues } = parse(html, { now: NOW });
    expect(items.length).toBeGreaterThan(0);
    expect(issues.filter((issue) => issue.code === 'unrecognized_markup')).toEqual([]);
  });

  it('quarantines a redesigned page that still links postings, with a snippet of a card', () => {
    const { items, issues } = parse(redesign(html), { now: NOW });
    expect(items).toEqual([]);
    expect(issues).toHaveLength(1);
    const [entry] = issues;
    expect(entry).toMatchObject({ code: 'unrecognized_markup', path: ['cards'] });
    expect(entry?.message).toMatch(/links \d+ postings? but no card was recognised/);
    expect(typeof entry?.raw).toBe('string');
    expect(String(entry?.raw)).toMatch(/rec_idx=\d+|\/Recruit\/GI_Read\/\d+/);
    expect(bytes(entry?.raw)).toBeLessThanOrEqual(MARKUP_SNIPPET_BYTES);
  });
});

describe.each([
  { name: 'saramin', parse: parseSearch as Parser, empty: SARAMIN_EMPTY },
  { name: 'jobkorea', parse: parseList as Parser, empty: JOBKOREA_EMPTY },
])('$name pages without cards', ({ parse, empty }) => {
  it.each([
    ['a block page', BLOCK_PAGE, /비정상적인 접근/],
    ['a maintenance page', MAINTENANCE_PAGE, /점검/],
  ])('quarantines %s as a notice, not an empty list', (_, body, wording) => {
    const { items, issues } = parse(body, { now: NOW });
    expect(items).toEqual([]);
    expect(issues).toMatchObject([{ code: 'unrecognized_markup', path: ['cards'] }]);
    expect(issues[0]?.message).toMatch(/block or maintenance notice/);
    expect(issues[0]?.message).toMatch(wording);
  });

  it('keeps a search that found nothing an empty success, recommended links or not', () => {
    expect(parse(empty, { now: NOW })).toEqual({ items: [], issues: [] });
  });

  it('keeps a page with neither posting links nor a notice an empty success', () => {
    expect(parse(page('<div class="search-list"></div>'), { now: NOW })).toEqual({ items: [], issues: [] });
  });

  it('keeps the snippet of a huge block page within its bound', () => {
    const huge = page(`<p>접근이 차단되었습니다.</p>${'<div>가나다라마바사</div>'.repeat(2_000)}`);
    const [entry] = parse(huge, { now: NOW }).issues;
    expect(entry?.code).toBe('unrecognized_markup');
    expect(bytes(entry?.raw)).toBeLessThanOrEqual(MARKUP_SNIPPET_BYTES);
  });
});

describe('clipUtf8', () => {
  it('cuts at a character boundary within the byte budget', () => {
    expect(clipUtf8('서울특별시', 6)).toBe('서울');
    expect(clipUtf8('서울특별시', 7)).toBe('서울');
    expect(clipUtf8('abc', 10)).toBe('abc');
  });
});

describe('the snippet of a card too large for the budget', () => {
  it('is the link itself, clipped', () => {
    const card = `<div class="job-card"><a href="/zf_user/jobs/relay/view?rec_idx=1">${'개발'.repeat(5_000)}</a></div>`;
    const [entry] = parseSearch(page(card), { now: NOW }).issues;
    expect(entry?.code).toBe('unrecognized_markup');
    expect(bytes(entry?.raw)).toBeLessThanOrEqual(MARKUP_SNIPPET_BYTES);
    expect(String(entry?.raw)).toContain('rec_idx=1');
  });
});

// Cards of random shapes, each with a link to one posting: the shapes the parsers know, with a title
// and company, and shapes they do not (other class names and tags).
const KNOWN_CLASSES = ['item_recruit', 'box_item', 'job_tit', 'corp_name', 'company_nm', 'list_item'];
const className = fc
  .stringMatching(/^[a-z][a-z_-]{0,12}$/)
  .filter((name) => !KNOWN_CLASSES.some((known) => name.includes(known)));
const word = fc.constantFrom(
  '백엔드',
  '개발자',
  'Java',
  '데이터',
  '(주)누리',
  '채용',
  'React',
  '서울 강남구',
);
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const postingId = fc.integer({ min: 1, max: 99_999_999 });

const saraminCard = fc.oneof(
  fc
    .record({ id: postingId, title: text, company: text })
    .map(
      ({ id, title, company }) =>
        `<div class="item_recruit" value="${id}"><h2 class="job_tit"><a href="/zf_user/jobs/relay/view?rec_idx=${id}">${title}</a></h2><strong class="corp_name"><a href="/zf_user/company-info/view?csn=x${id}">${company}</a></strong></div>`,
    ),
  fc
    .record({ id: postingId, title: text, company: text })
    .map(
      ({ id, title, company }) =>
        `<div class="list_item" id="rec-${id}"><div class="box_item"><div class="company_nm"><a href="/zf_user/company-info/view?csn=x${id}">${company}</a></div><div class="job_tit"><a href="/zf_user/jobs/relay/view?view_type=list&amp;rec_idx=${id}">${title}</a></div><p class="work_place">서울 강남구</p></div></div>`,
    ),
  fc
    .record({
      id: postingId,
      title: text,
      tag: fc.constantFrom('div', 'li', 'article', 'section'),
      cls: className,
    })
    .map(
      ({ id, title, tag, cls }) =>
        `<${tag} class="${cls}"><a href="https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=${id}&amp;t_ref=list">${title}</a></${tag}>`,
    ),
);

const jobkoreaCard = fc.oneof(
  fc
    .record({ id: postingId, title: text, company: text })
    .map(
      ({ id, title, company }) =>
        `<div data-sentry-component="CardJob"><a href="/Recruit/GI_Read/${id}" data-sentry-component="Title"><span>${title}</span></a><a href="/Recruit/GI_Read/${id}"><span>${company}</span></a></div>`,
    ),
  fc
    .record({
      id: postingId,
      title: text,
      tag: fc.constantFrom('div', 'li', 'article', 'section'),
      cls: className,
    })
    .map(
      ({ id, title, tag, cls }) =>
        `<${tag} class="${cls}"><a href="https://www.jobkorea.co.kr/Recruit/GI_Read/${id}?Oem_Code=C1">${title}</a></${tag}>`,
    ),
);

describe.each([
  { name: 'saramin', parse: parseSearch as Parser, card: saraminCard },
  { name: 'jobkorea', parse: parseList as Parser, card: jobkoreaCard },
])('$name: any page of random cards with posting links', ({ parse, card }) => {
  it('yields items or an unrecognized_markup entry, never both empty', () => {
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 6 }), text, (cards, chrome) => {
        const { items, issues } = parse(page(`<header>${chrome}</header>${cards.join('')}`), { now: NOW });
        const unrecognized = issues.filter((issue) => issue.code === 'unrecognized_markup');
        expect(items.length > 0 || unrecognized.length === 1).toBe(true);
        // The page-level entry stands only for a page that gave nothing else.
        if (unrecognized.length > 0) expect(items.length + issues.length).toBe(1);
        for (const entry of unrecognized) expect(bytes(entry.raw)).toBeLessThanOrEqual(MARKUP_SNIPPET_BYTES);
      }),
      { numRuns: 150 },
    );
  });
});

// The collector's side: a page the parser could not recognise is warned about as a likely block and ends
// its stream unread, so a block page never passes for a site with nothing listed.
describe('collect over a page that is not the list', () => {
  const servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function run(body: string, options: { state?: StateStore; answers?: string[] } = {}) {
    const answers = options.answers ?? [];
    const server = await startTestServer((_req, res) => sendText(res, 200, answers.shift() ?? body));
    servers.push(server);
    const adapter: SiteAdapter = {
      id: 'saramin',
      lists: () => [
        {
          name: 'saramin:개발자',
          request: (n) => ({
            kind: 'list',
            url: server.url('/zf_user/search/recruit'),
            searchParams: { recruitPage: n },
            responseType: 'text',
          }),
          // One page a run: the server's answers are per run.
          next: () => null,
        },
      ],
      parseList: (listed, context) => parseSearch(listed, context),
    };
    const http = createHttpClient({ perHostRate: Number.POSITIVE_INFINITY, retry: { limit: 0 } });
    const source = collectSite(adapter, {
      http,
      now: NOW,
      ...(options.state ? { state: options.state } : {}),
    });
    const items: RawPosting[] = [];
    for await (const item of source) items.push(item);
    return { items, result: await source.result, server, commit: () => source.commit() };
  }

  it.each([
    ['a block page', BLOCK_PAGE],
    ['a redesigned page', fixtureText('saramin/job-category.html').replaceAll('box_item', 'card_box')],
  ])('quarantines %s, warns of a likely block and stops the stream', async (_, body) => {
    const { items, result, server } = await run(body);
    expect(items).toEqual([]);
    expect(result.status).not.toBe('empty');
    expect(result.status).not.toBe('ok');
    expect(result.quarantine).toMatchObject([
      {
        code: 'unrecognized_markup',
        source: 'saramin',
        url: server.url('/zf_user/search/recruit?recruitPage=1'),
      },
    ]);
    expect(bytes(result.quarantine[0]?.raw)).toBeLessThanOrEqual(MARKUP_SNIPPET_BYTES);
    expect(result.warnings.join(' ')).toMatch(/likely blocked the crawler or changed its markup/);
    expect(server.requestsTo('/zf_user/search/recruit')).toHaveLength(1);
  });

  it('never reports the postings of an earlier run closed because of a block page', async () => {
    const state = memoryStateStore();
    const listed = await run(fixtureText('saramin/job-category.html'), { state });
    expect(listed.items).toHaveLength(4);
    await listed.commit();
    const blocked = await run(BLOCK_PAGE, { state });
    expect(blocked.result.closed).toEqual([]);
    expect(blocked.result.quarantine).toMatchObject([{ code: 'unrecognized_markup' }]);
  });

  it('leaves a search that found nothing an empty run', async () => {
    const { items, result } = await run(SARAMIN_EMPTY);
    expect(items).toEqual([]);
    expect(result.status).toBe('empty');
    expect(result.quarantine).toEqual([]);
  });
});
