// How a failure reaches the user: one line saying what happened, one saying what to do, and an exit code
// a scheduler can act on. Stacks only with --debug; secret values never, even inside a driver's message.
import { isOhmystackError } from '../model/errors/ohmystack-error.js';
import { readSecrets, redactSecrets } from '../pipeline/secrets.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { MissingPackageError } from './missing-package-error.js';
import { isUsageError } from './usage-error.js';

/**
 * Returns the exit code for an error a command threw.
 *
 * @example exitCodeOfError(new RunLockedError({ runId: '20261129T0900', holder: 'pid 42' })) // 75
 */
export function exitCodeOfError(error: unknown): ExitCode {
  if (isUsageError(error)) return EXIT.usage;
  if (error instanceof MissingPackageError) return EXIT.unavailable;
  if (!isOhmystackError(error)) return EXIT.failed;
  switch (error.code) {
    case 'invalid_config':
    case 'missing_option':
    case 'invalid_profile':
      return EXIT.usage;
    case 'run_locked':
      return EXIT.locked;
    case 'aborted':
      return EXIT.interrupted;
    case 'capability_missing':
      return EXIT.unavailable;
    default:
      return EXIT.failed;
  }
}

/** Options of {@link formatError}. */
export interface FormatErrorOptions {
  /** Add the stack and the chain of causes. */
  debug?: boolean;
  /** The environment whose secret values are masked in the text. */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Returns the text printed for an error: `ohmystack: <what happened>` and `  hint: <what to do>`; with
 * `debug`, the stack and causes too. Secret values from `env` are replaced by '***'.
 *
 * @example formatError(new ConfigError({ issues: [{ path: ['geo', 'geocoder'], message: 'Invalid option' }] }))
 * // 'ohmystack: [ohmystack] invalid configuration: geo.geocoder: Invalid option\n  hint: fix the setting in …\n'
 */
export function formatError(error: unknown, options: FormatErrorOptions = {}): string {
  const lines: string[] = [];
  const hint = hintOf(error);
  let message = error instanceof Error ? error.message : String(error);
  // OhmystackError appends '; <hint>' to its message; the hint gets its own line here.
  if (hint && message.endsWith(`; ${hint}`)) message = message.slice(0, -(hint.length + 2));
  // Library errors already say '[ohmystack:<scope>]'; others get the command's name.
  lines.push(message.startsWith('[ohmystack') ? message : `ohmystack: ${message}`);
  if (hint) lines.push(`  hint: ${hint}`);
  if (options.debug) {
    let current: unknown = error;
    for (let depth = 0; current instanceof Error && depth < 8; depth++) {
      lines.push(depth === 0 ? '' : `caused by: ${current.message}`, current.stack ?? '');
      current = current.cause;
    }
  } else if (!hint && !isOhmystackError(error) && !isUsageError(error)) {
    // Not one of ours and no advice to give: a bug or an environment problem worth a stack.
    lines.push('  (run with --debug for the stack)');
  }
  const text = `${lines.join('\n')}\n`;
  return options.env ? redactSecrets(text, readSecrets(options.env)) : text;
}

function hintOf(error: unknown): string | undefined {
  if (isOhmystackError(error)) return error.hint;
  if (error instanceof Error && 'hint' in error && typeof error.hint === 'string') return error.hint;
  return undefined;
}
