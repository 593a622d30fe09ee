// examples/notebooks/recommend.ipynb as a user runs it: against a lake in the demo's layout (DIR/lake beside
// the pipeline's work dir DIR/.ohmystack), importing the packed package, with Deno and no network.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobCandidate } from '../../src/features/job-candidate.js';
import { toPostingRow } from '../../src/features/posting-row.js';
import { gazetteerGeocoder } from '../../src/geo/gazetteer.js';
import type { Posting } from '../../src/model/posting.js';
import { runSlot } from '../../src/model/run.js';
import { normalizePosting } from '../../src/normalize/posting.js';
import { JobIndex, jobIndexPath } from '../../src/pipeline/job-index.js';
import { fileSink } from '../../src/sinks/file/index.js';
import { jumpitParsers } from '../../src/sources/jumpit/index.js';
import { generatePostings } from '../../src/testing/generate-postings.js';
import { jumpitDetailResult } from '../../src/testing/shapes/jumpit.js';
import { checkNotebook, codeCells, type NotebookRun, readNotebook, runNotebook } from './_notebook.js';
import { packedProject, root } from './_packed.js';

const NOTEBOOK = join(root, 'examples/notebooks/recommend.ipynb');
const CLOSED = 5;

let project: string;
let dir: string;
let run: NotebookRun;

// 300 postings dated today (so none has expired), geocoded offline; the first five left their sites.
async function writeDemoLayout(out: string): Promise<void> {
  const now = new Date();
  const slot = runSlot(now);
  const geocoder = gazetteerGeocoder();
  const postings: Posting[] = [];
  for (const synthetic of generatePostings({ count: 300, seed: 21, today: slot.dt })) {
    const [raw] = jumpitParsers.parseDetail(
      { status: 200, code: 'C001', result: jumpitDetailResult(synthetic) },
      { now },
    ).items;
    const posting = normalizePosting(raw!);
    postings.push({ ...posting, geo: posting.address ? await geocoder.geocode(posting.address) : null });
  }
  const sink = fileSink({ dir: join(out, 'lake'), formats: ['jsonl'] });
  await sink.write({ dataset: 'postings', rows: postings.map((p) => toPostingRow(p, slot.runId)) }, slot);
  await sink.commit(slot);
  const index = await JobIndex.read(jobIndexPath(join(out, '.ohmystack')));
  const closed = postings.slice(0, CLOSED).map((p) => p.id);
  await index.write(
    postings.map((p) => ({ ...jobCandidate(p), jobId: p.id })),
    closed,
  );
}

function tables(): { caption: string; rows: string[][] }[] {
  const html = run.cells.flatMap((cell) =>
    cell.outputs.flatMap((b) => ('text/html' in b ? [String(b['text/html'])] : [])),
  );
  return html.flatMap((text) =>
    [...text.matchAll(/<table>([\s\S]*?)<\/table>/g)].map(([, inner]) => ({
      caption: /<caption>([\s\S]*?)<\/caption>/.exec(inner!)?.[1] ?? '',
      rows: [...inner!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
        .map(([, row]) => [...row!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map(([, cell]) => cell!))
        .filter((cells) => cells.length > 0),
    })),
  );
}

beforeAll(async () => {
  project = await packedProject();
  dir = mkdtempSync(join(tmpdir(), 'ohmystack-recommend-notebook-'));
  await writeDemoLayout(dir);
  run = runNotebook(NOTEBOOK, { project, env: { OHMYSTACK_LAKE: join(dir, 'lake') } });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('examples/notebooks/recommend.ipynb', () => {
  it('is an nbformat 4 notebook for the Deno kernel, saved without outputs', () => {
    const notebook = readNotebook(NOTEBOOK);
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec?.name).toBe('deno');
    for (const cell of notebook.cells.filter((c) => c.cell_type === 'code')) {
      expect(cell.outputs).toEqual([]);
      expect(cell.execution_count).toBeNull();
    }
  });

  it('type-checks against the packed package', () => {
    const checked = checkNotebook(NOTEBOOK, { project });
    expect(checked.status, checked.output).toBe(0);
  });

  it('runs every code cell, offline, over the lake and the work dir beside it', () => {
    const failed = run.cells.filter((cell) => !cell.ok).map((cell) => cell.id ?? cell.index);
    expect(run.cells.length).toBe(codeCells(readNotebook(NOTEBOOK)).length);
    expect(failed, run.stderr).toEqual([]);
    expect(run.status, run.stderr).toBe(0);
    const [summary] = run.cells[0]!.outputs;
    expect(summary?.['text/markdown']).toContain(`${300 - CLOSED} open postings, ${CLOSED} closed`);
  });

  it('ranks postings for the profile with a matching stack and Korean reasons, and three per person', () => {
    const [top, many] = tables();
    expect(top?.rows.length).toBeGreaterThan(0);
    for (const row of top!.rows) {
      expect(Number(row[3])).toBeGreaterThan(0);
      expect(row[5]).toMatch(/일치|유사/);
    }
    expect(many?.rows.length).toBeGreaterThan(3);
  });

  it('shows the ProfileError a bad profile gets, naming the field', () => {
    const last = run.cells.at(-1)!.outputs[0]?.['text/markdown'];
    expect(String(last)).toMatch(/^ProfileError on `years`: .*profile\.years/);
  });
});
