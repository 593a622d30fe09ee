// The gate that lets only a few bodies grow large at once: a counting semaphore whose waits end with the
// request's signal, and, through the client, large answers that all still arrive whole when more of them
// are in flight than there are slots.
import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/http/http-client.js';
import { LARGE_BODY_BYTES, largeBodyGate } from '../../../src/http/large-body-gate.js';
import { startTestServer } from '../../helpers/test-server.js';

const settledNow = async <T>(promise: Promise<T>): Promise<boolean> => {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('largeBodyGate', () => {
  it('admits as many as it has slots, then one more per release', async () => {
    const gate = largeBodyGate(2);
    const signal = new AbortController().signal;
    const first = await gate.enter(signal);
    await gate.enter(signal);
    const third = gate.enter(signal);
    expect(await settledNow(third)).toBe(false);
    first();
    expect(await settledNow(third)).toBe(true);
  });

  it('counts a release once, however often it is called', async () => {
    const gate = largeBodyGate(1);
    const signal = new AbortController().signal;
    const release = await gate.enter(signal);
    release();
    release();
    await gate.enter(signal);
    expect(await settledNow(gate.enter(signal))).toBe(false);
  });

  it('ends a wait with the reason of its signal, and the slot goes to the next in line', async () => {
    const gate = largeBodyGate(1);
    const release = await gate.enter(new AbortController().signal);
    const timedOut = new AbortController();
    const abandoned = gate.enter(timedOut.signal);
    const next = gate.enter(new AbortController().signal);
    timedOut.abort(new Error('timeout'));
    await expect(abandoned).rejects.toThrow('timeout');
    release();
    expect(await settledNow(next)).toBe(true);
  });

  it('refuses at once when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('gone'));
    await expect(largeBodyGate(1).enter(controller.signal)).rejects.toThrow('gone');
  });
});

describe('large answers through the client', () => {
  it('reads six answers of 3 × the threshold in full with 6 in flight and 2 slots', async () => {
    const size = 3 * LARGE_BODY_BYTES;
    const server = await startTestServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('x'.repeat(size));
    });
    try {
      const http = createHttpClient({
        perHostRate: Number.POSITIVE_INFINITY,
        perHostConcurrency: 6,
        respectRobots: false,
      });
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          http.fetch(
            { kind: 'page', url: server.url(`/page/${i}`), responseType: 'text' },
            { source: 'site' },
          ),
        ),
      );
      expect(answers.map((answer) => String(answer.body).length)).toEqual(Array(6).fill(size));
      expect(http.stats('site')).toMatchObject({ requests: 6, failures: 0, bodyBytes: 6 * size });
    } finally {
      await server.close();
    }
  });
});
