// The one abortable sleep: it ends on time, or at once when the signal aborts, with an AbortedError that
// carries the caller's context. Time is vitest's fake clock, never the machine's.
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sleep } from '../../../src/http/abort.js';
import { AbortedError } from '../../../src/model/errors/aborted-error.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('sleep', () => {
  it('resolves after the given time, not before', async () => {
    vi.useFakeTimers();
    let done = false;
    const sleeping = sleep(1000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    await sleeping;
  });

  it('rejects with an AbortedError carrying the context as soon as the signal aborts', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const sleeping = sleep(60_000, controller.signal, { sink: 's3', what: 'delete' }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(new Error('user cancelled'));
    const error = await sleeping;
    expect(error).toBeInstanceOf(AbortedError);
    expect(error).toMatchObject({ name: 'AbortError', code: 'aborted', sink: 's3' });
    expect((error as Error).message).toContain('delete aborted');
    expect((error as Error).cause).toEqual(new Error('user cancelled'));
    // The timer is gone with the abort: nothing is left for the clock to run.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once when the signal has already aborted, even for no wait', async () => {
    const signal = AbortSignal.abort();
    await expect(sleep(0, signal, { source: 'jumpit' })).rejects.toMatchObject({
      code: 'aborted',
      source: 'jumpit',
    });
  });

  it('keeps an AbortedError given as the reason', async () => {
    const reason = new AbortedError({ source: 'pipeline', what: 'run' });
    const controller = new AbortController();
    const sleeping = sleep(60_000, controller.signal, { sink: 'athena' });
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });

  it('resolves without a timer for zero or less, and leaves no listener behind', async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    await sleep(0, controller.signal);
    await sleep(-5, controller.signal);
    expect(vi.getTimerCount()).toBe(0);
    const sleeping = sleep(5, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5);
    await sleeping;
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
