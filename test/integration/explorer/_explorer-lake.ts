// A small lake for the explorer's tests, written the way the pipeline writes one (fileSink, committed
// runs): 24 postings over two KST days, one posting rewritten in the second run, a copy of one job on a
// second site, an expired posting, a 상시 posting, a posting in 성남시 분당구 and one whose scraped text
// is hostile markup.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PostingRow } from '../../../src/model/rows.js';
import { fileSink } from '../../../src/sinks/file/index.js';
import { featureRows, postingRow } from '../../helpers/lake-rows.js';

/** Markup and script that must reach the page only as text. */
export const HOSTILE = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

/** The moment the tests read deadlines against (KST 2026-11-25). */
export const NOW = new Date('2026-11-25T03:00:00Z');

export const RUNS = [
  { runId: '20261116T0900', dt: '2026-11-16', hr: '09', ids: range(1, 20) },
  { runId: '20261123T0900', dt: '2026-11-23', hr: '09', ids: range(11, 24) },
] as const;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Row `i` as run `runId` writes it. */
function rowOf(i: number, runId: string): PostingRow {
  const second = runId === RUNS[1].runId;
  const overrides: Partial<PostingRow> = { job_id: `job-${i}`, employment_types: ['fulltime'] };
  if (i === 11 && second) overrides.title = '백엔드 개발자 11 (수정됨)';
  if (i === 2) Object.assign(overrides, { deadline_date: '2026-11-01', expired: true });
  if (i === 3) Object.assign(overrides, { deadline_kind: 'always', deadline_date: null });
  if (i === 4)
    Object.assign(overrides, { sido: '경기도', sigungu: '성남시 분당구', region_code: '4113510900' });
  if (i === 6) Object.assign(overrides, { sido: '서울특별시', sigungu: '강남구', region_code: '1168010100' });
  if (i === 7) Object.assign(overrides, { positions: [], stacks: ['kotlin'] });
  if (i === 23) {
    // The same job as posting 12, posted on a second site, at the same office.
    const original = postingRow(12, runId);
    Object.assign(overrides, {
      sido: original.sido,
      sigungu: original.sigungu,
      id: 'wanted:23',
      source: 'wanted',
      source_id: '23',
      url: 'https://www.wanted.co.kr/wd/23',
      job_id: 'job-12',
      employment_types: ['contract'],
    });
  }
  if (i === 24) Object.assign(overrides, { company: HOSTILE, title: `채용 ${HOSTILE}`, branch: HOSTILE });
  return postingRow(i, runId, overrides);
}

/** The lake's current postings: the newest row of each id. */
export function currentRows(): PostingRow[] {
  const newest = new Map<string, PostingRow>();
  for (const run of RUNS) for (const i of run.ids) newest.set(rowOf(i, run.runId).id, rowOf(i, run.runId));
  return [...newest.values()];
}

/** Writes the lake under a new temporary directory; returns it and a function that removes it. */
export async function writeExplorerLake(): Promise<{
  dir: string;
  lake: string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-explorer-'));
  const lake = join(dir, 'lake');
  for (const run of RUNS) {
    const slot = { runId: run.runId, dt: run.dt, hr: run.hr };
    const rows = run.ids.map((i) => rowOf(i, run.runId));
    const sink = fileSink({ dir: lake });
    await sink.write({ dataset: 'postings', rows }, slot);
    const jobOf = new Map(rows.map((row) => [row.id, row.job_id ?? null]));
    const features = featureRows(rows).map((f) => ({ ...f, job_id: jobOf.get(f.posting_id) ?? null }));
    await sink.write({ dataset: 'features', rows: features }, slot);
    await sink.commit(slot);
  }
  return { dir, lake, remove: () => rm(dir, { recursive: true, force: true }) };
}
