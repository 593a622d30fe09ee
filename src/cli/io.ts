// What the CLI touches of the outside world, in one object: the two output streams, the environment, the
// working directory, a clock and the interrupt signals. Commands never reach for `process` themselves,
// so tests run them in-process with captured output and a fake environment.

/** An output stream: text in, and whether it is a terminal (progress bars) and how wide. */
export interface CliStream {
  write(text: string): void;
  /** True when the stream is a terminal: progress is redrawn in place there. */
  isTTY?: boolean;
  /** Terminal width in columns; lines are cut to it so a redraw never wraps. */
  columns?: number;
}

/** The interrupt signals the CLI turns into an abort. */
export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** The CLI's world. */
export interface CliIo {
  /** Results: tables, summaries, the RunReport with `--json`. */
  stdout: CliStream;
  /** Progress, logs and errors, so `--json` output on stdout stays clean. */
  stderr: CliStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Milliseconds, for elapsed times and rate-limiting progress lines. */
  now(): number;
  /** Calls `handler` on SIGINT/SIGTERM until the returned function is called. */
  onInterrupt(handler: (signal: InterruptSignal) => void): () => void;
  /** Ends the process at once (a second Ctrl-C while a clean abort hangs). */
  forceExit(code: number): void;
  /** The package version, for `--version`. */
  version: string;
}

/**
 * Returns the CLI's world from the running process.
 *
 * @example const io = nodeIo('0.2.0'); io.stdout.write('안녕\n');
 */
export function nodeIo(version: string): CliIo {
  const stream = (target: NodeJS.WriteStream): CliStream => ({
    write: (text) => {
      target.write(text);
    },
    get isTTY() {
      return target.isTTY === true;
    },
    get columns() {
      return target.columns;
    },
  });
  return {
    stdout: stream(process.stdout),
    stderr: stream(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    now: () => performance.now(),
    onInterrupt(handler) {
      const onSigint = () => handler('SIGINT');
      const onSigterm = () => handler('SIGTERM');
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigterm);
      return () => {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigterm);
      };
    },
    forceExit: (code) => process.exit(code),
    version,
  };
}
