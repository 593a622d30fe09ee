// An in-memory CliIo: captured output, a given environment, a clock the test moves, interrupts on demand.
import type { CliIo, InterruptSignal } from '../../../src/cli/io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
  /** Moves the clock on. */
  advance(ms: number): void;
  /** Sends an interrupt to whoever listens. */
  interrupt(signal: InterruptSignal): void;
  /** Resolves once stderr holds text matching `pattern`. */
  waitForErr(pattern: RegExp): Promise<void>;
  exits: number[];
}

export function fakeIo(
  options: { env?: Record<string, string>; cwd?: string; tty?: boolean; columns?: number } = {},
): FakeIo {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const handlers = new Set<(signal: InterruptSignal) => void>();
  const exits: number[] = [];
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  return {
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: false,
    },
    stderr: {
      write: (text) => {
        stderr += text;
        for (const waiter of waiters.filter((w) => w.pattern.test(stderr))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      },
      isTTY: options.tty ?? false,
      ...(options.columns ? { columns: options.columns } : {}),
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    now: () => clock,
    onInterrupt(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    forceExit: (code) => {
      exits.push(code);
    },
    version: '9.9.9',
    out: () => stdout,
    err: () => stderr,
    advance: (ms) => {
      clock += ms;
    },
    interrupt: (signal) => {
      for (const handler of handlers) handler(signal);
    },
    waitForErr: (pattern) =>
      pattern.test(stderr) ? Promise.resolve() : new Promise((resolve) => waiters.push({ pattern, resolve })),
    exits,
  };
}
