// sqlSink bench (issue: sinks): 100,000 postings loaded into PostgreSQL by sqlSink (staging, one-
// transaction publish into the normalized tables) beside the floor, COPY FROM STDIN of the same rows
// into one flat table through pg + pg-copy-streams. Target: the sink within 2× the floor.
// A second floor says how much of the gap is the schema itself: COPY FROM STDIN of exactly the rows the
// sink left in its tables (postings, links, lookups) into an empty copy of those tables, same keys,
// indexes and foreign keys — the least any loader of this schema has to write.
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
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
    expired: false,
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

// The sink's published tables, parents first so foreign keys hold at every COPY. job_families is
// seeded by the migration on both sides.
const PUBLISHED_TABLES = [
  'companies',
  'branches',
  'stacks',
  'postings',
  'posting_stacks',
  'posting_families',
  'posting_seen',
] as const;

/** Every published table of `sink` in COPY text format, read after its load (not timed). */
async function publishedCopies(client: pg.Client, sink: SqlSink): Promise<Map<string, Buffer>> {
  const copies = new Map<string, Buffer>();
  for (const table of PUBLISHED_TABLES) {
    const chunks: Buffer[] = [];
    const stream = client.query(copyTo(`COPY ${sink.tables[table]} TO STDOUT`));
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    copies.set(table, Buffer.concat(chunks));
  }
  return copies;
}

/** COPY FROM STDIN of the sink's own output into freshly migrated, empty tables: the schema's floor. */
async function normalizedFloor(
  client: pg.Client,
  round: number,
  copies: Map<string, Buffer>,
): Promise<number> {
  const target = sqlSink({
    dialect: 'postgres',
    connection: URL,
    lib: pg,
    schema: SCHEMA,
    tablePrefix: `n${round}_`,
  });
  try {
    await target.migrate();
    const start = performance.now();
    await client.query('BEGIN');
    for (const table of PUBLISHED_TABLES) {
      const body = copies.get(table)!;
      const stream = client.query(copyFrom(`COPY ${target.tables[table]} FROM STDIN`));
      await pipeline(
        (async function* () {
          for (let offset = 0; offset < body.length; offset += 1 << 20)
            yield body.subarray(offset, offset + (1 << 20));
        })(),
        stream,
      );
    }
    await client.query('COMMIT');
    return performance.now() - start;
  } finally {
    await target.dispose();
  }
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

/**
 * A first load into empty tables, then the normalized floor over what it wrote, then the next slot's
 * run of the same postings (nothing changed).
 */
async function sinkLoad(
  client: pg.Client,
  round: number,
  data: readonly PostingRow[],
): Promise<[first: number, floor: number, rerun: number, links: number]> {
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
    const floor = await normalizedFloor(client, round, await publishedCopies(client, sink));
    const rerun = await load(
      sink,
      data.map((row) => ({ ...row, run_id: RERUN.runId })),
      RERUN,
    );
    return [first, floor, rerun, Number(links[0]?.n)];
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
    const floors: number[] = [];
    const reruns: number[] = [];
    let linkRows = 0;
    // Alternate them in each round so a noisy neighbour slows all alike.
    for (let round = 0; round < ROUNDS; round++) {
      copies.push(await copyFloor(client, data));
      const [first, floor, rerun, links] = await sinkLoad(client, round, data);
      linkRows = links;
      sinks.push(first);
      floors.push(floor);
      reruns.push(rerun);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const copyMs = median(copies);
    const sinkMs = median(sinks);
    const rerunMs = median(reruns);
    const normalizedMs = median(floors);
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
          note: 'sink: COPY into staging, then one transaction into companies, branches, postings (FK-checked), two link tables and posting_seen; floor: COPY into one flat TEXT table',
        },
      },
      {
        // Context for the figure above, no target of its own: the same normalized rows COPYed straight
        // into the same tables, with no staging, classification or idempotence.
        name: 'sqlSink postgres 100k postings / COPY of its normalized rows',
        value: sinkMs / normalizedMs,
        unit: '× COPY',
        detail: {
          sinkMs,
          normalizedCopyMs: normalizedMs,
          flatCopyMs: copyMs,
          schemaFloorOverFlat: normalizedMs / copyMs,
          note: 'floor: COPY FROM STDIN of every row the sink published, into empty tables with the same keys, indexes and foreign keys, one transaction',
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
