// The `ohmystack` command: citty's main command with one lazily loaded subcommand per file, and runCli,
// which runs it with the CLI's own help, exit codes and error printing (citty's runMain prints stacks
// and always exits 1, which a scheduler cannot act on).
import { type ArgsDef, type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { nearestName } from '../pipeline/nearest-name.js';
import { checkArgs } from './check-args.js';
import type { CommandEnv } from './command-env.js';
import type { OpenLake } from './commands/query.js';
import type { DoctorProbes } from './doctor/probes.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { exitCodeOfError, formatError } from './format-error.js';
import type { CliIo } from './io.js';
import { isUsageError, UsageError } from './usage-error.js';

/** Test seams: services the doctor probes and the DuckDB opener `query` uses. */
export interface CliSeams {
  probes?: DoctorProbes;
  openLake?: OpenLake;
}

/** The subcommands, in the order `--help` lists them. */
export const COMMANDS = [
  'run',
  'demo',
  'collect',
  'query',
  'report',
  'serve',
  'recommend',
  'doctor',
] as const;

const EXAMPLES = `EXAMPLES

  ohmystack demo --out demo                 the whole flow offline (4,000 postings, no keys)
  ohmystack run --json > report.json        one run of the current KST slot
  ohmystack run --schedule                  eight runs a day: 00, 03, …, 21 KST
  ohmystack collect --run-id 20261129T0900  stage a slot; \`run --run-id 20261129T0900\` loads it
  ohmystack query --lake demo/lake --trend stack-by-week
  ohmystack report --lake demo/lake --out demo/report.html
  ohmystack serve --lake demo/lake          the explorer on 127.0.0.1: search, trends, map, for me
  ohmystack recommend --stacks "java,spring" --years 3 --home "서울 마포구 월드컵북로 396" --max-minutes 60
  ohmystack doctor`;

/**
 * Returns the main command, its subcommands bound to `env`.
 *
 * @example await runCommand(createCli(env), { rawArgs: ['doctor'] });
 */
export function createCli(env: CommandEnv, seams: CliSeams = {}): CommandDef {
  return defineCommand({
    meta: {
      name: 'ohmystack',
      version: env.io.version,
      description: 'Korean IT job postings: collect, normalize, geocode and load them, eight times a day',
    },
    subCommands: {
      run: () => import('./commands/run.js').then((m) => m.runCommand(env)),
      demo: () => import('./commands/demo.js').then((m) => m.demoCommand(env)),
      collect: () => import('./commands/collect.js').then((m) => m.collectCommand(env)),
      query: () => import('./commands/query.js').then((m) => m.queryCommand(env, seams.openLake)),
      report: () => import('./commands/report.js').then((m) => m.reportCommand(env)),
      serve: () => import('./commands/serve.js').then((m) => m.serveCommand(env)),
      recommend: () => import('./commands/recommend.js').then((m) => m.recommendCommand(env)),
      doctor: () => import('./commands/doctor.js').then((m) => m.doctorCommand(env, seams.probes)),
    },
  });
}

/**
 * Runs the CLI with `argv` (without node and the script) and returns its exit code; never throws.
 *
 * @example process.exitCode = await runCli(process.argv.slice(2), nodeIo('0.2.0'));
 */
export async function runCli(argv: readonly string[], io: CliIo, seams: CliSeams = {}): Promise<number> {
  const env: CommandEnv = { io, exit: { code: EXIT.ok } };
  const root = createCli(env, seams);
  const options = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  const name = options.find((arg) => !arg.startsWith('-'));
  const command = (COMMANDS as readonly string[]).includes(name ?? '') ? name : undefined;
  try {
    if (options.length === 1 && (options[0] === '--version' || options[0] === '-v')) {
      io.stdout.write(`${io.version}\n`);
      return EXIT.ok;
    }
    if (options.includes('--help') || options.includes('-h')) {
      io.stdout.write(`${plainUnlessTty(await usage(root, command), io.stdout.isTTY)}\n`);
      return EXIT.ok;
    }
    if (name === undefined) {
      io.stderr.write(
        `${plainUnlessTty(await usage(root, undefined), io.stderr.isTTY)}\n\nohmystack: give a command\n`,
      );
      return EXIT.usage;
    }
    checkCommandLine(argv, name, command);
    checkArgs(argv.slice(argv.indexOf(name) + 1), await commandArgs(root, name));
    await runCommand(root, { rawArgs: [...argv] });
    return env.exit.code;
  } catch (error) {
    const text = formatError(error, { debug: options.includes('--debug'), env: io.env });
    io.stderr.write(plainUnlessTty(text, io.stderr.isTTY));
    if (isUsageError(error) && !(error as { hint?: string }).hint) {
      io.stderr.write(`  see: ohmystack${command ? ` ${command}` : ''} --help\n`);
    }
    return exitCodeOfError(error);
  }
}

// citty colours its usage whenever NO_COLOR/CI are unset; a pipe or a log file gets plain text.
function plainUnlessTty(text: string, isTTY: boolean | undefined): string {
  return isTTY ? text : text.replace(/\u001B\[[0-9;]*m/g, '');
}

async function usage(root: CommandDef, command: string | undefined): Promise<string> {
  if (command) return renderUsage(await loadCommand(root, command), root);
  return `${await renderUsage(root)}\n\n${EXIT_CODES_HELP}\n\n${EXAMPLES}`;
}

// Every subcommand is a lazily loaded CommandDef (see createCli).
async function loadCommand(root: CommandDef, command: string): Promise<CommandDef> {
  const load = (root.subCommands as Record<string, () => Promise<CommandDef>>)[command]!;
  return load();
}

async function commandArgs(root: CommandDef, command: string): Promise<ArgsDef> {
  const { args } = await loadCommand(root, command);
  return (typeof args === 'function' ? await args() : await args) ?? {};
}

// citty ignores what stands before the command and names an unknown command without its near miss.
function checkCommandLine(argv: readonly string[], name: string, command: string | undefined): void {
  if (command === undefined) {
    const near = nearestName(name, COMMANDS);
    throw new UsageError({
      message: `unknown command '${name}'${near ? ` — did you mean '${near}'?` : ''}`,
      hint: `the commands are ${COMMANDS.join(', ')}; see ohmystack --help`,
    });
  }
  const early = argv.slice(0, argv.indexOf(name)).find((arg) => arg !== '--debug');
  if (early !== undefined) {
    throw new UsageError({
      message: `${early} stands before the command, where nothing reads it`,
      hint: `write it after the command: ohmystack ${name} ${early}`,
    });
  }
}
