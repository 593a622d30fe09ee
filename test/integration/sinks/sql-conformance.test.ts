// The shared sink conformance suite over sqlSink (SQLite file; PostgreSQL and MariaDB run the same code
// paths in sql.test.ts). The suite's rows are minimal ({ id, title, stacks, run_id }); the SQL sink needs
// full posting rows, so a thin wrapper completes them. No `read`: a merge sink keeps earlier postings of
// a rerun run id by design ("committing the same run twice changes nothing"), which the suite's replace
// read-back does not describe; SinkResult counts, capabilities and abort are checked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { PostingRow } from '../../../src/model/rows.js';
import { type SqlSink, sqlSink } from '../../../src/sinks/sql/index.js';
import type { Batch } from '../../../src/sinks/types.js';
import { testSink } from '../../suites/sink.js';

const dir = mkdtempSync(join(tmpdir(), 'ohmystack-sql-conformance-'));
let made = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function complete(row: Record<string, unknown>): PostingRow {
  const id = String(row.id);
  return {
    source: id.split(':')[0] ?? 'test',
    source_id: id.split(':')[1] ?? id,
    url: `https://example.test/${id}`,
    title: '',
    company: '테스트',
    company_id: null,
    branch: null,
    career_min: null,
    career_max: null,
    career_newcomer: null,
    career_label: null,
    stacks: [],
    positions: [],
    sido: null,
    sigungu: null,
    address: null,
    lat: null,
    lng: null,
    geo_precision: null,
    geo_provider: null,
    region_code: null,
    location_kind: 'unknown',
    deadline_kind: null,
    deadline_date: null,
    employment_types: [],
    employment_conversion: null,
    salary_min: null,
    salary_max: null,
    salary_period: null,
    salary_negotiable: null,
    education: null,
    military_researcher: false,
    military_industrial: false,
    expired: false,
    posted_at: null,
    updated_at: null,
    fetched_at: '2026-11-29T00:00:00.000Z',
    run_id: '',
    ...(row as Partial<PostingRow>),
    id,
  };
}

testSink<SqlSink>({
  name: 'sql',
  capabilities: { modes: ['merge'], atomicCommit: true, partitions: false, query: true, formats: [] },
  make: () => {
    const sink = sqlSink({ dialect: 'sqlite', connection: join(dir, `conformance-${++made}.db`) });
    const write = sink.write.bind(sink);
    sink.write = (batch: Batch, context) =>
      write({ ...batch, rows: batch.rows.map((row) => complete(row as Record<string, unknown>)) }, context);
    return sink;
  },
});
