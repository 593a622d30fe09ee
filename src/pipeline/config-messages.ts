// What a wrong setting is told: zod's own words ('Invalid input', 'Unrecognized key: "databse"') name
// neither what would have been right nor the setting that was probably meant. These messages name the
// allowed values, the bounds, and for a typo the nearest known name.
import type { z } from 'zod';
import { didYouMean } from './nearest-name.js';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

/**
 * Returns the message of one schema issue, or undefined to keep zod's. An unknown key's message has one
 * line per key (see {@link UNKNOWN_KEYS_SEPARATOR}).
 *
 * @example PipelineConfigSchema.safeParse(input, { error: configIssueMessage })
 */
export function configIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys
        .map((key) => unknownKeyMessage(key, objectKeys(issue.inst)))
        .join(UNKNOWN_KEYS_SEPARATOR);
    case 'invalid_value':
      if (issue.input === undefined) return `required: ${oneOf(issue.values)}`;
      return `expected ${oneOf(issue.values)}, got ${shown(issue.input)}${suggestion(issue.input, issue.values)}`;
    case 'invalid_type':
      if (issue.input === undefined) return `required: ${expectedType(issue.expected)}`;
      return `expected ${expectedType(issue.expected)}, got ${shown(issue.input)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `must have at most ${issue.maximum} ${issue.origin === 'array' ? 'entries' : 'characters'}`
        : `must be at most ${issue.maximum}, got ${shown(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must list at least ${issue.minimum}`;
      if (issue.origin === 'string')
        return issue.minimum === 1 ? 'must not be empty' : `must have at least ${issue.minimum} characters`;
      return issue.inclusive
        ? `must be ${issue.minimum} or more, got ${shown(issue.input)}`
        : `must be more than ${issue.minimum}, got ${shown(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'url')
        return `expected a URL such as 'http://127.0.0.1:9000', got ${shown(issue.input)}`;
      if (issue.format === 'starts_with')
        return `must start with '${issue.prefix}', got ${shown(issue.input)}`;
      return undefined;
    case 'invalid_union':
      return unionMessage(issue.input, issue.errors, issue.inst);
    default:
      return undefined;
  }
}

/** Separates the lines of an unknown-keys message, one per key, so each can become its own issue. */
export const UNKNOWN_KEYS_SEPARATOR = '\n';

/**
 * Returns the message for a key the config does not know.
 *
 * @example unknownKeyMessage('databse', ['database', 'lake']) // "unknown key 'databse' — did you mean 'database'?"
 */
export function unknownKeyMessage(key: string, known: readonly string[]): string {
  const near = didYouMean(key, known);
  if (near) return `unknown key '${key}'${near}`;
  return `unknown key '${key}' (known: ${known.join(', ')})`;
}

/**
 * Returns the issues of the one option of a failed union that took the input's shape ({ site: 'wantd' }
 * against a site spec), whose own issues say what is wrong inside it; undefined when none or several
 * did (then the union's message lists what each option takes).
 *
 * @example matchedOptionIssues(issue)?.[0]?.path // ['site']
 */
export function matchedOptionIssues(issue: Issue): readonly Issue[] | undefined {
  if (issue.code !== 'invalid_union') return undefined;
  const shaped = issue.errors.filter((issues) => !issues.every(refusesOutright));
  return shaped.length === 1 ? shaped[0] : undefined;
}

// An option that refused the value as a whole (a string where it takes an object) says nothing useful.
function refusesOutright(issue: Issue): boolean {
  return issue.path.length === 0 && issue.code !== 'unrecognized_keys';
}

function unionMessage(input: unknown, errors: readonly (readonly Issue[])[], inst: unknown): string {
  const shaped = errors.filter((issues) => !issues.every(refusesOutright));
  // Replaced by the option's own issues (matchedOptionIssues), each at its path.
  if (shaped.length === 1) return shaped[0]!.map((issue) => issue.message).join('; ');
  const options = unionOptions(inst);
  const values = options.flatMap(enumValues);
  // A string can only have meant one of the names.
  if (typeof input === 'string' && values.length > 0)
    return `expected ${oneOf(values)}, got ${shown(input)}${suggestion(input, values)}`;
  const alternatives = options.map(describe).filter((text) => text !== undefined);
  if (alternatives.length === 0) return `unexpected ${shown(input)}`;
  return `expected ${alternatives.join(' or ')}, got ${shown(input)}`;
}

// The parts of a zod schema these messages read: its kind and, by kind, its keys, values or options.
interface SchemaDef {
  type?: string;
  shape?: Record<string, unknown>;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  options?: readonly unknown[];
  in?: unknown;
  catchall?: unknown;
}

function defOf(schema: unknown): SchemaDef {
  return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def ?? {};
}

function objectKeys(schema: unknown): string[] {
  return Object.keys(defOf(schema).shape ?? {});
}

function unionOptions(schema: unknown): unknown[] {
  return [...(defOf(schema).options ?? [])];
}

function enumValues(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (def.type === 'pipe') return enumValues(def.in);
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  return [];
}

function describe(schema: unknown): string | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'pipe':
      return describe(def.in);
    case 'literal':
      return oneOf(def.values ?? []);
    case 'enum':
      return oneOf(Object.values(def.entries ?? {}));
    case 'object': {
      const keys = Object.keys(def.shape ?? {});
      // A site spec takes its site's own options besides the keys it names.
      const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
      return `{ ${[...keys, ...(open ? ['…'] : [])].join(', ')} }`;
    }
    default:
      // A custom check (a Source object, an AbortSignal) has no shape to describe; its own message says it.
      return undefined;
  }
}

function oneOf(values: readonly unknown[]): string {
  const shownValues = values.map(shown);
  return shownValues.length === 1 ? shownValues[0]! : `one of ${shownValues.join(', ')}`;
}

function suggestion(input: unknown, values: readonly unknown[]): string {
  if (typeof input !== 'string') return '';
  return didYouMean(
    input,
    values.filter((value): value is string => typeof value === 'string'),
  );
}

function expectedType(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  return `a ${expected}`;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`;
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  if (typeof value === 'function') return 'a function';
  return String(value);
}
