// Mutated bodies for the Programmers, Saramin and JSON-LD parsers: only ParseError may refuse a whole
// body, every item given is read or quarantined exactly once, and the Saramin key never gets out.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../../src/model/quarantine.js';
import { jsonLdParsers, readLdBlocksOf } from '../../src/sources/json-ld/index.js';
import { programmersParsers } from '../../src/sources/programmers/index.js';
import { SARAMIN_SELECTORS, saraminParsers } from '../../src/sources/saramin/index.js';
import { expectEveryCard, junk, mutateItem, mutateItems, runParser } from './_mutate.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const json = (path: string): Record<string, unknown> => JSON.parse(fixture(path));
const KEY = 'TESTKEYzzQ9x7';
const PAGE = 'https://careers.gaon.example.test/jobs/backend-17';

const programmersList = json('programmers/job-positions-list.json');
const programmersDetail = json('programmers/job-position-detail.json');
const saraminApi = json('saramin/job-search.json');
const saraminJobs = (saraminApi.jobs as { job: unknown[] }).job;

describe('JSON list parsers on mutated items', () => {
  it('programmers parseList reads or quarantines every item', () => {
    fc.assert(
      fc.property(mutateItems(programmersList.jobPositions as unknown[]), (mutated) => {
        const result = programmersParsers.parseList({ ...programmersList, jobPositions: mutated });
        expect(result.items.length + result.issues.length).toBe(mutated.length);
      }),
      { numRuns: 200 },
    );
  });

  it('saramin parseApi reads or quarantines every job and never shows the key', () => {
    fc.assert(
      fc.property(mutateItems(saraminJobs), (mutated) => {
        const result = saraminParsers.parseApi({ jobs: { ...(saraminApi.jobs as object), job: mutated } });
        expect(result.items.length + result.issues.length).toBe(mutated.length);
        expect(JSON.stringify(result)).not.toContain(KEY);
      }),
      { numRuns: 200 },
    );
  });

  it('programmers parseDetail gives one item or one issue, or throws ParseError', () => {
    fc.assert(
      fc.property(
        mutateItem(programmersDetail.jobPosition),
        mutateItem(programmersDetail.settings),
        (job, settings) => {
          const result = runParser(() => programmersParsers.parseDetail({ jobPosition: job, settings }));
          if (result) expect(result.items.length + result.issues.length).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('JSON parsers on truncated or foreign bodies', () => {
  const parsers = [programmersParsers.parseList, programmersParsers.parseDetail, saraminParsers.parseApi];
  const bodies = [programmersList, programmersDetail, saraminApi];

  it('never throw anything but ParseError, and never show the key', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...parsers),
        (body, cut, parse) => {
          const source = JSON.stringify(body);
          const truncated = source.slice(0, Math.floor(source.length * cut));
          let value: unknown = truncated;
          try {
            value = JSON.parse(truncated);
          } catch {
            // A truncated text is handed over as is, the way a collector might pass an unread body.
          }
          const result = runParser(() => parse(value));
          if (result) expect(JSON.stringify(result)).not.toContain(KEY);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...parsers), (value, parse) => {
        runParser(() => parse(value));
      }),
      { numRuns: 300 },
    );
  });
});

const noise = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    '"',
    '=',
    'a',
    'div',
    'span',
    'dt',
    'dd',
    '한',
    ' ',
    '{',
    '}',
    ',',
    '&',
  ),
});
/** A page with a slice replaced by noise. */
const spliced = (html: string) =>
  fc.tuple(fc.nat(), fc.nat(), noise).map(([a, b, text]) => {
    const [from, to] = [a % html.length, b % html.length].sort((x, y) => x - y) as [number, number];
    return html.slice(0, from) + text + html.slice(to);
  });

describe('Saramin HTML parsers on garbage and cut pages', () => {
  const search = fixture('saramin/search.html');
  const detail = fixture('saramin/view-ajax-detail.html');
  const CARD = SARAMIN_SELECTORS.search.card;

  it('account for every card the parsed tree holds', () => {
    fc.assert(
      fc.property(spliced(search), (html) => {
        const list = runParser(() => saraminParsers.parseSearch(html));
        if (list) expectEveryCard(list, load(html)(CARD).length);
      }),
      { numRuns: 150 },
    );
  });

  it('give one detail item or issue, or throw ParseError', () => {
    fc.assert(
      fc.property(spliced(detail), (html) => {
        const one = runParser(() => saraminParsers.parseDetail(html));
        if (one) expect(one.items.length + one.issues.length).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it('never throw anything but ParseError on arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (value) => {
        runParser(() => saraminParsers.parseSearch(value));
        runParser(() => saraminParsers.parseDetail(value));
      }),
      { numRuns: 300 },
    );
  });
});

/** Returns how many results a page must give: its JobPosting nodes plus its broken blocks. */
function expectedResults(html: string): number {
  return readLdBlocksOf(html).reduce((n, block) => n + (block.ok ? block.postings.length : 1), 0);
}

describe('JSON-LD readers on cut, spliced and invented pages', () => {
  const page = fixture('json-ld/posting-page.html');

  it('read or quarantine every posting and every broken block', () => {
    fc.assert(
      fc.property(spliced(page), (html) => {
        const result = runParser(() => jsonLdParsers.extractJobPostings(html, PAGE));
        if (result) expect(result.items.length + result.issues.length).toBe(expectedResults(html));
        expect(typeof jsonLdParsers.looksClientRendered(html)).toBe('boolean');
      }),
      { numRuns: 150 },
    );
  });

  const posting = fc.record(
    {
      '@type': fc.constantFrom('JobPosting', ['JobPosting'], 'schema:JobPosting'),
      title: fc.oneof(fc.string(), junk),
      hiringOrganization: fc.oneof(fc.string(), junk, fc.record({ name: fc.oneof(fc.string(), junk) })),
      employmentType: junk,
      jobLocation: fc.oneof(
        junk,
        fc.record({ address: junk, geo: fc.record({ latitude: junk, longitude: junk }) }),
      ),
      baseSalary: fc.oneof(
        junk,
        fc.record({
          currency: junk,
          value: fc.oneof(junk, fc.record({ minValue: junk, maxValue: junk, unitText: junk })),
        }),
      ),
      experienceRequirements: fc.oneof(junk, fc.record({ monthsOfExperience: junk })),
      skills: junk,
      identifier: fc.oneof(junk, fc.record({ value: junk })),
      url: junk,
      datePosted: junk,
      description: junk,
    },
    { requiredKeys: ['@type'] },
  );

  it('give one result per invented posting, and quarantine a block cut anywhere', () => {
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 5 }), fc.boolean(), fc.nat(), (postings, graph, cut) => {
        const block = JSON.stringify(graph ? { '@graph': postings } : postings);
        const whole = `<html><head><script type="application/ld+json">${block}</script></head></html>`;
        const result = jsonLdParsers.extractJobPostings(whole, PAGE) as ParseResult<unknown>;
        expect(result.items.length + result.issues.length).toBe(postings.length);
        const short = block.slice(0, cut % Math.max(block.length, 1));
        const broken = `<html><head><script type="application/ld+json">${short}</script></head></html>`;
        const partial = jsonLdParsers.extractJobPostings(broken, PAGE);
        expect(partial.items.length + partial.issues.length).toBe(expectedResults(broken));
      }),
      { numRuns: 200 },
    );
  });

  it('never throw anything but ParseError on arbitrary values; sitemaps the same', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (value) => {
        runParser(() => jsonLdParsers.extractJobPostings(value, PAGE));
        runParser(() => jsonLdParsers.parseSitemap(value));
        expect(typeof jsonLdParsers.looksClientRendered(value)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('read every loc of a spliced sitemap without throwing anything but ParseError', () => {
    const sitemap = fixture('json-ld/sitemap.xml');
    fc.assert(
      fc.property(spliced(sitemap), (xml) => {
        const result = runParser(() => jsonLdParsers.parseSitemap(xml));
        if (result) for (const url of result.urls) expect(url.trim()).toBe(url);
      }),
      { numRuns: 150 },
    );
  });
});
