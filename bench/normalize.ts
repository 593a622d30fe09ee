// normalizePosting throughput on one core over 50,000 raw postings in the real sites' shapes (Jumpit
// list pages and detail bodies, Wanted navigation pages), beside JSON.parse of the same bodies: the
// floor every pipeline pays. Target: ≥ 50,000 postings/s and normalize ≤ 3 × parse.
import type { RawPosting } from '../src/model/raw-posting.js';
import { normalizePosting } from '../src/normalize/index.js';
import { jumpitParsers } from '../src/sources/jumpit/index.js';
import { wantedParsers } from '../src/sources/wanted/index.js';
import { generatePostings } from '../src/testing/generate-postings.js';
import { jumpitDetailResult, jumpitListItem } from '../src/testing/shapes/jumpit.js';
import { wantedNavigationItem } from '../src/testing/shapes/wanted.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

const POSTINGS = 50_000;
const PAGE_SIZE = 16;
const TARGET_PER_SECOND = 50_000;
const TARGET_RATIO = 3;

interface Body {
  text: string;
  parse: (body: unknown) => { items: RawPosting[] };
}

// A third of the corpus each: list pages of 16 (no descriptions), details (descriptions), Wanted pages.
function corpus(): Body[] {
  const postings = generatePostings({ count: POSTINGS, seed: 50_000 });
  const bodies: Body[] = [];
  const third = Math.floor(POSTINGS / 3);
  for (let at = 0; at < third; at += PAGE_SIZE) {
    const positions = postings.slice(at, Math.min(at + PAGE_SIZE, third)).map(jumpitListItem);
    const page = {
      message: '포지션 리스트가 조회되었습니다.',
      status: 200,
      code: 'P004',
      result: { totalCount: third, page: at / PAGE_SIZE + 1, positions },
    };
    bodies.push({ text: JSON.stringify(page), parse: jumpitParsers.parseList });
  }
  for (const posting of postings.slice(third, 2 * third)) {
    const detail = {
      message: '조회에 성공하셨습니다.',
      status: 200,
      code: 'C001',
      result: jumpitDetailResult(posting),
    };
    bodies.push({ text: JSON.stringify(detail), parse: jumpitParsers.parseDetail });
  }
  for (let at = 2 * third; at < POSTINGS; at += PAGE_SIZE) {
    const data = postings.slice(at, Math.min(at + PAGE_SIZE, POSTINGS)).map(wantedNavigationItem);
    bodies.push({
      text: JSON.stringify({ data, links: { prev: null, next: null } }),
      parse: wantedParsers.parseList,
    });
  }
  return bodies;
}

/** Returns normalizePosting throughput and its ratio to JSON.parse of the same raw bodies. */
export async function benchNormalize(): Promise<BenchResult[]> {
  const bodies = corpus();
  const megabytes = bodies.reduce((sum, body) => sum + Buffer.byteLength(body.text), 0) / 1e6;
  const parsed = bodies.map((body) => JSON.parse(body.text));
  const raws = bodies.flatMap((body, index) => body.parse(parsed[index]).items);
  const now = new Date('2026-11-29T09:00:00+09:00');

  const {
    jsonParse: parseMs,
    siteParser: siteParseMs,
    normalize: normalizeMs,
    withMentions: withMentionsMs,
  } = sideBySide({
    jsonParse: () => {
      for (const body of bodies) JSON.parse(body.text);
    },
    siteParser: () => {
      for (let index = 0; index < bodies.length; index++) bodies[index]!.parse(parsed[index]);
    },
    normalize: () => {
      for (const raw of raws) normalizePosting(raw, { now });
    },
    withMentions: () => {
      for (const raw of raws) normalizePosting(raw, { now, mentions: true });
    },
  });

  const perSecond = (raws.length / normalizeMs) * 1000;
  const ratio = normalizeMs / parseMs;
  return [
    {
      name: 'normalizePosting throughput',
      value: perSecond,
      unit: 'postings/s',
      target: `>= ${TARGET_PER_SECOND}`,
      ok: perSecond >= TARGET_PER_SECOND,
      detail: {
        postings: raws.length,
        megabytes,
        normalizeMs,
        withMentionsPerSecond: (raws.length / withMentionsMs) * 1000,
      },
    },
    {
      name: 'normalizePosting time / JSON.parse time',
      value: ratio,
      unit: '×',
      target: `<= ${TARGET_RATIO}`,
      ok: ratio <= TARGET_RATIO,
      detail: {
        jsonParseMs: parseMs,
        normalizeMs,
        siteParserMs: siteParseMs,
        withMentionsRatio: withMentionsMs / parseMs,
      },
    },
  ];
}

if (process.argv[1]?.endsWith('normalize.ts')) {
  for (const result of await benchNormalize()) console.log(formatResult(result));
}
