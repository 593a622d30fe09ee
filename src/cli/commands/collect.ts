// `ohmystack collect`: the first task of a scheduler with a task per stage. It stages the slot's postings
// on disk and stops; `ohmystack run` with the same --run-id then loads them without fetching again.
import { defineCommand } from 'citty';
import { slotRunId } from '../check-args.js';
import type { CommandEnv } from '../command-env.js';
import { loadCliConfig } from '../load-cli-config.js';
import { runWithProgress } from '../run-with-progress.js';
import { configArg, debugArg, jsonArg, quietArg, runIdArg } from '../shared-args.js';

const args = {
  config: configArg,
  'run-id': runIdArg,
  force: { type: 'boolean', description: 'collect again even if this slot was already committed' },
  json: jsonArg,
  quiet: quietArg,
  debug: debugArg,
} as const;

/**
 * Returns the `collect` command.
 *
 * @example ohmystack collect --run-id 20261129T0900 && ohmystack run --run-id 20261129T0900
 */
export function collectCommand(env: CommandEnv) {
  return defineCommand({
    meta: {
      name: 'collect',
      description:
        "stage a slot's postings without loading them (a later `run` with the same --run-id loads them)",
    },
    args,
    async run({ args: parsed }) {
      const runId = slotRunId('--run-id', parsed['run-id']);
      const { config } = await loadCliConfig(env.io, {
        file: parsed.config,
        overrides: {
          stopAfter: 'collect',
          ...(runId ? { runId } : {}),
          ...(parsed.force ? { force: true } : {}),
        },
      });
      env.exit.code = await runWithProgress(env, config, {
        json: parsed.json,
        quiet: parsed.quiet,
        resumeWith: 'ohmystack collect',
      });
    },
  });
}
