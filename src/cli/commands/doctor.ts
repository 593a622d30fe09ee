// `ohmystack doctor`: is this machine ready to run? Configuration, Node, the work directory, secrets (named,
// never shown), the database, S3, Athena, DuckDB and Chromium. Exits 1 when a required check fails, 64
// when the configuration itself is wrong.
import { defineCommand } from 'citty';
import type { CommandEnv } from '../command-env.js';
import { formatDoctor } from '../doctor/format-doctor.js';
import type { DoctorProbes } from '../doctor/probes.js';
import { runDoctor } from '../doctor/run-doctor.js';
import { EXIT } from '../exit-codes.js';
import { configArg, debugArg } from '../shared-args.js';

const args = {
  config: configArg,
  json: { type: 'boolean', description: 'print { ok, checks } as JSON on stdout' },
  debug: debugArg,
} as const;

/**
 * Returns the `doctor` command; tests pass probes that need no services.
 *
 * @example ohmystack doctor --json | jq '.checks[] | select(.status == "fail")'
 */
export function doctorCommand(env: CommandEnv, probes?: DoctorProbes) {
  return defineCommand({
    meta: { name: 'doctor', description: 'check configuration, services and keys (never printing a key)' },
    args,
    async run({ args: parsed }) {
      const { checks, configInvalid } = await runDoctor(env.io, {
        configFile: parsed.config,
        ...(probes ? { probes } : {}),
      });
      const ok = checks.every((check) => check.status !== 'fail');
      if (parsed.json) env.io.stdout.write(`${JSON.stringify({ ok, checks }, null, 2)}\n`);
      else env.io.stdout.write(`${formatDoctor(checks).join('\n')}\n`);
      env.exit.code = ok ? EXIT.ok : configInvalid ? EXIT.usage : EXIT.failed;
    },
  });
}
