// sqlSink bench (issue: sinks): 100,000 postings loaded into PostgreSQL by sqlSink (staging, one-
// transaction publish into the normalized tables) beside the floor, COPY FROM STDIN of the same rows
// into one flat table through pg + pg-copy-streams. Target: the sink within 2× the floor.
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type PostingRow, PostingRow as PostingRowSchema } from '../src/model/rows.js';
import { JOB_FAMILIES } from '../src/normalize/positions-data.js';
import { type SqlSink, sqlSink } from '../src/sinks/sql/index.js';
import { generatePostings } from '../src/testing/generate-postings.js';
import type { BenchResult } from './_measure.js';

const COUNT = Number(process.env.OHMYSTACK_BENCH_COUNT ?? 100_000);
const ROUNDS = Number(process.env.OHMYSTACK_BENCH_ROUNDS ?? 3);
const URL = process.env.OHMYSTACK_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = `ohmystack_bench_${process.pid}`;
const RUN = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };

function rows(): PostingRow[] {
  return generatePostings({ count: COUNT, seed: 11 }).map((p, index) => ({
    id: `bench:${p.id}`,
    source: 'bench',
    source_id: String(p.id),
    url: `https://example.test/${p.id}`,
    title: p.title,
    company: p.company,
    company_id: String(p.companyId),
    branch: index % 5 === 0 ? `${p.company} ${p.sigungu}` : null,
    career_min: p.minCareer,
    career_max: p.maxCareer,
    career_newcomer: p.newcomer,
    career_label: p.newcomer ? '신입' : `경력 ${p.minCareer}년 이상`,
    stacks: p.stacks,
    positions: [JOB_FAMILIES[p.id % JOB_FAMILIES.length]!.id],
    sido: p.sido,
    sigungu: p.sigungu,
    address: `${p.sido} ${p.sigungu} ${p.road} ${p.buildingNo}`,
    lat: 37 + (index % 1000) / 10_000,
    lng: 127 + (index % 997) / 10_000,
    geo_precision: 'building',
    geo_provider: 'gazetteer',
    region_code: null,
    location_kind: 'address',
    deadline_kind: p.closesAt ? 'date' : 'always',
    deadline_date: p.closesAt,
    employment_types: ['fulltime'],
    employment_conversion: false,
    salary_min: null,
    salary_max: null,
    salary_period: null,
    salary_negotiable: true,
    education: 'any',
    military_researcher: false,
    military_industrial: false,
    posted_at: p.postedAt,
    updated_at: null,
    fetched_at: '2026-11-29T00:00:00.000Z',
    run_id: RUN.runId,
  }));
}

// Every column of the row, in schema order: the floor copies exactly what the sink is given.
const COPY_COLUMNS = Object.keys(PostingRowSchema.shape) as (keyof PostingRow)[];

// COPY text format: tab-separated, \N for NULL, backslash escapes; lists as comma-joined text.
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = Array.isArray(value) ? value.join(',') : String(value);
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

async function copyFloor(client: pg.Client, data: readonly PostingRow[]): Promise<number> {
  await client.query(`TRUNCATE ${SCHEMA}.floor`);
  const start = performance.now();
  const stream = client.query(copyFrom(`COPY ${SCHEMA}.floor (${COPY_COLUMNS.join(', ')}) FROM STDIN`));
  async function* lines() {
    const chunk: string[] = [];
    for (const row of data) {
      chunk.push(`${COPY_COLUMNS.map((column) => copyText(row[column])).join('\t')}\n`);
      if (chunk.length === 1000) yield chunk.splice(0).join('');
    }
    yield chunk.join('');
  }
  await pipeline(lines, stream);
  return performance.now() - start;
}

const RERUN = { runId: '20261129T1200', dt: '2026-11-29', hr: '12' };

async function load(sink: SqlSink, data: readonly PostingRow[], run: typeof RUN): Promise<number> {
  const start = performance.now();
  for (let offset = 0; offset < data.length; offset += 10_000) {
    await sink.write({ dataset: 'postings', rows: data.slice(offset, offset + 10_000) }, run);
  }
  await sink.commit(run);
  return performance.now() - start;
}

/** A first load into empty tables, then the next slot's run of the same postings (nothing changed). */
async function sinkLoad(
  round: number,
  data: readonly PostingRow[],
): Promise<[first: number, rerun: number, links: number]> {
  const sink = sqlSink({
    dialect: 'postgres',
    connection: URL,
    lib: pg,
    schema: SCHEMA,
    tablePrefix: `r${round}_`,
  });
  try {
    await sink.migrate();
    const first = await load(sink, data, RUN);
    const count = await sink.query(`SELECT COUNT(*) AS n FROM ${sink.tables.postings}`);
    if (Number(count[0]?.n) !== data.length) throw new Error('the sink did not insert every row');
    const t = sink.tables;
    const links = await sink.query(
      `SELECT (SELECT COUNT(*) FROM ${t.posting_stacks}) + (SELECT COUNT(*) FROM ${t.posting_families}) AS n`,
    );
    const rerun = await load(
      sink,
      data.map((row) => ({ ...row, run_id: RERUN.runId })),
      RERUN,
    );
    return [first, rerun, Number(links[0]?.n)];
  } finally {
    await sink.dispose();
  }
}

/** sqlSink into PostgreSQL beside COPY FROM STDIN of the same 100,000 rows. */
export async function benchSql(): Promise<BenchResult[]> {
  const data = rows();
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(
      `CREATE TABLE ${SCHEMA}.floor (${COPY_COLUMNS.map((c) => `${c} TEXT`).join(', ')}, PRIMARY KEY (id))`,
    );
    const copies: number[] = [];
    const sinks: number[] = [];
    const reruns: number[] = [];
    let linkRows = 0;
    // Alternate the two in each round so a noisy neighbour slows both alike.
    for (let round = 0; round < ROUNDS; round++) {
      copies.push(await copyFloor(client, data));
      const [first, rerun, links] = await sinkLoad(round, data);
      linkRows = links;
      sinks.push(first);
      reruns.push(rerun);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const copyMs = median(copies);
    const sinkMs = median(sinks);
    const rerunMs = median(reruns);
    const ratio = sinkMs / copyMs;
    return [
      {
        name: 'sqlSink postgres 100k postings / COPY FROM STDIN',
        value: ratio,
        unit: '× COPY',
        target: '≤ 2',
        ok: ratio <= 2,
        detail: {
          sinkMs,
          copyMs,
          rows: COUNT,
          linkRows,
          sinkRowsPerS: (COUNT / sinkMs) * 1000,
          note: 'sink: COPY into staging, then one transaction into companies, branches, postings (FK-checked) and two link tables; floor: COPY into one flat TEXT table',
        },
      },
      {
        // The everyday case: the next slot sees the same postings; links and lookups are left alone.
        name: 'sqlSink postgres 100k unchanged postings rerun / COPY FROM STDIN',
        value: rerunMs / copyMs,
        unit: '× COPY',
        target: '≤ 2',
        ok: rerunMs / copyMs <= 2,
        detail: {
          rerunMs,
          copyMs,
          rows: COUNT,
          note: 'unchanged postings are staged as id+hash and only their last-seen run is updated',
        },
      },
    ];
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`).catch(() => {});
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { formatResult } = await import('./_measure.js');
  for (const result of await benchSql()) console.log(formatResult(result));
}
