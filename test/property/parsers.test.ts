// Mutated real-shaped bodies: the parsers may refuse a whole body only with ParseError, and every item
// they were given ends up either read or quarantined — never dropped, never duplicated.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOBKOREA_SELECTORS, jobkoreaParsers } from '../../src/sources/jobkorea/index.js';
import { jumpitParsers } from '../../src/sources/jumpit/index.js';
import { rallitParsers } from '../../src/sources/rallit/index.js';
import { wantedParsers } from '../../src/sources/wanted/index.js';
import { expectEveryCard, mutateItem, mutateItems, runParser } from './_mutate.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const json = (path: string): unknown => JSON.parse(fixture(path));

const withItems = (body: unknown, at: (b: Record<string, unknown>) => Record<string, unknown>, key: string) =>
  fc.constant(body).chain((b) => {
    const items = at(b as Record<string, unknown>)[key] as unknown[];
    return mutateItems(items).map((mutated) => {
      const copy = structuredClone(b) as Record<string, unknown>;
      at(copy)[key] = mutated;
      return { body: copy, count: mutated.length };
    });
  });

const LISTS = [
  [
    'jumpit',
    jumpitParsers.parseList,
    withItems(json('jumpit/positions-list.json'), (b) => b.result as Record<string, unknown>, 'positions'),
  ],
  [
    'wanted navigation',
    wantedParsers.parseList,
    withItems(json('wanted/navigation-list.json'), (b) => b, 'data'),
  ],
  ['wanted v4', wantedParsers.parseList, withItems(json('wanted/v4-list.json'), (b) => b, 'data')],
  [
    'rallit',
    rallitParsers.parseList,
    withItems(json('rallit/position-list.json'), (b) => b.data as Record<string, unknown>, 'items'),
  ],
] as const;

describe.each(LISTS)('%s parseList on mutated items', (_name, parse, arbitrary) => {
  it('reads or quarantines every item, never throws', () => {
    fc.assert(
      fc.property(arbitrary, ({ body, count }) => {
        const result = parse(body);
        expect(result.items.length + result.issues.length).toBe(count);
      }),
      { numRuns: 200 },
    );
  });
});

const DETAILS = [
  ['jumpit', jumpitParsers.parseDetail, json('jumpit/position-detail.json'), 'result'],
  ['wanted v4', wantedParsers.parseDetail, json('wanted/v4-detail.json'), 'job'],
  ['wanted chaos v1', wantedParsers.parseDetail, json('wanted/chaos-v1-detail.json'), 'job'],
  ['rallit', rallitParsers.parseDetail, json('rallit/position-detail.json'), 'data'],
] as const;

describe.each(DETAILS)('%s parseDetail on a mutated item', (_name, parse, body, key) => {
  it('gives one item or one issue, or throws ParseError', () => {
    const item = (body as Record<string, unknown>)[key];
    fc.assert(
      fc.property(mutateItem(item), (mutated) => {
        const result = runParser(() => parse({ ...(body as object), [key]: mutated }));
        if (result) expect(result.items.length + result.issues.length).toBeLessThanOrEqual(1);
        if (result && typeof mutated === 'object' && mutated !== null && !Array.isArray(mutated)) {
          expect(result.items.length + result.issues.length).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});

const BODIES = [
  json('jumpit/positions-list.json'),
  json('jumpit/position-detail.json'),
  json('wanted/navigation-list.json'),
  json('wanted/chaos-v4-detail.json'),
  json('rallit/position-list.json'),
  json('rallit/position-detail.json'),
];
const ALL_JSON_PARSERS = [
  jumpitParsers.parseList,
  jumpitParsers.parseDetail,
  wantedParsers.parseList,
  wantedParsers.parseDetail,
  rallitParsers.parseList,
  rallitParsers.parseDetail,
];

describe('JSON parsers on truncated or foreign bodies', () => {
  it('never throw anything but ParseError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BODIES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...ALL_JSON_PARSERS),
        (body, cut, parse) => {
          const source = JSON.stringify(body);
          const truncated = source.slice(0, Math.floor(source.length * cut));
          let value: unknown = truncated;
          try {
            value = JSON.parse(truncated);
          } catch {
            // A truncated text is handed over as is, the way a collector might pass an unread body.
          }
          runParser(() => parse(value));
          runParser(() => parse(body));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...ALL_JSON_PARSERS), (value, parse) => {
        runParser(() => parse(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('JobKorea parsers on garbage and cut HTML', () => {
  const search = fixture('jobkorea/search.html');
  const detail = fixture('jobkorea/detail.html');
  const cards = (search.match(/data-sentry-component="CardJob"/g) ?? []).length;
  const CARD = JOBKOREA_SELECTORS.list.card;

  it('count cards exactly on the intact page', () => {
    const result = jobkoreaParsers.parseList(search);
    expect(result.items.length + result.issues.length).toBe(cards);
  });

  it('never throw anything but ParseError on cut or spliced pages', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(search, detail),
        fc.nat(),
        fc.nat(),
        fc.string({
          unit: fc.constantFrom('<', '>', '/', '"', '=', 'a', 'div', 'span', '한', ' ', '{', '}'),
        }),
        (html, a, b, noise) => {
          const [from, to] = [a % html.length, b % html.length].sort((x, y) => x - y) as [number, number];
          const mangled = html.slice(0, from) + noise + html.slice(to);
          const list = runParser(() => jobkoreaParsers.parseList(mangled));
          // The HTML tree builder repairs broken markup (it may even clone nodes), so the cards to
          // account for are those the parsed tree holds, not the text occurrences.
          if (list) expectEveryCard(list, load(mangled)(CARD).length);
          const one = runParser(() => jobkoreaParsers.parseDetail(mangled));
          if (one) expect(one.items.length + one.issues.length).toBe(1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throw anything but ParseError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue()), (value) => {
        runParser(() => jobkoreaParsers.parseList(value));
        runParser(() => jobkoreaParsers.parseDetail(value));
      }),
      { numRuns: 300 },
    );
  });
});
