// The CLI's configuration: the config file and OHMYSTACK_* variables (loadConfig), then the command line
// on top (--run-id, --force, stopAfter), checked at once so a wrong setting exits 64 before any request.
// Relative paths are read from the CLI's working directory.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { type PipelineConfig, parsePipelineConfig, type ResolvedPipelineConfig } from '../pipeline/config.js';
import { sqliteFileOf } from '../pipeline/database-url.js';
import { loadConfig } from '../pipeline/load-config.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** A loaded configuration: as given (for runPipeline) and resolved (defaults applied, for reading). */
export interface CliConfig {
  config: PipelineConfig;
  resolved: ResolvedPipelineConfig;
  /** The config file read, or null when there was none. */
  file: string | null;
}

/**
 * Returns the configuration for a command: file, environment, then `overrides`.
 *
 * @throws {ConfigError} naming the wrong setting; {UsageError} when `file` (--config) does not exist.
 * @example const { config } = await loadCliConfig(io, { file: args.config, overrides: { force: true } });
 */
export async function loadCliConfig(
  io: CliIo,
  options: { file?: string | undefined; overrides?: PipelineConfig } = {},
): Promise<CliConfig> {
  if (options.file !== undefined && !existsSync(resolve(io.cwd, options.file))) {
    throw new UsageError({
      message: `--config: no file at ${resolve(io.cwd, options.file)}`,
      hint: 'give the path of an ohmystack.config.{ts,mts,mjs,js,json}, or leave --config out to use the one in the working directory',
    });
  }
  const { config: loaded, file } = await loadConfig({
    ...(options.file ? { file: options.file } : {}),
    cwd: io.cwd,
    env: io.env,
  });
  // A plain copy: process.env is an exotic object that zod's record check does not accept.
  const env = Object.fromEntries(Object.entries(io.env));
  const config = withAbsolutePaths({ ...loaded, ...options.overrides, env }, io.cwd);
  const resolved = parsePipelineConfig(
    config,
    file ? `configuration (${file}, the environment and the command line)` : 'configuration',
  );
  return { config, resolved, file };
}

/** Returns the local lake directory the config writes (undefined for an S3 lake or none). */
export function localLakeDir(resolved: ResolvedPipelineConfig): string | undefined {
  if (resolved.lake === false || resolved.lake.s3) return undefined;
  return resolved.lake.dir ?? resolve(resolved.workDir, 'lake');
}

function withAbsolutePaths(config: PipelineConfig, cwd: string): PipelineConfig {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  const out: PipelineConfig = { ...config, workDir: absolute(config.workDir ?? '.ohmystack') };
  const lake = config.lake;
  if (typeof lake === 'object' && lake.dir) out.lake = { ...lake, dir: absolute(lake.dir) };
  const connection = config.database ? config.database.connection : undefined;
  const sqlite = config.database && (config.database.dialect ?? 'sqlite') === 'sqlite';
  if (config.database && sqlite && connection && sqliteFileOf(connection) !== ':memory:') {
    out.database = { ...config.database, connection: absolute(sqliteFileOf(connection)) };
  }
  return out;
}
