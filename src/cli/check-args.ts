// citty parses leniently: unknown options are ignored, `--out` without a value is '' (the current
// folder), and its own checks run before a command could object, so `--outt x` is reported as a missing
// --out. A scheduler's typo should fail loudly instead, naming what was meant, with exit code 64 and
// before anything runs: runCli checks the command line with checkArgs before citty parses it.
import type { ArgDef, ArgsDef } from 'citty';
import { nearestName } from '../pipeline/nearest-name.js';
import { runIdProblem } from '../pipeline/slot-run-id.js';
import { UsageError } from './usage-error.js';

/** Options every command takes besides its own. */
const HELP = ['help', 'h'];

/** An option's name as defined, and its definition, by each of its spellings. */
type KnownOption = readonly [name: string, def: ArgDef];

/**
 * Throws a UsageError for an option the command does not define (naming the nearest one it does), an
 * option that needs a value and got none, an enum option's unknown value, or a stray positional argument.
 *
 * @example checkArgs(['--out', 'demo', '--postngs', '10'], demoArgs) // throws: unknown option --postngs — did you mean --postings?
 * @throws {UsageError}
 */
export function checkArgs(rawArgs: readonly string[], argsDef: ArgsDef): void {
  const options = new Map<string, KnownOption>();
  let positionalCount = 0;
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') {
      positionalCount++;
      continue;
    }
    for (const spelling of [name, kebab(name), camel(name), ...aliasesOf(def)])
      options.set(spelling, [name, def]);
  }
  const positionals: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const token = rawArgs[i]!;
    if (token === '--') {
      positionals.push(...rawArgs.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const flag = token.split('=')[0]!;
    const spelled = flag.replace(/^--?/, '');
    if (HELP.includes(spelled)) continue;
    const known = options.get(spelled) ?? negated(options, spelled);
    if (!known) throw unknownOption(flag, argsDef);
    const [name, def] = known;
    if (def.type !== 'string' && def.type !== 'enum') continue;
    const inline = token.includes('=');
    const value = inline ? token.slice(flag.length + 1) : rawArgs[i + 1];
    if (!inline) i++;
    checkValue(`--${name}`, def, value, inline, options);
  }
  if (positionals.length > positionalCount) {
    throw new UsageError({
      message: `unexpected argument "${positionals[positionalCount]}"`,
      hint: 'options take the form --name value; see --help',
    });
  }
}

/**
 * Returns a positive whole number from an option's text, or undefined when it was not given.
 *
 * @example positiveInt('--postings', '500') // 500
 * @throws {UsageError} for anything else ('many', '0', '2.5').
 */
export function positiveInt(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number <= 0) {
    throw new UsageError({ message: `${option} must be a positive whole number, got "${value}"` });
  }
  return number;
}

/**
 * Returns a run id from an option's text, or undefined when it was not given.
 *
 * @example slotRunId('--run-id', '20261129T0900') // '20261129T0900'
 * @throws {UsageError} for anything but the start of a KST slot on a real date ('20261399T9999', '20261129T1000').
 */
export function slotRunId(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const problem = runIdProblem(value);
  if (problem !== undefined) {
    throw new UsageError({
      message: `${option}: ${problem}`,
      hint: 'a run id names a KST 3-hour slot: YYYYMMDDTHH00 with HH one of 00, 03, 06, 09, 12, 15, 18, 21',
    });
  }
  return value;
}

// A value is missing when the line ends, when it is empty (`--out=`, `--out ""`), or when the next word
// is one of the command's own options: `--out --json` almost always lost its value, and a folder really
// named '--json' can still be given as `--out=--json`.
function checkValue(
  option: string,
  def: ArgDef,
  value: string | undefined,
  inline: boolean,
  options: ReadonlyMap<string, KnownOption>,
): void {
  const example = `${option} ${'valueHint' in def && def.valueHint ? def.valueHint : 'VALUE'}`;
  const nextIsOption = !inline && value !== undefined && /^--?[^-]/.test(value) && isOption(value, options);
  if (value === undefined || value === '' || value === '--' || nextIsOption) {
    throw new UsageError({
      message: `${option} needs a value${nextIsOption ? `, but the next word is the option ${value}` : ''}`,
      hint: nextIsOption
        ? `e.g. ${example}, or ${option}=${value} for a value that starts with '-'`
        : `e.g. ${example}`,
    });
  }
  if (def.type === 'enum' && def.options && !def.options.includes(value)) {
    const near = nearestName(value, def.options);
    throw new UsageError({
      message: `${option} must be one of ${def.options.join(', ')}, got "${value}"${near ? ` — did you mean ${near}?` : ''}`,
    });
  }
}

function isOption(word: string, options: ReadonlyMap<string, KnownOption>): boolean {
  const spelled = word.split('=')[0]!.replace(/^--?/, '');
  return HELP.includes(spelled) || options.has(spelled) || negated(options, spelled) !== undefined;
}

// citty reads `--no-json` as json = false; only a switch can be turned off.
function negated(options: ReadonlyMap<string, KnownOption>, spelled: string): KnownOption | undefined {
  const known = spelled.startsWith('no-') ? options.get(spelled.slice(3)) : undefined;
  return known?.[1].type === 'boolean' ? known : undefined;
}

function unknownOption(flag: string, argsDef: ArgsDef): UsageError {
  const names = Object.entries(argsDef)
    .filter(([, def]) => def.type !== 'positional')
    .map(([name]) => name);
  const near = nearestName(flag.replace(/^--?/, ''), names);
  return new UsageError({
    message: `unknown option ${flag}${near ? ` — did you mean --${near}?` : ''}`,
    hint: 'see the options with --help',
  });
}

function aliasesOf(def: ArgDef): string[] {
  return 'alias' in def && def.alias ? [def.alias].flat() : [];
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
