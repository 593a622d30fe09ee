// explorer: `ohmystack serve` over a lake of 100,000 postings (synthetic: the replica's generated job
// market through the real parser, normalizer and gazetteer, as bench/recommend/_synthetic.ts makes them),
// written by fileSink in its default formats, measured through the HTTP API as a browser would ask.
// Reported: startup (serveExplorer until it listens: DuckDB reads the lake, the current postings are
// materialized), the first page after start (the search page's HTML, then its first /api/postings
// answer, both cold), and a filter change (median of several different filters, each asked once).
// Targets: first page ≤ 1.5 s, filter change ≤ 300 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serveExplorer } from '../src/explorer/index.js';
import { explode } from '../src/features/explode.js';
import { toPostingRow } from '../src/features/posting-row.js';
import { fileSink } from '../src/sinks/file/index.js';
import type { BenchResult } from './_measure.js';
import { NOW, syntheticPostings } from './recommend/_synthetic.js';

const POSTINGS = 100_000;
const SEED = 91;
const RUN = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const FILTERS = [
  'stack=java',
  `stack=${encodeURIComponent('리액트')}&sort=deadline`,
  `region=${encodeURIComponent('서울')}`,
  `region=${encodeURIComponent('경기 분당구')}&career=3`,
  'career=%EC%8B%A0%EC%9E%85',
  'family=backend&employment=fulltime',
  `q=${encodeURIComponent('백엔드')}`,
  `q=${encodeURIComponent('데이터 엔지니어')}&stack=python&page=3`,
  'deadline=week&sort=company',
];

async function timed(url: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - start;
}

/** Returns the explorer's figures over a synthetic lake of 100,000 postings. */
export async function benchExplorer(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ohmystack-bench-explorer-'));
  try {
    const postings = await syntheticPostings(POSTINGS, SEED, 'list');
    const sink = fileSink({ dir });
    await sink.write({ dataset: 'postings', rows: postings.map((p) => toPostingRow(p, RUN.runId)) }, RUN);
    await sink.write({ dataset: 'features', rows: explode(postings, { runId: RUN.runId }) }, RUN);
    await sink.commit(RUN);

    const startAt = performance.now();
    const explorer = await serveExplorer({ lake: dir, now: () => NOW });
    const startupMs = performance.now() - startAt;
    try {
      const pageMs = await timed(explorer.url);
      const firstApiMs = await timed(`${explorer.url}api/postings`);
      const firstPageMs = pageMs + firstApiMs;
      const changes: number[] = [];
      for (const filter of FILTERS) changes.push(await timed(`${explorer.url}api/postings?${filter}`));
      const sorted = [...changes].sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return [
        {
          name: 'explorer first page after start (100,000 postings, HTML + first /api/postings)',
          value: firstPageMs,
          unit: 'ms',
          target: '≤ 1500 ms',
          ok: firstPageMs <= 1500,
          detail: {
            startupMs,
            pageHtmlMs: pageMs,
            firstApiMs,
            startupPlusFirstPageMs: startupMs + firstPageMs,
          },
        },
        {
          name: 'explorer filter change (median of 9 different filters)',
          value: median,
          unit: 'ms',
          target: '≤ 300 ms',
          ok: median <= 300,
          detail: {
            fastestMs: sorted[0]!,
            slowestMs: sorted.at(-1)!,
            postings: explorer.state.kind === 'ready' ? explorer.state.postings : 0,
          },
        },
      ];
    } finally {
      await explorer.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
