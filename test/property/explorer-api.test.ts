// Hostile query strings and bodies thrown at the explorer's API over a real server: whatever arrives, the
// answer is never a 5xx and always JSON — a normal answer, or an error naming the parameter or field.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningExplorer, serveExplorer } from '../../src/explorer/index.js';
import { SEARCH_PARAMS } from '../../src/explorer/search-query.js';
import { NOW, writeExplorerLake } from '../integration/explorer/_explorer-lake.js';

let explorer: RunningExplorer;
let remove: () => Promise<void>;

beforeAll(async () => {
  const written = await writeExplorerLake();
  remove = written.remove;
  explorer = await serveExplorer({ lake: written.lake, now: () => NOW });
});

afterAll(async () => {
  await explorer?.close();
  await remove?.();
});

/** Text a person, a typo or an attacker might send: SQL, markup, odd Unicode, numbers out of range. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    "' OR 1=1 --",
    "'); DROP TABLE current; --",
    '$1',
    '%',
    '_',
    '\\',
    '<script>alert(1)</script>',
    '신입',
    '서울',
    '경기 분당구',
    '리액트, Spring',
    '-1',
    '0',
    '1e9',
    '99999999999999999999',
    'NaN',
    '2026-02-30',
    '2026-11-20',
    'unclassified',
    '\u0000',
    '\ud800',
    ' , , ',
    'x'.repeat(600),
  ),
);

const paramName = fc.oneof(
  fc.constantFrom(...SEARCH_PARAMS, 'by', 'from', 'to', 'limit'),
  fc.string({ maxLength: 12 }),
);

async function expectSound(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { error: { code: unknown; message: unknown; field: string } };
  if (response.status >= 400) {
    expect(typeof body.error.code).toBe('string');
    expect(typeof body.error.message).toBe('string');
    expect(typeof body.error.field).toBe('string');
    expect(body.error.field.length).toBeGreaterThan(0);
  }
}

describe('explorer API under hostile input (property)', () => {
  it('GET /api/postings, /api/trends and /api/postings/:id never answer 5xx or anything but JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/postings', '/api/trends', '/api/map', '/api/postings/'),
        fc.array(fc.tuple(paramName, hostileText), { maxLength: 6 }),
        hostileText,
        async (path, pairs, id) => {
          const params = new URLSearchParams(pairs);
          // A lone surrogate cannot be percent-encoded; a client sends its replacement character.
          const segment = encodeURIComponent(id.replace(/[\ud800-\udfff]/g, '\ufffd')) || 'x';
          const target = path.endsWith('/') ? `${path}${segment}` : path;
          const response = await fetch(`${explorer.url.slice(0, -1)}${target}?${params}`);
          await expectSound(response);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('POST /api/recommend never answers 5xx for any JSON, malformed JSON or near-profile body', async () => {
    const profileLike = fc.record(
      {
        stacks: fc.oneof(hostileText, fc.array(hostileText, { maxLength: 4 }), fc.integer()),
        intro: hostileText,
        years: fc.oneof(fc.double(), fc.integer({ min: -5, max: 100 }), hostileText),
        newcomer: fc.oneof(fc.boolean(), hostileText),
        home: fc.oneof(hostileText, fc.record({ lat: fc.double(), lng: fc.double() })),
        commute: fc.oneof(
          fc.record({ mode: hostileText, maxMinutes: fc.oneof(fc.double(), fc.integer()) }),
          hostileText,
        ),
        families: fc.array(hostileText, { maxLength: 3 }),
        regions: fc.array(hostileText, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      profileLike.map((value) => JSON.stringify(value)),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.string({ maxLength: 60 }),
      fc.constantFrom('', '{', 'null', '[]', '{"stacks":"java"', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('', '?limit=3', '?limit=0', '?limit=abc', '?size=3'),
        async (text, query) => {
          const response = await fetch(`${explorer.url}api/recommend${query}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: text,
          });
          await expectSound(response);
        },
      ),
      { numRuns: 200 },
    );
  });
});
