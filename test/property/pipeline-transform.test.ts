// Whatever a source hands the pipeline, each record either flows on as a posting or is quarantined with
// its payload: nothing disappears, and nothing throws.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { gazetteerGeocoder } from '../../src/geo/gazetteer.js';
import type { RawPosting } from '../../src/model/raw-posting.js';
import { RunTally } from '../../src/pipeline/run-tally.js';
import { JsonlAppender } from '../../src/pipeline/staging/jsonl-file.js';
import { transformBatch } from '../../src/pipeline/transform-batch.js';

const dir = await mkdtemp(join(tmpdir(), 'ohmystack-transform-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const hostileValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '서울 강남구 테헤란로 152',
    '경력 3~5년',
    'Java/Spring',
    '\u0000\uFFFF',
  ),
);
const rawRecord = fc.record(
  {
    source: fc.oneof(fc.constantFrom('jumpit', 'wanted'), hostileValue),
    sourceId: fc.oneof(fc.string({ minLength: 1 }), fc.integer(), hostileValue),
    url: hostileValue,
    title: hostileValue,
    company: hostileValue,
    career: hostileValue,
    stackTags: hostileValue,
    locations: hostileValue,
    fetchedAt: fc.oneof(fc.constant('2026-11-29T09:00:00+09:00'), hostileValue),
  },
  { requiredKeys: [] },
);

describe('transformBatch', () => {
  it('accounts for every record: postings out + quarantined = records in', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rawRecord, { maxLength: 20 }), async (records) => {
        const file = join(dir, `q-${round++}.jsonl`);
        const tally = new RunTally(await JsonlAppender.open(file, { truncate: true }));
        const out = await transformBatch(records as unknown as RawPosting[], {
          geocoder: gazetteerGeocoder(),
          geocodeConcurrency: 2,
          day: '2026-11-29',
          signal: new AbortController().signal,
          tally,
        });
        await tally.close();
        const dropped = tally.quarantineByCode.invalid_posting ?? 0;
        expect(out.length + dropped).toBe(records.length);
        const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean);
        expect(lines).toHaveLength(tally.quarantined);
        for (const line of lines) expect(JSON.parse(line)).toHaveProperty('raw');
      }),
      { numRuns: 60 },
    );
  });
});
