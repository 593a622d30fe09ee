// citty is lenient; the CLI is not: unknown options and stray arguments are usage errors (exit 64).
import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { checkArgs, positiveInt } from '../../../src/cli/check-args.js';
import { UsageError } from '../../../src/cli/usage-error.js';

const ARGS = {
  sql: { type: 'positional', required: false },
  out: { type: 'string' },
  'run-id': { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string', alias: 'n' },
} satisfies ArgsDef;

describe('checkArgs', () => {
  it.each([
    [['--out', 'demo', '--json']],
    [['--out=demo']],
    [['--run-id', '20261129T0900']],
    [['--runId', '20261129T0900']],
    [['--no-json']],
    [['-n', '5']],
    // A string option's value is not an option, even when it starts with a dash.
    [['--out', '-weird-dir']],
    [['SELECT 1', '--json']],
    [['--json', '--', '--anything']],
  ])('accepts %j', (argv) => {
    expect(() =>
      checkArgs(
        argv,
        ARGS,
        argv.filter((a) => a === 'SELECT 1'),
      ),
    ).not.toThrow();
  });

  it.each([
    [['--outt', 'demo'], /unknown option --outt/],
    [['--postngs=3'], /unknown option --postngs/],
    [['-x'], /unknown option -x/],
  ])('rejects %j', (argv, message) => {
    expect(() => checkArgs(argv, ARGS)).toThrow(message);
    expect(() => checkArgs(argv, ARGS)).toThrow(UsageError);
  });

  it('rejects more positionals than the command takes', () => {
    expect(() => checkArgs(['a', 'b'], ARGS, ['a', 'b'])).toThrow(/unexpected argument "b"/);
    expect(() => checkArgs(['demo'], { out: { type: 'string' } }, ['demo'])).toThrow(
      /unexpected argument "demo"/,
    );
  });
});

describe('positiveInt', () => {
  it('reads a positive whole number, and nothing for an absent option', () => {
    expect(positiveInt('--postings', '500')).toBe(500);
    expect(positiveInt('--postings', undefined)).toBeUndefined();
  });

  it.each(['many', '0', '-3', '2.5', '', '1e3'])('rejects %j', (value) => {
    expect(() => positiveInt('--postings', value)).toThrow(/--postings must be a positive whole number/);
  });
});
