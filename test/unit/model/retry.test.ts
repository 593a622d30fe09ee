import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  type ResolvedRetryOptions,
  resolveRetryOptions,
  retryOptionIssues,
} from '../../../src/model/retry.js';

const DEFAULTS: ResolvedRetryOptions = { limit: 3, backoffMs: 1000, maxBackoffMs: 30_000 };

describe('resolveRetryOptions', () => {
  it.each([
    ['nothing', undefined, DEFAULTS],
    ['a number (ky shorthand for limit)', 5, { ...DEFAULTS, limit: 5 }],
    ['0, which never retries', 0, { ...DEFAULTS, limit: 0 }],
    ['some fields', { backoffMs: 200 }, { ...DEFAULTS, backoffMs: 200 }],
    [
      'undefined fields, which keep the defaults',
      { limit: undefined, maxBackoffMs: 5000 },
      { ...DEFAULTS, maxBackoffMs: 5000 },
    ],
  ])('fills in the defaults around %s', (_, retry, expected) => {
    expect(resolveRetryOptions(retry, DEFAULTS)).toEqual(expected);
  });
});

describe('retryOptionIssues', () => {
  it('accepts zero, whole and infinite limits', () => {
    expect(retryOptionIssues({ limit: 0, backoffMs: 0, maxBackoffMs: 0 })).toEqual([]);
    expect(retryOptionIssues({ ...DEFAULTS, limit: Number.POSITIVE_INFINITY })).toEqual([]);
  });

  it('names each negative or non-numeric field by its path', () => {
    const issues = retryOptionIssues({ limit: -1, backoffMs: Number.NaN, maxBackoffMs: 10 }, 'poll');
    expect(issues.map((issue) => issue.path)).toEqual([
      ['poll', 'limit'],
      ['poll', 'backoffMs'],
    ]);
    expect(issues[0]?.message).toBe('must be zero or more, got -1');
  });
});

describe('backoffDelay (full jitter, capped)', () => {
  const policy = { backoffMs: 200, maxBackoffMs: 1000 };

  it.each([
    [1, 200],
    [2, 400],
    [3, 800],
    [4, 1000],
    [10, 1000],
  ])('waits below min(cap, base·2^(n-1)) before retry %i: %i ms', (retry, ceiling) => {
    expect(backoffDelay(retry, policy, () => 0)).toBe(0);
    expect(backoffDelay(retry, policy, () => 0.5)).toBe(ceiling / 2);
    expect(backoffDelay(retry, policy, () => 0.999_999)).toBe(ceiling - 1);
  });

  it('never waits for a zero base', () => {
    expect(backoffDelay(5, { backoffMs: 0, maxBackoffMs: 1000 }, () => 0.9)).toBe(0);
  });
});
