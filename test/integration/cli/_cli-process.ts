// Runs the CLI from source in a child process (node + tsx's loader), as a user's shell would run the
// built bin: its own stdout, stderr and exit code. Events, not timers, decide when a test acts.
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(ROOT, 'src/cli/main.ts');

/** What a finished CLI process left. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Options of {@link startCli}. */
export interface CliProcessOptions {
  cwd: string;
  /** Added to a clean environment (no OHMYSTACK_* or keys from the machine running the tests). */
  env?: Record<string, string>;
}

/** A running CLI process. */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves once stderr has printed a line matching `pattern`. */
  waitForStderr(pattern: RegExp): Promise<void>;
  done: Promise<CliResult>;
}

/** Starts `ohmystack <args>` from source. */
export function startCli(args: readonly string[], options: CliProcessOptions): CliProcess {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(OHMYSTACK_|KAKAO_|SARAMIN_)/.test(key)) env[key] = value;
  }
  const child = spawn(process.execPath, ['--import', TSX, MAIN, ...args], {
    cwd: options.cwd,
    env: { ...env, NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(stderr)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  const done = new Promise<CliResult>((resolveDone, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      for (const waiter of waiters) waiter.resolve();
      resolveDone({ code, stdout, stderr });
    });
  });
  return {
    child,
    waitForStderr: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve()
        : new Promise((resolveWait) => waiters.push({ pattern, resolve: resolveWait })),
    done,
  };
}

/** Runs `ohmystack <args>` from source to its end. */
export function runCli(args: readonly string[], options: CliProcessOptions): Promise<CliResult> {
  return startCli(args, options).done;
}
