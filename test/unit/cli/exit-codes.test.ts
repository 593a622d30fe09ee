// Every way a command can end maps to the documented exit code.
import { describe, expect, it } from 'vitest';
import { EXIT, EXIT_CODES_HELP, exitCodeOfStatus } from '../../../src/cli/exit-codes.js';
import { exitCodeOfError } from '../../../src/cli/format-error.js';
import { MissingPackageError } from '../../../src/cli/missing-package-error.js';
import { UsageError } from '../../../src/cli/usage-error.js';
import { AbortedError } from '../../../src/model/errors/aborted-error.js';
import { CapabilityError } from '../../../src/model/errors/capability-error.js';
import { ConfigError } from '../../../src/model/errors/config-error.js';
import { MissingOptionError } from '../../../src/model/errors/missing-option-error.js';
import { RunLockedError } from '../../../src/model/errors/run-locked-error.js';
import { SinkWriteError } from '../../../src/model/errors/sink-write-error.js';

describe('exitCodeOfStatus', () => {
  it.each([
    ['ok', 0],
    ['skipped', 0],
    ['staged', 0],
    ['partial', 2],
    ['failed', 1],
  ] as const)('%s → %i', (status, code) => {
    expect(exitCodeOfStatus(status)).toBe(code);
  });
});

describe('exitCodeOfError', () => {
  const citty = Object.assign(new Error('Unknown command frob'), { name: 'CLIError' });
  it.each([
    [
      'ConfigError',
      new ConfigError({ issues: [{ path: ['geo', 'geocoder'], message: 'Invalid option' }] }),
      64,
    ],
    [
      'MissingOptionError',
      new MissingOptionError({ source: 'pipeline', option: 'OHMYSTACK_DATABASE_URL' }),
      64,
    ],
    ['UsageError', new UsageError({ message: 'unknown option --x' }), 64],
    ["citty's CLIError", citty, 64],
    [
      'MissingPackageError',
      new MissingPackageError({ packageName: '@duckdb/node-api', why: 'query needs DuckDB' }),
      69,
    ],
    ['CapabilityError', new CapabilityError({ sink: 'queryLake', capability: 'DuckDB' }), 69],
    ['RunLockedError', new RunLockedError({ runId: '20261129T0900', holder: '42@host' }), 75],
    ['AbortedError', new AbortedError({ what: 'pipeline run' }), 130],
    ['SinkWriteError', new SinkWriteError({ sink: 'sql', operation: 'commit' }), 1],
    ['a plain Error', new Error('boom'), 1],
    ['a thrown string', 'boom', 1],
  ])('%s → %i', (_name, error, code) => {
    expect(exitCodeOfError(error)).toBe(code);
  });
});

describe('the help text', () => {
  it('documents every exit code', () => {
    for (const code of Object.values(EXIT)) expect(EXIT_CODES_HELP).toMatch(new RegExp(`^  ${code} `, 'm'));
  });
});
