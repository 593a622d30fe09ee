// A small lake the way the pipeline writes one: synthetic postings through normalizePosting, the
// offline gazetteer, toPostingRow and explode, committed by fileSink over four runs in three KST weeks.
// One posting carries hostile text in every field the report shows.
import { explode } from '../../../src/features/explode.js';
import { toPostingRow } from '../../../src/features/posting-row.js';
import { geocodeAll } from '../../../src/geo/geocode-all.js';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import type { FeatureRow, PostingRow } from '../../../src/model/rows.js';
import { normalizePosting } from '../../../src/normalize/posting.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { generatePostings } from '../../../src/testing/generate-postings.js';

/** Markup and script that must reach the page only as text. */
export const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><!--';

/** The runs: [slot, first posting, last posting]; 11-29 is a Sunday, so it falls in the week of 11-23. */
export const REPORT_RUNS = [
  { runId: '20261116T0900', dt: '2026-11-16', hr: '09', from: 1, to: 80 },
  { runId: '20261123T0900', dt: '2026-11-23', hr: '09', from: 40, to: 120 },
  { runId: '20261129T2100', dt: '2026-11-29', hr: '21', from: 60, to: 130 },
  { runId: '20261130T0900', dt: '2026-11-30', hr: '09', from: 90, to: 160 },
] as const;

/** The id of the posting whose text is hostile (in the last run). */
const HOSTILE_POSTING_ID = 'jumpit:160';

function rawOf(p: ReturnType<typeof generatePostings>[number]): RawPosting {
  return {
    source: 'jumpit',
    sourceId: String(p.id),
    url: `https://jumpit.saramin.co.kr/position/${p.id}`,
    fetchedAt: '2026-11-16T09:00:00+09:00',
    title: p.title,
    company: p.company,
    categories: [p.category],
    stackTags: p.stacks,
    career: { min: p.minCareer, max: p.maxCareer, newcomer: p.newcomer },
    locations: [`${p.sido} ${p.sigungu} ${p.road} ${p.buildingNo}`],
    postedAt: p.postedAt,
  };
}

function makeHostile(row: PostingRow): PostingRow {
  return { ...row, company: HOSTILE, sido: HOSTILE, sigungu: HOSTILE, stacks: [...row.stacks, HOSTILE] };
}

/**
 * Writes the lake under `dir` and returns every row written (for expectations).
 */
export async function writeReportLake(
  dir: string,
): Promise<{ postings: PostingRow[]; features: FeatureRow[] }> {
  const synthetic = generatePostings({ count: 160, seed: 2026 });
  const { postings: placed } = await geocodeAll(synthetic.map((p) => normalizePosting(rawOf(p))));
  const all = { postings: [] as PostingRow[], features: [] as FeatureRow[] };
  for (const run of REPORT_RUNS) {
    const slot = { runId: run.runId, dt: run.dt, hr: run.hr };
    const inRun = placed.slice(run.from - 1, run.to);
    const postings = inRun.map((p) => toPostingRow(p, run.runId));
    const features: FeatureRow[] = explode(inRun, { runId: run.runId });
    const hostile = postings.findIndex((row) => row.id === HOSTILE_POSTING_ID);
    if (hostile >= 0) {
      postings[hostile] = makeHostile(postings[hostile]!);
      for (const [index, row] of features.entries())
        if (row.posting_id === HOSTILE_POSTING_ID)
          features[index] = { ...row, company: HOSTILE, sido: HOSTILE };
      features.push({ ...features.find((row) => row.posting_id === HOSTILE_POSTING_ID)!, value: HOSTILE });
      features.push({
        ...features.find((row) => row.posting_id === HOSTILE_POSTING_ID)!,
        kind: 'position',
        value: HOSTILE,
      });
    }
    const sink = fileSink({ dir, partSize: 40 });
    await sink.write({ dataset: 'postings', rows: postings }, slot);
    await sink.write({ dataset: 'features', rows: features }, slot);
    await sink.commit(slot);
    all.postings.push(...postings);
    all.features.push(...features);
  }
  return all;
}
