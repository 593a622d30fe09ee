// Progress on a terminal (redrawn in place) and elsewhere (plain, rate-limited lines), on a fake clock.
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../src/cli/progress/create-progress.js';
import { plainProgress } from '../../../src/cli/progress/plain-progress.js';
import { applyProgress, emptyProgress } from '../../../src/cli/progress/progress-state.js';
import { renderFrame } from '../../../src/cli/progress/render-frame.js';
import { ttyProgress } from '../../../src/cli/progress/tty-progress.js';
import type { PipelineProgress } from '../../../src/pipeline/progress.js';
import { fakeIo } from './_fake-io.js';

const detail = (source: string, done: number, total: number): PipelineProgress => ({
  type: 'source',
  event: { type: 'detail', source, done, total },
});
const list = (source: string, items: number): PipelineProgress => ({
  type: 'source',
  event: { type: 'list', source, stream: 'all', page: 1, items },
});

describe('the progress state', () => {
  it('adds up list pages, keeps the latest detail counts and marks milestones', () => {
    const state = emptyProgress();
    expect(applyProgress(state, { type: 'run', state: 'start', runId: '20261129T0900' })).toBe(true);
    expect(applyProgress(state, list('jumpit', 40))).toBe(false);
    applyProgress(state, list('jumpit', 40));
    applyProgress(state, detail('jumpit', 10, 80));
    applyProgress(state, {
      type: 'source',
      event: { type: 'retry', source: 'jumpit', url: 'u', attempt: 1, reason: '429' },
    });
    expect(applyProgress(state, { type: 'postings', collected: 10, processed: 0 })).toBe(false);
    expect(state.sources.get('jumpit')).toMatchObject({
      listed: 80,
      pages: 2,
      detailsDone: 10,
      detailsTotal: 80,
      retries: 1,
    });
    expect(applyProgress(state, { type: 'source-done', source: 'jumpit', status: 'ok', emitted: 80 })).toBe(
      true,
    );
    expect(applyProgress(state, { type: 'warning', message: 'likely blocked' })).toBe(true);
    expect(state.warnings).toEqual(['likely blocked']);
  });
});

describe('renderFrame', () => {
  it('draws a header, a bar per source, postings and sinks', () => {
    const state = emptyProgress();
    for (const event of [
      { type: 'run', state: 'resume', runId: '20261129T0900' },
      { type: 'stage', stage: 'collect', state: 'start' },
      list('jumpit', 800),
      detail('jumpit', 400, 800),
      list('wanted', 200),
      { type: 'source-done', source: 'programmers', status: 'partial', emitted: 12 },
      { type: 'postings', collected: 1200, processed: 1000 },
      { type: 'sink', sink: 'file', state: 'committed' },
      { type: 'sink', sink: 'sql', state: 'commit' },
    ] as PipelineProgress[]) {
      applyProgress(state, event);
    }
    expect(renderFrame(state, { elapsedMs: 75_000 })).toEqual([
      'ohmystack  run 20261129T0900 (resumed) · collect · 1m 15s',
      '  jumpit       ██████████░░░░░░░░░░  400/800 details · listed 800',
      '  wanted       listing… 200 listed (1 pages)',
      '  programmers  ! partial  12 postings',
      '  postings     1,200 collected · 1,000 processed',
      '  sinks        file ✓  sql …',
    ]);
  });

  it('cuts lines to the terminal width so a redraw never wraps', () => {
    const state = emptyProgress();
    applyProgress(state, detail('a-source-with-a-very-long-name', 1, 2));
    for (const line of renderFrame(state, { elapsedMs: 0, columns: 40 })) {
      expect(line.length).toBeLessThanOrEqual(39);
    }
  });
});

describe('ttyProgress', () => {
  it('redraws its block in place: cursor up over the last frame, clear, draw', () => {
    const io = fakeIo({ tty: true });
    const view = ttyProgress(io.stderr, { now: io.now });
    view.onProgress({ type: 'run', state: 'start', runId: '20261129T0900' });
    const firstFrame = io.err();
    expect(firstFrame).not.toContain('\u001B[');
    expect(firstFrame.trimEnd().split('\n')).toHaveLength(1);
    view.onProgress({ type: 'stage', stage: 'collect', state: 'start' });
    expect(io.err().slice(firstFrame.length)).toMatch(/^\u001B\[1A\r\u001B\[J/);
  });

  it('draws counter ticks at most every 100 ms, milestones at once', () => {
    const io = fakeIo({ tty: true });
    const view = ttyProgress(io.stderr, { now: io.now });
    const frames = () => io.err().split('ohmystack  ').length - 1;
    view.onProgress({ type: 'run', state: 'start', runId: '20261129T0900' });
    for (let done = 1; done <= 50; done++) view.onProgress(detail('jumpit', done, 50));
    expect(frames()).toBe(1);
    io.advance(100);
    view.onProgress(detail('jumpit', 50, 50));
    expect(frames()).toBe(2);
    view.onProgress({ type: 'source-done', source: 'jumpit', status: 'ok', emitted: 50 });
    expect(frames()).toBe(3);
    view.finish();
    expect(io.err()).toMatch(/jumpit\s+✓ ok {2}50 postings\n$/);
  });

  it('prints warnings above the block, where they stay', () => {
    const io = fakeIo({ tty: true });
    const view = ttyProgress(io.stderr, { now: io.now });
    view.onProgress({ type: 'run', state: 'start', runId: '20261129T0900' });
    view.onProgress({ type: 'warning', message: 'wanted: likely blocked (403 on every list page)' });
    expect(io.err()).toContain(
      '\u001B[1A\r\u001B[Jwarning: wanted: likely blocked (403 on every list page)\nohmystack  run 20261129T0900',
    );
  });
});

describe('plainProgress', () => {
  it('writes a line per milestone and at most one counter summary per interval', () => {
    const io = fakeIo();
    const view = plainProgress(io.stderr, { now: io.now, intervalMs: 10_000 });
    view.onProgress({ type: 'run', state: 'start', runId: '20261129T0900' });
    view.onProgress({ type: 'stage', stage: 'collect', state: 'start' });
    for (let done = 1; done <= 1000; done++) {
      view.onProgress(detail('jumpit', done, 1000));
      if (done % 100 === 0) io.advance(2_500);
    }
    view.onProgress({ type: 'source-done', source: 'jumpit', status: 'ok', emitted: 1000 });
    io.advance(500);
    view.onProgress({ type: 'stage', stage: 'collect', state: 'end' });
    view.finish();
    const lines = io.err().trimEnd().split('\n');
    expect(lines[0]).toBe('ohmystack +0.0s run 20261129T0900 started');
    expect(lines[1]).toBe('ohmystack +0.0s stage collect started');
    const summaries = lines.filter((line) => line.includes('progress:'));
    // 25 s of ticks at a 10 s interval: two summaries, not a thousand lines, and a last one at the end.
    expect(summaries).toEqual([
      'ohmystack +10.0s progress: 0 collected, 0 processed; jumpit 401/1,000',
      'ohmystack +20.0s progress: 0 collected, 0 processed; jumpit 801/1,000',
      'ohmystack +25.5s progress: 0 collected, 0 processed',
    ]);
    expect(lines).toContain('ohmystack +25.0s jumpit done: ok, 1,000 postings');
    expect(lines).toContain('ohmystack +25.5s stage collect done in 25.5s');
    expect(io.err()).not.toContain('\u001B[');
  });
});

describe('createProgress', () => {
  const run: PipelineProgress = { type: 'run', state: 'start', runId: '20261129T0900' };

  it('redraws on a terminal', () => {
    const io = fakeIo({ tty: true });
    const view = createProgress(io);
    view.onProgress(run);
    view.onProgress({ type: 'stage', stage: 'collect', state: 'start' });
    expect(io.err()).toContain('\u001B[1A');
  });

  it.each([
    ['a pipe', { tty: false }],
    ['CI', { tty: true, env: { CI: 'true' } }],
    ['TERM=dumb', { tty: true, env: { TERM: 'dumb' } }],
  ])('writes plain lines in %s', (_name, options) => {
    const io = fakeIo(options);
    createProgress(io).onProgress(run);
    expect(io.err()).toBe('ohmystack +0.0s run 20261129T0900 started\n');
  });

  it('is silent with --quiet, and never writes to stdout', () => {
    const io = fakeIo({ tty: true });
    const view = createProgress(io, { quiet: true });
    view.onProgress(run);
    view.finish();
    expect(io.err()).toBe('');
    expect(io.out()).toBe('');
  });
});
