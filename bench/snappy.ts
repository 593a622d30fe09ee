// snappyjs, the Parquet writer's page compressor (as the writer calls it: into its scratch's own
// output buffer, EncoderScratch.compress), on what the lake's Parquet writer compresses: the
// column pages (dictionary and data pages, before compression) of the demo's postings — 4,000 generated
// postings through the Jumpit parser, normalizePosting, the offline gazetteer, toPostingRow and explode
// — taken back out of the files the writer makes, timed beside the whole Parquet encoding of the same
// rows (what share of it compression is). Every page must round-trip before anything is timed. Rounds
// alternate the two; medians after one warm-up round.
//
// The writer had its own snappy compressor until this bench put it beside snappyjs: on these pages it
// took 1.2–1.9× snappyjs's time (medians of 7 alternating rounds, over six runs) and its output was
// 0.08% larger, so the writer uses the library.
import snappyjs from 'snappyjs';
import { explode } from '../src/features/explode.js';
import { toPostingRow } from '../src/features/posting-row.js';
import { gazetteerGeocoder } from '../src/geo/gazetteer.js';
import type { Posting } from '../src/model/posting.js';
import { normalizePosting } from '../src/normalize/posting.js';
import { EncoderScratch } from '../src/sinks/lake/parquet/scratch.js';
import { parquetColumnsFor, serializeParquet } from '../src/sinks/lake/serialize-parquet.js';
import { jumpitParsers } from '../src/sources/jumpit/index.js';
import { generatePostings } from '../src/testing/generate-postings.js';
import { jumpitDetailResult } from '../src/testing/shapes/jumpit.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

const POSTINGS = Number(process.env.OHMYSTACK_BENCH_COUNT ?? 4000);
const ROUNDS = Number(process.env.OHMYSTACK_BENCH_ROUNDS ?? 7);
/** Each side does its work this many times per round, so a round is long enough to time. */
const REPEAT = 10;
const RUN_ID = '20261129T0900';

/** The demo's posting and feature rows, as the pipeline hands them to the lake. */
async function demoRows(): Promise<{
  postings: Record<string, unknown>[];
  features: Record<string, unknown>[];
}> {
  const now = new Date('2026-11-29T09:00:00+09:00');
  const gazetteer = gazetteerGeocoder();
  const postings: Posting[] = [];
  for (const synthetic of generatePostings({ count: POSTINGS })) {
    const body = {
      message: '조회에 성공하셨습니다.',
      status: 200,
      code: 'C001',
      result: jumpitDetailResult(synthetic),
    };
    for (const raw of jumpitParsers.parseDetail(body).items) {
      const posting = normalizePosting(raw, { now });
      const geo = posting.address ? await gazetteer.geocode(posting.address) : null;
      postings.push({ ...posting, geo });
    }
  }
  return {
    postings: postings.map((posting) => toPostingRow(posting, RUN_ID)),
    features: explode(postings, { by: 'both', runId: RUN_ID }),
  };
}

/** Reads one Thrift compact struct at `at`; returns its top-level i32/i64 fields and where it ends. */
function readStruct(bytes: Uint8Array, at: number): [fields: Map<number, number>, end: number] {
  const fields = new Map<number, number>();
  let index = at;
  let field = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[index++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  for (;;) {
    const header = bytes[index++]!;
    if (header === 0) return [fields, index];
    const type = header & 0x0f;
    field = header >> 4 ? field + (header >> 4) : ((n) => (n % 2 ? -(n + 1) / 2 : n / 2))(varint());
    if (type === 5 || type === 6) {
      const zigzag = varint();
      fields.set(field, zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2);
    } else if (type === 12) index = readStruct(bytes, index)[1];
    else if (type === 8) index += varint();
    else if (type !== 1 && type !== 2) throw new Error(`page header: Thrift type ${type} not expected`);
  }
}

/** The uncompressed pages of a Parquet file our writer made: every page header, then its snappy body. */
function pagesOf(file: Uint8Array): Uint8Array[] {
  const footerLength = new DataView(file.buffer, file.byteOffset).getUint32(file.length - 8, true);
  const footerStart = file.length - 8 - footerLength;
  const pages: Uint8Array[] = [];
  for (let at = 4; at < footerStart; ) {
    const [header, bodyStart] = readStruct(file, at);
    const compressedSize = header.get(3)!;
    const page = snappyjs.uncompress(file.subarray(bodyStart, bodyStart + compressedSize));
    if (page.length !== header.get(2)) throw new Error('page header: sizes disagree');
    // The writer hands the compressor Buffers (its byte writer's views), and snappyjs takes another
    // path for them than for plain Uint8Arrays.
    pages.push(Buffer.from(page));
    at = bodyStart + compressedSize;
  }
  return pages;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), b) === 0;

/** Returns snappyjs's throughput on the Parquet pages of the demo's postings, and its share of encoding them. */
export async function benchSnappy(): Promise<BenchResult[]> {
  const rows = await demoRows();
  const encode = () => [
    serializeParquet(rows.postings, { columns: parquetColumnsFor('postings')! }),
    serializeParquet(rows.features, { columns: parquetColumnsFor('features')! }),
  ];
  const pages = encode().flatMap(pagesOf);
  const bytesIn = pages.reduce((sum, page) => sum + page.length, 0);
  const scratch = new EncoderScratch();
  let bytesOut = 0;
  for (const page of pages) {
    const compressed = scratch.compress(page);
    if (!sameBytes(snappyjs.uncompress(compressed), page))
      throw new Error('snappy: a page does not round-trip');
    bytesOut += compressed.length;
  }

  const medians = sideBySide(
    {
      compress: () => {
        for (let k = 0; k < REPEAT; k++) for (const page of pages) scratch.compress(page);
      },
      encode: () => {
        for (let k = 0; k < REPEAT; k++) encode();
      },
    },
    ROUNDS,
  );
  const mbPerSecond = (bytesIn * REPEAT) / 1e6 / (medians.compress / 1000);
  return [
    {
      name: 'snappy: snappyjs on the Parquet pages of the demo postings',
      value: mbPerSecond,
      unit: 'MB/s',
      detail: {
        compressMs: medians.compress / REPEAT,
        parquetEncodeMs: medians.encode / REPEAT,
        shareOfEncode: medians.compress / medians.encode,
        pages: pages.length,
        largestPageBytes: Math.max(...pages.map((page) => page.length)),
        bytesIn,
        bytesOut,
        postingRows: rows.postings.length,
        featureRows: rows.features.length,
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await benchSnappy()) console.log(formatResult(result));
}
