// citty parses leniently (unknown options are ignored, numbers are strings); a scheduler's typo should
// fail loudly instead, with exit code 64, before anything runs.
import type { ArgDef, ArgsDef } from 'citty';
import { UsageError } from './usage-error.js';

/**
 * Throws a UsageError for an option the command does not define, or a stray positional argument.
 *
 * @example checkArgs(['--out', 'demo', '--postngs', '10'], demoArgs) // throws: unknown option --postngs
 * @throws {UsageError}
 */
export function checkArgs(rawArgs: readonly string[], argsDef: ArgsDef, positionals: readonly string[] = []) {
  const known = new Set(['help', 'h']);
  let positionalCount = 0;
  for (const [name, def] of Object.entries(argsDef)) {
    if (def.type === 'positional') {
      positionalCount++;
      continue;
    }
    known.add(name);
    known.add(kebab(name));
    known.add(camel(name));
    for (const alias of aliasesOf(def)) known.add(alias);
  }
  const stringOptions = new Set(
    Object.entries(argsDef)
      .filter(([, def]) => def.type === 'string' || def.type === 'enum')
      .flatMap(([name, def]) => [name, kebab(name), camel(name), ...aliasesOf(def)]),
  );
  for (let i = 0; i < rawArgs.length; i++) {
    const token = rawArgs[i]!;
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-') continue;
    const name = token.replace(/^--?/, '').split('=')[0]!;
    const plain = name.startsWith('no-') ? name.slice(3) : name;
    if (!known.has(name) && !known.has(plain)) {
      throw new UsageError({
        message: `unknown option ${token.split('=')[0]}`,
        hint: 'see the options with --help',
      });
    }
    if (stringOptions.has(name) && !token.includes('=')) i++;
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

function aliasesOf(def: ArgDef): string[] {
  return 'alias' in def && def.alias ? [def.alias].flat() : [];
}

function camel(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
