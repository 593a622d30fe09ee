// `ohmystack run`: one run of the current KST slot (or --run-id), or --schedule for the eight daily slots.
import { defineCommand } from 'citty';
import { slotRunId } from '../check-args.js';
import type { CommandEnv } from '../command-env.js';
import { loadCliConfig } from '../load-cli-config.js';
import { runSchedule } from '../run-schedule.js';
import { runWithProgress } from '../run-with-progress.js';
import { configArg, debugArg, jsonArg, quietArg, runIdArg } from '../shared-args.js';
import { UsageError } from '../usage-error.js';

const args = {
  config: configArg,
  'run-id': runIdArg,
  force: { type: 'boolean', description: 'run again even if this slot was already committed' },
  schedule: {
    type: 'boolean',
    description: 'keep running: one run at each KST slot (00, 03, …, 21 Asia/Seoul) until Ctrl-C',
  },
  json: jsonArg,
  quiet: quietArg,
  debug: debugArg,
} as const;

/**
 * Returns the `run` command.
 *
 * @example ohmystack run --config ohmystack.config.json --json > report.json
 */
export function runCommand(env: CommandEnv) {
  return defineCommand({
    meta: {
      name: 'run',
      description: 'collect, normalize, geocode and load one KST slot (or --schedule: every slot)',
    },
    args,
    async run({ args: parsed }) {
      const runId = slotRunId('--run-id', parsed['run-id']);
      if (parsed.schedule && runId) {
        throw new UsageError({
          message: '--schedule and --run-id do not go together',
          hint: 'a schedule names each slot itself',
        });
      }
      const { config } = await loadCliConfig(env.io, {
        file: parsed.config,
        overrides: {
          ...(runId ? { runId } : {}),
          ...(parsed.force ? { force: true } : {}),
        },
      });
      const output = { json: parsed.json, quiet: parsed.quiet, debug: parsed.debug };
      env.exit.code = parsed.schedule
        ? await runSchedule(env, config, output)
        : await runWithProgress(env, config, output);
    },
  });
}
