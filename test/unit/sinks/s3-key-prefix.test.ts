// The lake's S3 prefix is joined into every key and so into every request path, where URL normalization
// resolves '..': a prefix '../victim-bucket/x' put the parts and the manifest into another bucket while
// the sink reported its own as committed. s3Sink and athenaCatalog refuse such prefixes when built,
// before any request, with a ValidationError naming the option.
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/model/errors/validation-error.js';
import { athenaCatalog } from '../../../src/sinks/athena/index.js';
import { s3Sink } from '../../../src/sinks/s3/index.js';
import { keyPrefixOf, keyPrefixProblem } from '../../../src/sinks/s3/key-prefix.js';

function refusal(build: () => unknown): ValidationError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('accepted');
}

const BAD_PREFIXES = [
  ['../victim-bucket/x', "must not contain '.' or '..' segments, got '../victim-bucket/x'"],
  ['lake/../../victim', "must not contain '.' or '..' segments"],
  ['lake/./x', "must not contain '.' or '..' segments"],
  ['..', "must not contain '.' or '..' segments"],
  ['/ohmystack', "must not start with '/' (write 'ohmystack')"],
  ['/', "must not start with '/' (leave it out for the bucket's root)"],
  ['lake//x', "must not contain empty segments ('//')"],
  ['lake\\..\\x', 'must not contain a backslash'],
  ['lake\nx', 'must not contain control characters'],
  ['lake\u007fx', 'must not contain control characters'],
] as const;

describe('s3Sink prefix', () => {
  it.each(BAD_PREFIXES)('refuses %j when built, naming the option', (prefix, message) => {
    const error = refusal(() => s3Sink({ bucket: 'lake', prefix }));
    expect(error.issues).toEqual([{ path: ['prefix'], message: expect.stringContaining(message) }]);
    expect(error.message).toContain('invalid s3Sink options: prefix: ');
    expect(error.hint).toContain('lake.s3.prefix');
    expect(error.hint).not.toContain('quarantine');
  });

  it.each(['', 'ohmystack', 'ohmystack/lake', 'ohmystack/lake/', 'v1.2/lake..old', 'dt=2026-11-29'])(
    'takes %j',
    (prefix) => {
      expect(keyPrefixProblem(prefix)).toBeUndefined();
      expect(() => s3Sink({ bucket: 'lake', prefix })).not.toThrow();
    },
  );

  it('drops one trailing slash when building keys', () => {
    expect(keyPrefixOf('ohmystack/lake/')).toBe('ohmystack/lake');
    expect(keyPrefixOf('ohmystack')).toBe('ohmystack');
  });
});

describe('athenaCatalog s3Location', () => {
  it.each(BAD_PREFIXES.filter(([prefix]) => !prefix.startsWith('/')))(
    'refuses the prefix %j when built, naming s3Location',
    (prefix, message) => {
      const error = refusal(() => athenaCatalog({ database: 'jobs', s3Location: `s3://lake/${prefix}` }));
      expect(error.issues).toEqual([{ path: ['s3Location'], message: expect.stringContaining(message) }]);
    },
  );

  it('takes the lake root, with or without a trailing slash', () => {
    for (const s3Location of ['s3://lake', 's3://lake/', 's3://lake/ohmystack', 's3://lake/ohmystack/']) {
      expect(() => athenaCatalog({ database: 'jobs', s3Location })).not.toThrow();
    }
  });
});
