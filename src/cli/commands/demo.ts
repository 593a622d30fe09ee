// `ohmystack demo`: the whole flow offline against the built-in site replica (4,000 postings across five
// sites by default), the embedded gazetteer, a local lake and SQLite — no keys, no internet.
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import type { DemoResult } from '../../testing/demo.js';
import { positiveInt, slotRunId } from '../check-args.js';
import type { CommandEnv } from '../command-env.js';
import { exitCodeOfStatus } from '../exit-codes.js';
import { formatDemoSummary } from '../format/demo-summary.js';
import { watchInterrupt } from '../interrupt.js';
import { createProgress } from '../progress/create-progress.js';
import { interrupted } from '../run-with-progress.js';
import { debugArg, quietArg, runIdArg } from '../shared-args.js';

const args = {
  out: {
    type: 'string',
    valueHint: 'dir',
    description: 'output directory: DIR/lake and DIR/ohmystack.db',
    required: true,
  },
  postings: {
    type: 'string',
    valueHint: 'n',
    description: 'postings across the five replica sites (default 4000)',
  },
  'run-id': runIdArg,
  force: {
    type: 'boolean',
    description: 'run the slot again even if DIR already holds it (the lake copy is replaced)',
  },
  json: { type: 'boolean', description: 'print the RunReport as JSON on stdout' },
  quiet: quietArg,
  debug: debugArg,
} as const;

/**
 * Returns the `demo` command.
 *
 * @example ohmystack demo --out demo --postings 500
 */
export function demoCommand(env: CommandEnv) {
  return defineCommand({
    meta: {
      name: 'demo',
      description: 'the whole flow offline against the built-in site replica: DIR/lake and DIR/ohmystack.db',
    },
    args,
    async run({ args: parsed }) {
      const { io } = env;
      const postings = positiveInt('--postings', parsed.postings);
      const givenRunId = slotRunId('--run-id', parsed['run-id']);
      const view = createProgress(io, { quiet: parsed.quiet });
      const interrupt = watchInterrupt(io);
      let runId = givenRunId ?? null;
      let demo: DemoResult;
      try {
        // The demo runs against the site replica: loaded here, so no other command pays for it.
        const { runDemo } = await import('../../testing/demo.js');
        demo = await runDemo({
          out: resolve(io.cwd, parsed.out),
          ...(postings ? { postings } : {}),
          ...(givenRunId ? { runId: givenRunId } : {}),
          ...(parsed.force ? { force: true } : {}),
          signal: interrupt.signal,
          onProgress: (event) => {
            if (event.type === 'run') runId = event.runId;
            view.onProgress(event);
          },
        });
      } catch (error) {
        view.finish();
        if (interrupt.exitCode !== null) {
          const resume = `ohmystack demo --out ${parsed.out} --run-id ${runId ?? '<slot>'}`;
          env.exit.code = interrupted(env, resume, interrupt.exitCode);
          return;
        }
        throw error;
      } finally {
        interrupt.dispose();
      }
      view.finish();
      if (parsed.json) io.stdout.write(`${JSON.stringify(demo.report, null, 2)}\n`);
      else io.stdout.write(`${formatDemoSummary(demo, io.cwd).join('\n')}\n`);
      env.exit.code = exitCodeOfStatus(demo.report.status);
    },
  });
}
