// Errors print what happened and what to do; stacks only with --debug; secret values never.
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/cli/format-error.js';
import { ConfigError } from '../../../src/model/errors/config-error.js';
import { SinkWriteError } from '../../../src/model/errors/sink-write-error.js';

describe('formatError', () => {
  const config = new ConfigError({ issues: [{ path: ['geo', 'geocoder'], message: 'Invalid option' }] });

  it('puts the message on one line and the hint on the next, without a stack', () => {
    const text = formatError(config);
    const [first, second, ...rest] = text.trimEnd().split('\n');
    expect(first).toBe('[ohmystack] invalid configuration: geo.geocoder: Invalid option');
    expect(second).toMatch(/^ {2}hint: fix the setting/);
    expect(rest).toEqual([]);
  });

  it('adds the stack and the causes with debug', () => {
    const error = new SinkWriteError({ sink: 'sql', operation: 'commit', cause: new Error('disk full') });
    const text = formatError(error, { debug: true });
    expect(text).toMatch(/\n\s+at /);
    expect(text).toContain('caused by: disk full');
  });

  it('says how to see the stack of an unexpected error', () => {
    expect(formatError(new TypeError('x is undefined'))).toBe(
      'ohmystack: x is undefined\n  (run with --debug for the stack)\n',
    );
  });

  it('masks secret values from the environment, and a database password on its own', () => {
    const env = {
      KAKAO_REST_API_KEY: 'kakao-test-key-0000',
      OHMYSTACK_DATABASE_URL: 'postgres://app:pa55-w0rd@db.internal:5432/jobs',
    };
    const error = new Error(
      'key kakao-test-key-0000 refused; connect postgres://app:pa55-w0rd@db.internal:5432/jobs; auth pa55-w0rd',
    );
    const text = formatError(error, { env, debug: true });
    expect(text).not.toContain('kakao-test-key-0000');
    expect(text).not.toContain('pa55-w0rd');
    expect(text).toContain('key *** refused');
  });
});
