import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobkoreaParsers } from '../../../src/sources/jobkorea/index.js';
import { jumpitParsers } from '../../../src/sources/jumpit/index.js';
import { wantedParsers } from '../../../src/sources/wanted/index.js';
import { createSiteReplica, type SiteReplica } from '../../../src/testing/index.js';

// Every route answers in the shape our parsers read; for the sites whose parsers are still being
// written (Programmers, Saramin, JSON-LD pages) the shape is checked against the sites' field lists.
let replica: SiteReplica;
const COUNT = 45;

beforeAll(async () => {
  replica = await createSiteReplica({ postingsPerSite: COUNT, seed: 11 });
});
afterAll(() => replica.close());

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

async function getText(url: string, init?: RequestInit): Promise<{ status: number; body: string }> {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.text() };
}

describe('jumpit', () => {
  it('pages of 16 parse with zero issues and add up to the posting count', async () => {
    const ids: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const { status, body } = await getJson(
        `${replica.baseUrls.jumpit}/api/positions?page=${page}&sort=reg_dt`,
      );
      expect(status).toBe(200);
      const { items, issues } = jumpitParsers.parseList(body);
      expect(issues).toEqual([]);
      expect((body as { result: { totalCount: number } }).result.totalCount).toBe(COUNT);
      ids.push(...items.map((i) => i.sourceId));
    }
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
  });

  it('filters by repeatable jobCategory ids', async () => {
    const backend = replica.postings('jumpit').filter((p) => p.category === '서버/백엔드 개발자');
    const front = replica.postings('jumpit').filter((p) => p.category === '프론트엔드 개발자');
    const { body } = await getJson(
      `${replica.baseUrls.jumpit}/api/positions?page=1&jobCategory=1&jobCategory=2`,
    );
    expect((body as { result: { totalCount: number } }).result.totalCount).toBe(
      backend.length + front.length,
    );
  });

  it('detail parses; an unknown id is 404', async () => {
    const posting = replica.postings('jumpit')[0]!;
    const { status, body } = await getJson(`${replica.baseUrls.jumpit}/api/position/${posting.id}`);
    expect(status).toBe(200);
    const { items, issues } = jumpitParsers.parseDetail(body);
    expect(issues).toEqual([]);
    expect(items[0]?.stackTags).toEqual(posting.stacks);
    expect((await fetch(`${replica.baseUrls.jumpit}/api/position/1`)).status).toBe(404);
  });
});

describe('wanted', () => {
  it('navigation list pages by offset/limit with links.next, parsing with zero issues', async () => {
    let next: string | null = `/wanted/api/chaos/navigation/v1/results?job_group_id=518&limit=20&offset=0`;
    const ids: string[] = [];
    while (next !== null) {
      const { body } = await getJson(`${replica.url}${next}`);
      const { items, issues } = wantedParsers.parseList(body);
      expect(issues).toEqual([]);
      ids.push(...items.map((i) => i.sourceId));
      next = (body as { links: { next: string | null } }).links.next;
    }
    expect(new Set(ids).size).toBe(COUNT);
  });

  it('v4 list parses and filters by tag_type_ids', async () => {
    const { body } = await getJson(`${replica.baseUrls.wanted}/api/v4/jobs?tag_type_ids=872&limit=100`);
    const { items, issues } = wantedParsers.parseList(body);
    expect(issues).toEqual([]);
    const expected = replica.postings('wanted').filter((p) => p.category === '서버/백엔드 개발자').length;
    expect(items).toHaveLength(expected);
    const all = await getJson(`${replica.baseUrls.wanted}/api/v4/jobs?tag_type_ids=518&limit=100`);
    expect(wantedParsers.parseList(all.body).items).toHaveLength(COUNT);
  });

  it('v4 and chaos v1 details parse with coordinates, sections and skill names', async () => {
    const posting = replica.postings('wanted')[3]!;
    for (const path of [`/api/v4/jobs/${posting.id}`, `/api/chaos/jobs/v1/${posting.id}/details`]) {
      const { status, body } = await getJson(`${replica.baseUrls.wanted}${path}`);
      expect(status).toBe(200);
      const { items, issues } = wantedParsers.parseDetail(body);
      expect(issues).toEqual([]);
      expect(items[0]?.title).toBe(posting.title);
      expect(items[0]?.stackTags).toEqual(posting.stacks);
      expect(items[0]?.coordinates?.lat).toBeGreaterThan(33);
      expect(items[0]?.sections?.mainTasks).toBe(posting.mainTasks);
    }
    const chaos = (await getJson(`${replica.baseUrls.wanted}/api/chaos/jobs/v1/${posting.id}/details`))
      .body as {
      job: {
        skill_tags: { tag_type_id: number; text: string }[];
        category_tag: { parent_tag: { id: number } };
      };
    };
    expect(chaos.job.skill_tags[0]).toEqual({ tag_type_id: expect.any(Number), text: posting.stacks[0] });
    expect(chaos.job.category_tag.parent_tag.id).toBe(518);
  });

  it('the skill dictionary names every skill id a list shows', async () => {
    const { body } = await getJson(`${replica.baseUrls.wantedStatic}/tags?tags=skill`);
    const dictionary = z
      .object({ skill: z.array(z.object({ id: z.number(), title: z.string() })) })
      .parse(body);
    const known = new Set(dictionary.skill.map((s) => s.id));
    const list = (await getJson(`${replica.baseUrls.wanted}/api/chaos/navigation/v1/results?limit=100`))
      .body as {
      data: { skill_tags: number[] }[];
    };
    for (const item of list.data) for (const id of item.skill_tags) expect(known.has(id)).toBe(true);
  });
});

const ProgrammersItem = z.looseObject({
  id: z.number(),
  title: z.string(),
  url: z.string(),
  address: z.string(),
  careerRange: z.string(),
  companyId: z.number(),
  jobType: z.string(),
  minSalary: z.number().nullable(),
  maxSalary: z.number().nullable(),
  status: z.string(),
  startAt: z.string(),
  period: z.string(),
  jobCategoryIds: z.array(z.number()),
  technicalTags: z.array(z.looseObject({ id: z.number(), name: z.string(), display_order: z.number() })),
  company: z.looseObject({ id: z.number(), name: z.string(), address: z.string() }),
});

describe('programmers', () => {
  it('list pages carry the API fields and totals that add up', async () => {
    const first = (await getJson(`${replica.baseUrls.programmers}/api/job_positions?page=1`)).body;
    const page = z
      .object({
        jobPositions: z.array(ProgrammersItem),
        filterParams: z.looseObject({ order: z.string() }),
        page: z.string(),
        totalPages: z.number(),
        totalEntries: z.number(),
      })
      .parse(first);
    expect(page.totalEntries).toBe(COUNT);
    let seen = 0;
    for (let n = 1; n <= page.totalPages; n++) {
      const body = (await getJson(`${replica.baseUrls.programmers}/api/job_positions?page=${n}`)).body as {
        jobPositions: unknown[];
      };
      seen += body.jobPositions.length;
    }
    expect(seen).toBe(COUNT);
    const filtered = (await getJson(`${replica.baseUrls.programmers}/api/job_positions?job_category_ids[]=1`))
      .body;
    const backend = replica.postings('programmers').filter((p) => p.category === '서버/백엔드 개발자').length;
    expect((filtered as { totalEntries: number }).totalEntries).toBe(backend);
  });

  it('detail has coordinates and a schema.org JobPosting under settings.google', async () => {
    const posting = replica.postings('programmers')[0]!;
    const { status, body } = await getJson(`${replica.baseUrls.programmers}/api/job_positions/${posting.id}`);
    expect(status).toBe(200);
    const detail = z
      .object({
        jobPosition: ProgrammersItem.extend({
          latitude: z.number(),
          longitude: z.number(),
          description: z.string(),
          requirement: z.string(),
          preferredExperience: z.string(),
          teamEnvironment: z.looseObject({ versionControl: z.string() }),
        }),
        settings: z.object({
          google: z.object({
            jobPosition: z.looseObject({ '@type': z.literal('JobPosting'), title: z.string() }),
          }),
          tagManager: z.unknown(),
        }),
      })
      .parse(body);
    expect(detail.jobPosition.title).toBe(posting.title);
    expect(detail.settings.google.jobPosition.title).toBe(posting.title);
  });
});

describe('saramin', () => {
  it('the Open API answers jobs{count,start,total,job[]} with string timestamps and entity-escaped places', async () => {
    const url = `${replica.baseUrls.saraminApi}/job-search?access-key=replica-key&job_mid_cd=2&count=20`;
    const pages: unknown[] = [];
    for (let start = 0; start < 3; start++) pages.push((await getJson(`${url}&start=${start}`)).body);
    const Job = z.looseObject({
      id: z.string().regex(/^\d+$/),
      url: z.string(),
      active: z.number(),
      company: z.object({ detail: z.object({ href: z.string(), name: z.string() }) }),
      position: z.looseObject({
        title: z.string(),
        location: z.object({ code: z.string(), name: z.string().regex(/ &gt; /) }),
        'experience-level': z.object({
          code: z.number(),
          min: z.number(),
          max: z.number(),
          name: z.string(),
        }),
      }),
      keyword: z.string(),
      salary: z.object({ code: z.string(), name: z.string() }),
      'posting-timestamp': z.string().regex(/^\d{10}$/),
      'expiration-timestamp': z.string().regex(/^\d{10}$/),
      'close-type': z.object({ code: z.string(), name: z.string() }),
    });
    const Page = z.object({
      jobs: z.object({ count: z.number(), start: z.number(), total: z.string(), job: z.array(Job) }),
    });
    const parsed = pages.map((p) => Page.parse(p));
    expect(parsed.map((p) => p.jobs.count)).toEqual([20, 20, 5]);
    expect(parsed[0]?.jobs.total).toBe(String(COUNT));
  });

  it('the Open API refuses a missing (400) or wrong (403) key', async () => {
    const missing = await getJson(`${replica.baseUrls.saraminApi}/job-search?count=1`);
    expect(missing.status).toBe(400);
    const wrong = await getJson(`${replica.baseUrls.saraminApi}/job-search?access-key=nope&count=1`);
    expect(wrong).toEqual({ status: 403, body: { code: 3, message: 'invalid access-key' } });
  });

  it('search pages hold item_recruit cards that add up to the total', async () => {
    const ids: string[] = [];
    for (let page = 1; page <= 2; page++) {
      const { body } = await getText(
        `${replica.baseUrls.saramin}/zf_user/search/recruit?searchword=&recruitPage=${page}&recruitPageCount=40`,
      );
      const $ = load(body);
      expect($('.cnt_result').text()).toBe(`총 ${COUNT}건`);
      $('div.item_recruit').each((_, card) => {
        ids.push($(card).attr('value') ?? '');
        expect($(card).find('.job_tit a').attr('title')).toBeTruthy();
        expect($(card).find('.corp_name a').text()).toBeTruthy();
        expect($(card).find('.job_condition > span').length).toBeGreaterThanOrEqual(4);
        expect($(card).find('.job_date .date').text()).toMatch(/^(~ \d\d\/\d\d\(.\)|상시채용)$/);
      });
    }
    expect(new Set(ids).size).toBe(COUNT);
  });

  it('view-ajax answers the .jv_* detail blocks for a POSTed rec_idx', async () => {
    const posting = replica.postings('saramin')[2]!;
    const { status, body } = await getText(`${replica.baseUrls.saramin}/zf_user/jobs/relay/view-ajax`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-requested-with': 'XMLHttpRequest' },
      body: new URLSearchParams({ rec_idx: String(posting.id), rec_seq: '0' }),
    });
    expect(status).toBe(200);
    const $ = load(body);
    expect($('.wrap_jv_header h1.tit_job').text()).toBe(posting.title);
    expect($('.wrap_jv_header .company').text()).toBe(posting.company);
    const terms = $('.jv_cont.jv_summary dt')
      .map((_, dt) => $(dt).text())
      .get();
    expect(terms).toEqual(['경력', '학력', '근무형태', '급여', '근무일시', '근무지역']);
    const location = $('.jv_cont.jv_location');
    expect(location.attr('data-address')).toMatch(/^\(\d{5}\) \S+ /);
    expect(Number(location.attr('data-latitude'))).toBeGreaterThan(33);
    expect(Number(location.attr('data-longitude'))).toBeGreaterThan(124);
    expect($('.info_period dd').first().text()).toMatch(/^\d{4}\.\d\d\.\d\d 00:00$/);
  });
});

describe('jobkorea', () => {
  it('search pages parse with zero issues and add up to the total', async () => {
    const ids: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const { body } = await getText(
        `${replica.baseUrls.jobkorea}/Search/?stext=&tabType=recruit&Page_No=${page}`,
      );
      const { items, issues } = jobkoreaParsers.parseList(body);
      expect(issues).toEqual([]);
      for (const item of items) {
        expect(item.locations?.[0]).toMatch(/^\S+ \S+/);
        expect(item.deadline).toBeTruthy();
        expect(item.career).toBeTruthy();
      }
      ids.push(...items.map((i) => i.sourceId));
    }
    expect(new Set(ids).size).toBe(COUNT);
  });

  it('GI_Read pages parse: JSON-LD, 모집요강 rows and skills', async () => {
    const posting = replica.postings('jobkorea')[5]!;
    const { status, body } = await getText(
      `${replica.baseUrls.jobkorea}/Recruit/GI_Read/${posting.id}?Oem_Code=C1`,
    );
    expect(status).toBe(200);
    const { items, issues } = jobkoreaParsers.parseDetail(body);
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({
      sourceId: String(posting.id),
      title: posting.title,
      company: posting.company,
    });
    expect(items[0]?.stackTags).toEqual(posting.stacks);
    expect(items[0]?.employmentType).toBe(posting.employmentType);
  });
});

describe('careers (JSON-LD)', () => {
  const JobPosting = z.looseObject({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('JobPosting'),
    title: z.string(),
    datePosted: z.string(),
    hiringOrganization: z.looseObject({ name: z.string() }),
    jobLocation: z.looseObject({
      address: z.looseObject({
        streetAddress: z.string(),
        addressLocality: z.string(),
        addressRegion: z.string(),
      }),
    }),
  });

  it('the sitemap lists every live job once, static or client-rendered', async () => {
    const { body } = await getText(`${replica.baseUrls.careers}/sitemap.xml`);
    const locs = [...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toHaveLength(COUNT);
    expect(locs.some((l) => l.includes('/careers/app/jobs/'))).toBe(true);
    expect(locs.every((l) => l.startsWith(`${replica.url}/careers/`))).toBe(true);
  });

  it('a static page carries the JobPosting; the client-rendered one only after its script runs', async () => {
    const posting = replica.postings('careers')[0]!;
    const page = load((await getText(`${replica.baseUrls.careers}/jobs/${posting.id}`)).body);
    const ld = JobPosting.parse(JSON.parse(page('script[type="application/ld+json"]').text()));
    expect(ld.title).toBe(posting.title);
    const app = (await getText(`${replica.baseUrls.careers}/app/jobs/${posting.id}`)).body;
    expect(app).not.toContain('application/ld+json"');
    expect(app).not.toContain(posting.title);
    // What the inline script would insert, decoded as the browser does.
    const payload = app.match(/var data = "([^"]+)"/)?.[1] ?? '';
    const decoded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as {
      ld: unknown;
      html: string;
    };
    expect(JobPosting.parse(decoded.ld).title).toBe(posting.title);
    expect(decoded.html).toContain(posting.company.replace(/&/g, '&amp;'));
  });
});

describe('robots.txt and unknown paths', () => {
  it('allows everything but /private/ under each prefix', async () => {
    const { status, body } = await getText(`${replica.url}/robots.txt`);
    expect(status).toBe(200);
    expect(body).toContain('Disallow: /jumpit/private/');
    expect(body).toContain('Disallow: /wanted-static/private/');
    expect(body).toContain('Disallow: /careers/private/');
    expect(body).not.toContain('Crawl-delay');
    expect(body).toContain(`Sitemap: ${replica.url}/careers/sitemap.xml`);
  });

  it('serves Crawl-delay when asked', async () => {
    const other = await createSiteReplica({ postingsPerSite: 1, crawlDelay: 2 });
    try {
      expect((await getText(`${other.url}/robots.txt`)).body).toContain('Crawl-delay: 2');
    } finally {
      await other.close();
    }
  });

  it('answers 404 for paths no site has', async () => {
    expect((await fetch(`${replica.url}/nowhere`)).status).toBe(404);
    expect((await fetch(`${replica.baseUrls.jumpit}/api/unknown`)).status).toBe(404);
  });
});
