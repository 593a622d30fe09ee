// Finds and reads a config file, lays the environment over it, and checks the result at once, so a
// wrong setting stops the run before any request with a message that names it.
import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../model/errors/config-error.js';
import { type PipelineConfig, parsePipelineConfig } from './config.js';
import { configFromEnv, mergeConfig } from './env-config.js';

/** The file names looked for, in order, in the working directory. */
export const CONFIG_FILES = [
  'ohmystack.config.ts',
  'ohmystack.config.mts',
  'ohmystack.config.mjs',
  'ohmystack.config.js',
  'ohmystack.config.json',
] as const;

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /** A config file; when absent, the first of {@link CONFIG_FILES} found in `cwd`. */
  file?: string;
  /** @default process.cwd() */
  cwd?: string;
  /** @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Returns the configuration of the config file (when there is one) with the environment laid over it,
 * checked, and the file it came from.
 *
 * @throws {ConfigError} for a file that cannot be read or parsed, or a wrong setting (named).
 * @example const { config } = await loadConfig(); const report = await runPipeline(config);
 */
export async function loadConfig(
  options: LoadConfigOptions = {},
): Promise<{ config: PipelineConfig; file: string | null }> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const file = options.file ? resolve(cwd, options.file) : await findConfigFile(cwd);
  const fromFile = file ? await readConfigFile(file) : {};
  const config = mergeConfig(fromFile, configFromEnv(env)) as PipelineConfig;
  parsePipelineConfig(
    config,
    file ? `configuration (${file} and the environment)` : 'configuration (environment)',
  );
  return { config, file };
}

async function findConfigFile(cwd: string): Promise<string | null> {
  for (const name of CONFIG_FILES) {
    const path = resolve(cwd, name);
    try {
      await access(path);
      return path;
    } catch {
      // Not there: try the next name.
    }
  }
  return null;
}

async function readConfigFile(file: string): Promise<unknown> {
  if (file.endsWith('.json')) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new ConfigError({ issues: [{ path: [], message: `cannot read ${file}: ${messageOf(error)}` }] });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError({ issues: [{ path: [], message: `${file} is not JSON: ${messageOf(error)}` }] });
    }
  }
  try {
    const module = (
      TYPESCRIPT.test(file) ? await importTypeScript(file) : await import(pathToFileURL(file).href)
    ) as { default?: unknown; config?: unknown } | undefined;
    return module?.default ?? module?.config ?? {};
  } catch (error) {
    throw new ConfigError({ issues: [{ path: [], message: `cannot load ${file}: ${messageOf(error)}` }] });
  }
}

const TYPESCRIPT = /\.[mc]?ts$/;

// Plain Node 20 cannot import TypeScript, so a .ts config goes through jiti, which strips the types
// (and lets the file import 'ohmystack' for its types). Loaded only here: a .json or .mjs config, and
// the library itself, never pay for it. No caches: the config is read once, and a second load in the
// same process (a test, a long-lived scheduler) must see the file as it is now.
async function importTypeScript(file: string): Promise<unknown> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(file, { fsCache: false, moduleCache: false, interopDefault: false });
  return jiti.import(file);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
