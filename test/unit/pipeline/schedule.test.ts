// The eight KST slots and the no-overlap rule, on a fake clock: nothing here waits in real time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RunReport } from '../../../src/model/run-report.js';
import type { PipelineConfig } from '../../../src/pipeline/config.js';
import {
  nextSlotTimes,
  SLOT_PATTERN,
  SLOT_TIMEZONE,
  schedulePipeline,
} from '../../../src/pipeline/schedule.js';

const kst = (iso: string) => new Date(`${iso}+09:00`);
const asKst = (date: Date) =>
  new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

function fakeReport(runId: string): RunReport {
  return { runId, status: 'ok' } as RunReport;
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the slot pattern', () => {
  it('is minute 0 of every third hour, in Asia/Seoul', () => {
    expect(SLOT_PATTERN).toBe('0 0,3,6,9,12,15,18,21 * * *');
    expect(SLOT_TIMEZONE).toBe('Asia/Seoul');
  });

  it('gives eight slots a day, 00 to 21 KST, from a fixed start', () => {
    const runs = nextSlotTimes(9, kst('2026-11-29T01:30:00'));
    expect(runs.map(asKst)).toEqual([
      '2026-11-29 03:00',
      '2026-11-29 06:00',
      '2026-11-29 09:00',
      '2026-11-29 12:00',
      '2026-11-29 15:00',
      '2026-11-29 18:00',
      '2026-11-29 21:00',
      '2026-11-30 00:00',
      '2026-11-30 03:00',
    ]);
  });

  it('crosses midnight KST, which is 15:00 UTC the day before', () => {
    const [next] = nextSlotTimes(1, kst('2026-12-31T22:10:00'));
    expect(next!.toISOString()).toBe('2026-12-31T15:00:00.000Z');
  });

  it('starts strictly after the reference: a slot start gives the following slot', () => {
    expect(nextSlotTimes(1, kst('2026-11-29T09:00:00')).map(asKst)).toEqual(['2026-11-29 12:00']);
  });

  it('the schedule reports the same next runs', () => {
    const schedule = schedulePipeline({}, { run: async () => fakeReport('x') });
    try {
      expect(schedule.nextRuns(3, kst('2026-11-29T10:00:00')).map(asKst)).toEqual([
        '2026-11-29 12:00',
        '2026-11-29 15:00',
        '2026-11-29 18:00',
      ]);
    } finally {
      schedule.stop();
    }
  });
});

describe('schedulePipeline', () => {
  it('rejects a wrong config at once, naming the setting', () => {
    expect(() => schedulePipeline({ geo: { geocoder: 'bing' } } as unknown as PipelineConfig)).toThrow(
      /geo\.geocoder/,
    );
  });

  it('runs each slot with its run id; a slot due while the previous one runs waits for it', async () => {
    vi.useFakeTimers({ now: kst('2026-11-29T02:59:58') });
    const started: string[] = [];
    const blocked: { runId: string; runningRunId: string | null }[] = [];
    const reports: string[] = [];
    const long = deferred();
    const schedule = schedulePipeline(
      { sources: ['jumpit'] },
      {
        run: async (config) => {
          started.push(config.runId!);
          if (started.length === 1) await long.promise;
          return fakeReport(config.runId!);
        },
        onReport: (report) => reports.push(report.runId),
        onBlocked: (slot) => blocked.push(slot),
      },
    );
    try {
      await vi.advanceTimersByTimeAsync(5_000);
      expect(started).toEqual(['20261129T0300']);
      expect(schedule.isBusy()).toBe(true);

      // 06:00 comes while 03:00 is still running, and stays blocked for an hour: never started beside it,
      // reported once.
      await vi.advanceTimersByTimeAsync(4 * 3600_000);
      expect(started).toEqual(['20261129T0300']);
      expect(blocked).toEqual([{ runId: '20261129T0600', runningRunId: '20261129T0300' }]);

      long.resolve();
      await schedule.idle();
      expect(reports).toEqual(['20261129T0300']);

      // Once 03:00 is done, 06:00 starts late (croner re-checks a due slot every 30 s), with its own id.
      await vi.advanceTimersByTimeAsync(31_000);
      expect(started).toEqual(['20261129T0300', '20261129T0600']);
      await schedule.idle();
      expect(schedule.isBusy()).toBe(false);

      await vi.advanceTimersByTimeAsync(2 * 3600_000);
      expect(started).toEqual(['20261129T0300', '20261129T0600', '20261129T0900']);
      expect(reports).toEqual(['20261129T0300', '20261129T0600', '20261129T0900']);
    } finally {
      schedule.stop();
    }
  });

  it('reports a failing slot to onError and keeps going', async () => {
    vi.useFakeTimers({ now: kst('2026-11-29T20:59:59') });
    const errors: [string, string][] = [];
    let calls = 0;
    const schedule = schedulePipeline(
      {},
      {
        run: async (config) => {
          calls++;
          if (calls === 1) throw new Error('slot locked');
          return fakeReport(config.runId!);
        },
        onError: (error, runId) => errors.push([runId, (error as Error).message]),
      },
    );
    try {
      await vi.advanceTimersByTimeAsync(2_000);
      expect(errors).toEqual([['20261129T2100', 'slot locked']]);
      await vi.advanceTimersByTimeAsync(3 * 3600_000);
      expect(calls).toBe(2);
    } finally {
      schedule.stop();
    }
  });

  it('starts nothing after stop()', async () => {
    vi.useFakeTimers({ now: kst('2026-11-29T11:59:59') });
    let calls = 0;
    const schedule = schedulePipeline(
      {},
      {
        run: async (config) => {
          calls++;
          return fakeReport(config.runId!);
        },
      },
    );
    schedule.stop();
    await vi.advanceTimersByTimeAsync(6 * 3600_000);
    expect(calls).toBe(0);
  });
});
