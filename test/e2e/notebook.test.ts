// examples/notebooks/job-trends.ipynb as a user runs it: against a lake in the layout the demo writes,
// importing the packed package from a project's node_modules, with Deno and no network. Its code cells
// run in order as one program; a shim stands in for Deno.jupyter and records what each cell shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explode } from '../../src/features/explode.js';
import { toPostingRow } from '../../src/features/posting-row.js';
import type { Posting } from '../../src/model/posting.js';
import { runSlot } from '../../src/model/run.js';
import { normalizePosting } from '../../src/normalize/posting.js';
import { fileSink } from '../../src/sinks/file/index.js';
import { jumpitParsers } from '../../src/sources/jumpit/index.js';
import { generatePostings } from '../../src/testing/generate-postings.js';
import { jumpitDetailResult } from '../../src/testing/shapes/jumpit.js';
import { checkNotebook, codeCells, type NotebookRun, readNotebook, runNotebook } from './_notebook.js';
import { packedProject, root } from './_packed.js';

const NOTEBOOK = join(root, 'examples/notebooks/job-trends.ipynb');

// Two runs in consecutive weeks; postings 31–60 are in both, so distinct counts matter.
const RUNS = [
  { at: '2026-11-23T00:30:00Z', from: 1, to: 60 },
  { at: '2026-12-01T03:30:00Z', from: 31, to: 90 },
];

let project: string;
let lake: string;
let run: NotebookRun;
const postings = new Map<string, Posting>();

async function writeLake(dir: string): Promise<void> {
  const synthetic = generatePostings({ count: 90, seed: 5 });
  for (const { at, from, to } of RUNS) {
    const slot = runSlot(new Date(at));
    const raws = synthetic
      .slice(from - 1, to)
      .flatMap(
        (posting) =>
          jumpitParsers.parseDetail(
            { status: 200, code: 'C001', result: jumpitDetailResult(posting) },
            { now: new Date(at) },
          ).items,
      );
    const normalized = raws.map((raw) => normalizePosting(raw));
    for (const posting of normalized) postings.set(posting.id, posting);
    const sink = fileSink({ dir });
    await sink.write({ dataset: 'raw', rows: raws }, slot);
    await sink.write({ dataset: 'postings', rows: normalized.map((p) => toPostingRow(p, slot.runId)) }, slot);
    await sink.write({ dataset: 'features', rows: explode(normalized, { runId: slot.runId }) }, slot);
    await sink.commit(slot);
  }
}

interface HtmlTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

function tablesOf(html: string): HtmlTable[] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, inner]) => ({
    caption: unescapeHtml(/<caption>([\s\S]*?)<\/caption>/.exec(inner!)?.[1] ?? ''),
    columns: [...inner!.matchAll(/<th>([\s\S]*?)<\/th>/g)].map(([, text]) => unescapeHtml(text!)),
    rows: [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(inner!)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      ([, row]) => [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, text]) => unescapeHtml(text!)),
    ),
  }));
}

function outputsOf(mime: string): string[] {
  return run.cells.flatMap((cell) =>
    cell.outputs.flatMap((bundle) => (mime in bundle ? [String(bundle[mime])] : [])),
  );
}

function failures(notebookRun: NotebookRun): string {
  const failed = notebookRun.cells.filter((cell) => !cell.ok).map((cell) => cell.id ?? cell.index);
  return `cells not finished: ${failed.join(', ') || 'none'}; exit ${notebookRun.status}\n${notebookRun.stderr}`;
}

beforeAll(async () => {
  project = await packedProject();
  lake = mkdtempSync(join(tmpdir(), 'ohmystack-notebook-lake-'));
  await writeLake(lake);
  run = runNotebook(NOTEBOOK, { project, env: { OHMYSTACK_LAKE: lake } });
}, 300_000);

afterAll(() => {
  if (lake) rmSync(lake, { recursive: true, force: true });
});

describe('examples/notebooks/job-trends.ipynb', () => {
  it('is an nbformat 4 notebook for the Deno kernel, saved without outputs', () => {
    const notebook = readNotebook(NOTEBOOK);
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec).toEqual({
      name: 'deno',
      display_name: 'Deno',
      language: 'typescript',
    });
    expect(notebook.metadata.language_info?.name).toBe('typescript');
    expect(notebook.cells[0]?.cell_type).toBe('markdown');
    expect(codeCells(notebook).length).toBeGreaterThanOrEqual(5);
    for (const cell of notebook.cells.filter((c) => c.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('type-checks against the packed package', () => {
    const checked = checkNotebook(NOTEBOOK, { project });
    expect(checked.status, checked.output).toBe(0);
  });

  it('runs every code cell without error, offline, against the lake in OHMYSTACK_LAKE', () => {
    expect(run.cells.length).toBe(codeCells(readNotebook(NOTEBOOK)).length);
    expect(
      run.cells.every((cell) => cell.ok),
      failures(run),
    ).toBe(true);
    expect(run.status, failures(run)).toBe(0);
    const [summary] = run.cells[0]!.outputs;
    expect(summary?.['text/markdown']).toContain(`**${lake}**: 2 committed run(s)`);
  });

  it('shows tables with rows', () => {
    const tables = outputsOf('text/html').flatMap(tablesOf);
    expect(tables.length).toBeGreaterThanOrEqual(4);
    for (const table of tables) {
      expect(table.rows.length, table.caption).toBeGreaterThan(0);
      for (const row of table.rows) expect(row, table.caption).toHaveLength(table.columns.length);
    }
    const weekly = tables.find((table) => table.columns[0] === 'stack');
    expect(weekly?.columns).toEqual(['stack', '2026-11-23', '2026-11-30']);
  });

  it('charts one bar per job family, labelled, with distinct postings over both runs', () => {
    const charts = outputsOf('image/svg+xml');
    expect(charts).toHaveLength(1);
    const svg = charts[0]!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // Each bar: a tooltip, the visible label, the bar, the visible count.
    const bars = [...svg.matchAll(/<g class="bar">([\s\S]*?)<\/g>/g)].map(([, bar]) => {
      const texts = [...bar!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, text]) => unescapeHtml(text!));
      return {
        label: texts[0],
        value: Number(texts[1]),
        tooltip: unescapeHtml(/<title>([^<]*)<\/title>/.exec(bar!)?.[1] ?? ''),
        width: Number(/<rect [^>]*width="(\d+)"/.exec(bar!)?.[1]),
      };
    });
    const families = new Map<string, number>();
    for (const posting of postings.values())
      for (const family of new Set(posting.positions)) families.set(family, (families.get(family) ?? 0) + 1);
    const expected = [...families]
      .map(([label, value]) => ({ label, value }))
      .sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1));
    expect(expected.length).toBeGreaterThan(3);
    expect(bars.map(({ label, value }) => ({ label, value }))).toEqual(expected);
    expect(bars.map((bar) => bar.tooltip)).toEqual(expected.map(({ label, value }) => `${label}: ${value}`));
    expect(svg.match(/<rect /g)).toHaveLength(expected.length);
    // Lengths follow the counts: the largest bar is the longest, and no bar outgrows a larger one.
    const widths = bars.map((bar) => bar.width);
    expect(widths.every((width, i) => width > 0 && (i === 0 || width <= widths[i - 1]!))).toBe(true);
    expect(bars.at(-1)!.width).toBeLessThan(widths[0]!);
  });

  it('counts job families the same in JavaScript (readLakeRows) as in DuckDB', () => {
    const table = outputsOf('text/html')
      .flatMap(tablesOf)
      .find((t) => t.columns.includes('duckdb'));
    expect(table?.columns).toEqual(['job_family', 'postings', 'duckdb']);
    for (const [, inJs, inDuckDb] of table!.rows) expect(inJs).toBe(inDuckDb);
  });

  it('stops at the first cell, saying how to get a lake, when the lake has no run', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ohmystack-notebook-empty-'));
    try {
      const failed = runNotebook(NOTEBOOK, { project, env: { OHMYSTACK_LAKE: empty } });
      expect(failed.status).not.toBe(0);
      expect(failed.cells.map((cell) => cell.ok)).toEqual(failed.cells.map(() => false));
      expect(failed.stderr).toContain('npx ohmystack demo --out demo');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
