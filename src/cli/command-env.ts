// What every subcommand is built with: the CLI's world and the exit code it reports back. citty drops a
// subcommand's return value, so commands set `exit.code` instead.
import type { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/** A subcommand's surroundings. */
export interface CommandEnv {
  io: CliIo;
  exit: { code: ExitCode };
}
