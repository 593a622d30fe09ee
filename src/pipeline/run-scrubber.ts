// The scrubber of one run: every secret the run could hold, so whatever a run writes or throws (report,
// warnings, quarantine file, staging, lake and database rows, progress events, errors) is masked by one
// list. Secrets come from the environment; credentials a config hands to a client count as well.
import type { SecretScrubber } from '../model/secret-scrubber.js';
import type { ResolvedPipelineConfig } from './config.js';
import { type Secrets, secretScrubber } from './secrets.js';

/** Setting names whose values are secrets (the config schema refuses them for sites, for the same reason). */
const SECRET_SETTING = /(key|secret|password|token|credentials?)$/i;

/** The sections of a config that configure clients (not sources, callbacks or signals). */
const CLIENT_SECTIONS = ['http', 'geo', 'lake', 'database', 'athena'] as const;

/**
 * Returns the scrubber of a run with `config` and `secrets`: each secret, and every string a client
 * section of the config holds under a secret-like name (an S3 or Athena `credentials` block, a
 * `sessionToken`), however deep.
 *
 * @example runScrubber(config, readSecrets(process.env)).scrubValue(report)
 */
export function runScrubber(config: ResolvedPipelineConfig, secrets: Secrets): SecretScrubber {
  const fromConfig: string[] = [];
  for (const section of CLIENT_SECTIONS) collectSecretSettings(config[section], false, fromConfig, 0);
  return secretScrubber(secrets, fromConfig);
}

function collectSecretSettings(value: unknown, secret: boolean, into: string[], depth: number): void {
  if (typeof value === 'string') {
    if (secret) into.push(value);
    return;
  }
  if (typeof value !== 'object' || value === null || depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collectSecretSettings(item, secret, into, depth + 1);
    return;
  }
  for (const [key, item] of Object.entries(value))
    collectSecretSettings(item, secret || SECRET_SETTING.test(key), into, depth + 1);
}
