// citty is lenient; the CLI is not: unknown options (with the nearest known one), options without their
// value, unknown enum values and stray arguments are usage errors (exit 64).
import type { ArgsDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { checkArgs, positiveInt, slotRunId } from '../../../src/cli/check-args.js';
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
    expect(() => checkArgs(argv, ARGS)).not.toThrow();
  });

  it.each([
    [['--outt', 'demo'], /^unknown option --outt — did you mean --out\?$/],
    [['--jsn'], /^unknown option --jsn — did you mean --json\?$/],
    [['--runid', '20261129T0900'], /^unknown option --runid — did you mean --run-id\?$/],
    [['--postngs=3'], /^unknown option --postngs$/],
    [['-x'], /^unknown option -x$/],
    // Only a switch can be turned off.
    [['--no-out'], /^unknown option --no-out/],
  ])('rejects %j', (argv, message) => {
    expect(() => checkArgs(argv, ARGS)).toThrow(message);
    expect(() => checkArgs(argv, ARGS)).toThrow(UsageError);
  });

  it('rejects more positionals than the command takes', () => {
    expect(() => checkArgs(['a', 'b'], ARGS)).toThrow(/unexpected argument "b"/);
    expect(() => checkArgs(['demo'], { out: { type: 'string' } })).toThrow(/unexpected argument "demo"/);
    // A value is not a positional; after '--' everything is.
    expect(() => checkArgs(['--out', 'demo'], { out: { type: 'string' } })).not.toThrow();
    expect(() => checkArgs(['--', 'x'], { out: { type: 'string' } })).toThrow(/unexpected argument "x"/);
  });

  it.each([[['--out']], [['--out=']], [['--out', '']], [['--out', '--']], [['--json', '--out']]])(
    'refuses %j: an option without its value (citty would take the current folder)',
    (argv) => {
      expect(() => checkArgs(argv, ARGS)).toThrow(/^--out needs a value$/);
      expect(() => checkArgs(argv, ARGS)).toThrow(UsageError);
    },
  );

  it("refuses a value that is the command's own next option, and says how to give such a value", () => {
    let error: unknown;
    try {
      checkArgs(['--out', '--json'], ARGS);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('--out needs a value, but the next word is the option --json');
    expect((error as UsageError).hint).toContain('--out=--json');
    expect(() => checkArgs(['--out=--json'], ARGS)).not.toThrow();
  });

  it('names the allowed values of an enum option and the nearest one', () => {
    const def = { trend: { type: 'enum', options: ['stack-by-week', 'job-family'] } } satisfies ArgsDef;
    expect(() => checkArgs(['--trend', 'job-famly'], def)).toThrow(
      'must be one of stack-by-week, job-family, got "job-famly" — did you mean job-family?',
    );
    expect(() => checkArgs(['--trend=job-family'], def)).not.toThrow();
  });
});

describe('slotRunId', () => {
  it('takes the start of a KST slot, and nothing for an absent option', () => {
    expect(slotRunId('--run-id', '20261129T2100')).toBe('20261129T2100');
    expect(slotRunId('--run-id', undefined)).toBeUndefined();
  });

  it.each([
    ['20261399T9999', /not a real date and time/],
    ['20260230T0900', /not a real date and time/],
    ['20261129T1000', /does not start a KST slot.*'20261129T0900'/],
    ['20261129T0930', /does not start a KST slot/],
    ['2026-11-29', /expected a KST slot such as '20261129T0900'/],
  ])('refuses %s as a usage error naming --run-id, not the config file', (value, message) => {
    let error: unknown;
    try {
      slotRunId('--run-id', value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/^--run-id: /);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).hint).not.toMatch(/config/);
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
