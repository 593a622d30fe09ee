// `ohmystack doctor`'s checks, in order: configuration, Node, the work directory, each secret (set or not,
// never its value), the database, S3, Athena, DuckDB and Chromium. A check that cannot run because an
// earlier one failed is skipped, not failed twice.
import { readSecrets, redactSecrets } from '../../pipeline/secrets.js';
import type { CliIo } from '../io.js';
import { attemptCheck } from './attempt-check.js';
import type { DoctorCheck } from './doctor-check.js';
import { checkConfig, checkNode, checkWorkDir } from './local-checks.js';
import { type DoctorProbes, liveProbes } from './probes.js';
import { secretChecks } from './secret-checks.js';
import { checkAthena, checkDatabase, checkS3, type ServiceCheckContext } from './service-checks.js';
import { checkChromium, checkDuckdb } from './tool-checks.js';

export { CHROMIUM_PATH } from './tool-checks.js';

/** Options of {@link runDoctor}. */
export interface RunDoctorOptions {
  configFile?: string | undefined;
  probes?: DoctorProbes;
  /** @default process.versions.node */
  nodeVersion?: string;
  /** How long a service may take to answer, ms. @default 10000 */
  timeoutMs?: number;
}

/** What the doctor found. */
export interface DoctorResult {
  checks: DoctorCheck[];
  /** True when the configuration itself is wrong (exit 64 rather than 1). */
  configInvalid: boolean;
}

/**
 * Runs every check and returns them; never throws for a failing check.
 *
 * @example const { checks } = await runDoctor(io); checks.find((c) => c.name === 'database')?.status // 'ok'
 */
export async function runDoctor(io: CliIo, options: RunDoctorOptions = {}): Promise<DoctorResult> {
  const services: ServiceCheckContext = {
    secrets: readSecrets(io.env),
    probes: options.probes ?? liveProbes,
    attempt: attemptCheck(options.timeoutMs ?? 10_000),
  };
  const checks: DoctorCheck[] = [];
  // Details quote what drivers and services said, which may echo a secret back.
  const add = (check: DoctorCheck) =>
    checks.push({ ...check, detail: redactSecrets(check.detail, services.secrets) });

  const { check: config, resolved } = await checkConfig(io, options.configFile);
  add(config);
  add(checkNode(options.nodeVersion ?? process.versions.node));
  add(await checkWorkDir(resolved, services.attempt));
  for (const check of secretChecks(resolved, services.secrets)) add(check);
  add(await checkDatabase(resolved, services));
  add(await checkS3(resolved, services));
  add(await checkAthena(resolved, services));
  add(await checkDuckdb(services.probes));
  add(await checkChromium(services.probes));
  return { checks, configInvalid: resolved === null };
}
