// Ctrl-C and SIGTERM abort the run through its AbortSignal, so sinks drop their half-written parts and the
// staged postings stay for a resume. A second Ctrl-C exits at once, for when a clean abort hangs.
import { EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo, InterruptSignal } from './io.js';

/** An interrupt watch for one command. */
export interface InterruptWatch {
  signal: AbortSignal;
  /** The exit code for the signal received (130 SIGINT, 143 SIGTERM), or null if none came. */
  readonly exitCode: ExitCode | null;
  dispose(): void;
}

/**
 * Returns an AbortSignal that aborts on SIGINT/SIGTERM; a second signal calls `io.forceExit`.
 *
 * @example const interrupt = watchInterrupt(io); await runPipeline({ signal: interrupt.signal });
 */
export function watchInterrupt(io: CliIo): InterruptWatch {
  const controller = new AbortController();
  let received: InterruptSignal | null = null;
  const codeOf = (signal: InterruptSignal) => (signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated);
  const off = io.onInterrupt((signal) => {
    if (received) {
      io.stderr.write('ohmystack: second interrupt, exiting now\n');
      io.forceExit(codeOf(received));
      return;
    }
    received = signal;
    io.stderr.write(`\nohmystack: ${signal}: stopping cleanly… (again to exit at once)\n`);
    controller.abort(new Error(`interrupted by ${signal}`));
  });
  return {
    signal: controller.signal,
    get exitCode() {
      return received ? codeOf(received) : null;
    },
    dispose: off,
  };
}
