// Hostile bodies never break the routing parsers: whatever ODsay or Kakao Mobility (or a proxy in front of
// them) sends, the pure readers answer null or a well-formed answer — a typed error for a refusal — and
// never throw; the failure classifiers turn any error body into a typed error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RouterAnswer } from '../../src/commute/_router.js';
import {
  classifyKakaoMobilityFailure,
  parseKakaoDirections,
} from '../../src/commute/kakao-mobility/parse-directions.js';
import { odsayErrorAnswer, parseOdsayAnswer, readOdsayError } from '../../src/commute/odsay/parse-odsay.js';
import { HttpStatusError, isOhmystackError } from '../../src/model/index.js';
import { answerDirections } from '../../src/testing/kakao-mobility/answers.js';
import { answerOdsayPath } from '../../src/testing/odsay/answers.js';
import { junk, mutateItem } from './_mutate.js';

const SEOUL = { lat: 37.5496, lng: 126.9139 };
const PANGYO = { lat: 37.3947, lng: 127.1112 };
const odsayBody = JSON.parse(answerOdsayPath(SEOUL, PANGYO)) as {
  result: { path: Record<string, unknown>[] };
};
const directionsBody = JSON.parse(answerDirections(SEOUL, PANGYO, true)) as {
  routes: Record<string, unknown>[];
};

/** A valid answer broken one or two levels down, as a changing API (or a hostile one) breaks it. */
const brokenOdsay = fc.oneof(
  mutateItem(odsayBody),
  mutateItem(odsayBody.result).map((result) => ({ result })),
  fc
    .tuple(mutateItem(odsayBody.result.path[1]), mutateItem(odsayBody.result.path[0]))
    .map((path) => ({ result: { path } })),
  fc
    .tuple(mutateItem((odsayBody.result.path[1] as { info: unknown }).info), junk)
    .map(([info, subPath]) => ({ result: { path: [{ pathType: 1, info, subPath }] } })),
  fc
    .tuple(junk, junk, fc.boolean())
    .map(([code, message, listed]) => ({ error: listed ? [{ code, message }] : { code, msg: message } })),
);
/** Paths whose numbers are anything a number field might hold. */
const oddNumbers = fc
  .record({
    totalTime: fc.oneof(fc.double(), fc.integer(), junk),
    totalDistance: fc.oneof(fc.double(), junk),
    busTransitCount: fc.oneof(fc.double(), fc.integer(), junk),
    subwayTransitCount: fc.oneof(fc.double(), fc.integer(), junk),
    pathType: fc.oneof(fc.integer({ min: -2, max: 20 }), junk),
  })
  .map(({ pathType, ...numbers }) => ({
    result: {
      path: [{ pathType, info: { ...numbers, firstStartStation: '합정', lastEndStation: '판교' } }],
    },
  }));
const brokenDirections = fc.oneof(
  mutateItem(directionsBody),
  mutateItem(directionsBody.routes[0]).map((route) => ({ routes: [route] })),
  mutateItem((directionsBody.routes[0] as { summary: unknown }).summary).map((summary) => ({
    routes: [{ result_code: 0, summary }],
  })),
  junk.map((result_code) => ({ routes: [{ result_code }] })),
);
const anyBody = fc.oneof(fc.anything(), fc.jsonValue(), junk);

/** Checks the invariants of any answer: finite non-negative numbers, known kinds, typed errors. */
function expectWellFormed(answer: RouterAnswer | null): void {
  if (answer === null) return;
  switch (answer.kind) {
    case 'route':
      expect(Number.isFinite(answer.minutes) && answer.minutes >= 0).toBe(true);
      if (answer.km !== undefined) expect(Number.isFinite(answer.km) && answer.km >= 0).toBe(true);
      if (answer.route) {
        expect(typeof answer.route.from).toBe('string');
        expect(typeof answer.route.to).toBe('string');
        expect(answer.route.lines.every((line) => typeof line === 'string')).toBe(true);
        expect(Number.isInteger(answer.route.transfers) && answer.route.transfers >= 0).toBe(true);
      }
      return;
    case 'walk':
    case 'no-route':
      return;
    case 'bad-answer':
      expect(typeof answer.reason).toBe('string');
      return;
    case 'auth':
    case 'quota':
    case 'propagate':
      expect(isOhmystackError(answer.error)).toBe(true);
      return;
    default:
      throw new Error(`unknown answer kind ${(answer as { kind: string }).kind}`);
  }
}

describe('routing parsers with hostile bodies', () => {
  it('parseOdsayAnswer answers null or a well-formed answer, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(brokenOdsay, oddNumbers, anyBody), (body) =>
        expectWellFormed(parseOdsayAnswer(body)),
      ),
      { numRuns: 600 },
    );
  });

  it('parseKakaoDirections answers null or a well-formed answer, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(brokenDirections, anyBody), (body) =>
        expectWellFormed(parseKakaoDirections(body)),
      ),
      { numRuns: 600 },
    );
  });

  it('the failure classifiers turn any error body and status into a typed failure', () => {
    const status = fc.integer({ min: 300, max: 599 });
    const body = fc.oneof(
      anyBody,
      brokenOdsay,
      junk.map((code) => ({ code, msg: 'x' })),
    );
    fc.assert(
      fc.property(status, body, (code, value) => {
        const error = new HttpStatusError({ method: 'GET', status: code, body: value });
        const failure = classifyKakaoMobilityFailure(error);
        expect(['auth', 'quota', 'bad-answer', 'propagate']).toContain(failure.kind);
        expectWellFormed(failure);
        const said = readOdsayError(value) ?? { code: undefined, message: undefined };
        expectWellFormed(odsayErrorAnswer(said, code));
      }),
      { numRuns: 400 },
    );
  });

  it('reads the documented shapes as the documentation says', () => {
    expect(parseOdsayAnswer({ error: { code: '-98', msg: '출, 도착지가 700m이내입니다.' } })).toEqual({
      kind: 'walk',
    });
    expect(parseOdsayAnswer({ error: { code: '-99', msg: '검색결과가 없습니다.' } })).toEqual({
      kind: 'no-route',
    });
    expect(
      parseOdsayAnswer({
        error: [{ code: '500', message: '[ApiKeyAuthFailed] ApiKey authentication failed.' }],
      })?.kind,
    ).toBe('auth');
    expect(parseOdsayAnswer({ result: { path: [] } })).toEqual({ kind: 'no-route' });
    expect(parseKakaoDirections({ routes: [{ result_code: 104, result_msg: '…' }] })).toMatchObject({
      minutes: 0,
    });
    expect(parseKakaoDirections({ routes: [{ result_code: 101 }] })).toEqual({ kind: 'no-route' });
    expect(
      parseKakaoDirections({ routes: [{ result_code: 0, summary: { distance: 18_500, duration: 1_860 } }] }),
    ).toEqual({ kind: 'route', minutes: 31, km: 18.5, via: 'road' });
  });
});
