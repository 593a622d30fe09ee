// The doctor's checks of this machine: the configuration (file and OHMYSTACK_* variables), the Node
// version, and whether the work directory is writable — without leaving anything behind.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ResolvedPipelineConfig } from '../../pipeline/config.js';
import type { CliIo } from '../io.js';
import { loadCliConfig } from '../load-cli-config.js';
import type { AttemptCheck } from './attempt-check.js';
import { failureReason } from './attempt-check.js';
import type { DoctorCheck } from './doctor-check.js';
import { pathExists } from './path-exists.js';

/** The config check and, when the configuration is valid, the configuration it resolved. */
export interface ConfigCheck {
  check: DoctorCheck;
  resolved: ResolvedPipelineConfig | null;
}

/**
 * Returns the 'config' check and the resolved configuration (null when it is invalid); never throws.
 *
 * @example (await checkConfig(io, 'ohmystack.json')).check.detail // 'ohmystack.json is valid'
 */
export async function checkConfig(io: CliIo, configFile: string | undefined): Promise<ConfigCheck> {
  try {
    const loaded = await loadCliConfig(io, { file: configFile });
    return {
      resolved: loaded.resolved,
      check: {
        name: 'config',
        status: 'ok',
        detail: loaded.file
          ? `${loaded.file} is valid`
          : 'no config file: defaults and OHMYSTACK_* variables',
      },
    };
  } catch (error) {
    return { resolved: null, check: { name: 'config', status: 'fail', detail: failureReason(error) } };
  }
}

/**
 * Returns the 'node' check: ok from Node 20 on.
 *
 * @example checkNode('18.19.0').status // 'fail'
 */
export function checkNode(nodeVersion: string): DoctorCheck {
  const major = Number(nodeVersion.split('.')[0]);
  return {
    name: 'node',
    status: major >= 20 ? 'ok' : 'fail',
    detail: `v${nodeVersion} (ohmystack needs Node 20 or later)`,
  };
}

/**
 * Returns the 'work dir' check: writable, or not created yet under a writable parent; skipped when the
 * configuration is invalid.
 *
 * @example (await checkWorkDir(resolved, attempt)).detail // '.ohmystack: writable'
 */
export async function checkWorkDir(
  resolved: ResolvedPipelineConfig | null,
  attempt: AttemptCheck,
): Promise<DoctorCheck> {
  if (!resolved) return { name: 'work dir', status: 'skip', detail: 'the config is invalid' };
  const workDir = resolved.workDir;
  return attempt('work dir', workDir, () => checkWritable(workDir));
}

/** Says whether `dir` is writable without leaving anything: a probe file if it exists, else its nearest existing parent. */
async function checkWritable(dir: string): Promise<string> {
  if (await pathExists(dir)) {
    const probe = join(dir, `.doctor-${randomBytes(4).toString('hex')}`);
    await writeFile(probe, 'ok');
    await rm(probe);
    return 'writable';
  }
  let parent = dirname(dir);
  while (!(await pathExists(parent)) && dirname(parent) !== parent) parent = dirname(parent);
  await access(parent, constants.W_OK);
  return `not created yet; ${parent} is writable, so the first run creates it`;
}
