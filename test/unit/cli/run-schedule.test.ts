// `ohmystack run --schedule` in-process: it announces the next KST slots, waits, and stops cleanly on a
// signal with its exit code. (The slot timing itself is tested on a fake clock in pipeline/schedule.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/index.js';
import { formatKst } from '../../../src/cli/run-schedule.js';
import { fakeIo } from './_fake-io.js';

const cwd = mkdtempSync(join(tmpdir(), 'ohmystack-cli-schedule-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('ohmystack run --schedule', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('waits for the KST slots and stops on %s with %i', async (signal, code) => {
    const io = fakeIo({ cwd });
    const exit = runCli(['run', '--schedule', '--quiet'], io);
    await io.waitForErr(/Ctrl-C stops/);
    expect(io.err()).toMatch(
      /scheduled: eight KST slots a day \(00, 03, …, 21 Asia\/Seoul\); next \d{4}-\d\d-\d\d (00|03|06|09|12|15|18|21):00 KST, /,
    );
    io.interrupt(signal);
    expect(await exit).toBe(code);
    expect(io.err()).toContain('schedule stopped');
    expect(io.out()).toBe('');
  });

  it('writes slot times in KST', () => {
    expect(formatKst(new Date('2026-11-29T15:00:00Z'))).toBe('2026-11-30 00:00 KST');
  });
});
