// One pipeline run from the command line: progress on stderr, Ctrl-C as a clean abort, the report on
// stdout (JSON or a summary), and the exit code of its status. `run` and `collect` share it.
import type { RunReport } from '../model/run-report.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { CommandEnv } from './command-env.js';
import { type ExitCode, exitCodeOfStatus } from './exit-codes.js';
import { formatRunSummary } from './format/run-summary.js';
import { watchInterrupt } from './interrupt.js';
import { createProgress } from './progress/create-progress.js';

/** Output options of {@link runWithProgress}. */
export interface RunOutputOptions {
  json?: boolean;
  quiet?: boolean;
  /** The command that resumes an interrupted run, without its --run-id. @default 'ohmystack run' */
  resumeWith?: string;
}

/**
 * Runs the pipeline once, prints its report and returns the exit code (130/143 when interrupted).
 *
 * @example env.exit.code = await runWithProgress(env, config, { json: args.json });
 */
export async function runWithProgress(
  env: CommandEnv,
  config: PipelineConfig,
  options: RunOutputOptions,
): Promise<ExitCode> {
  const { io } = env;
  const view = createProgress(io, { quiet: options.quiet });
  const interrupt = watchInterrupt(io);
  // The slot is known once the run starts; an interrupted run is resumed with it.
  let runId = config.runId ?? null;
  const onProgress: PipelineConfig['onProgress'] = (event) => {
    if (event.type === 'run') runId = event.runId;
    view.onProgress(event);
  };
  let report: RunReport;
  try {
    report = await runPipeline({ ...config, signal: interrupt.signal, onProgress });
  } catch (error) {
    view.finish();
    if (interrupt.exitCode !== null) {
      return interrupted(
        env,
        `${options.resumeWith ?? 'ohmystack run'} --run-id ${runId ?? '<slot>'}`,
        interrupt.exitCode,
      );
    }
    throw error;
  } finally {
    interrupt.dispose();
  }
  view.finish();
  printReport(env, report, options);
  return interrupt.exitCode ?? exitCodeOfStatus(report.status);
}

/** Prints a report: the JSON document with `json`, the human summary otherwise. */
export function printReport(env: CommandEnv, report: RunReport, options: RunOutputOptions): void {
  if (options.json) env.io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else env.io.stdout.write(`${formatRunSummary(report).join('\n')}\n`);
}

/** Says what an interrupt left behind and how to resume, and returns its exit code. */
export function interrupted(env: CommandEnv, resume: string, code: ExitCode): ExitCode {
  env.io.stderr.write(
    `ohmystack: interrupted; nothing was committed. Staged postings are kept: \`${resume}\` resumes.\n`,
  );
  return code;
}
