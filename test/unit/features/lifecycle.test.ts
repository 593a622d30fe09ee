import { describe, expect, it } from 'vitest';
import { updateLifecycle } from '../../../src/features/update-lifecycle.js';
import { LifecycleRecord, PostingChange } from '../../../src/model/lifecycle.js';
import type { Posting } from '../../../src/model/posting.js';
import { makePosting } from './_posting.js';

const T1 = '2026-11-29T09:00:00+09:00';
const T2 = '2026-11-29T12:00:00+09:00';
const T3 = '2026-11-29T15:00:00+09:00';
const run = (at: string, seen: Posting[], closed: string[] = [], unchanged?: string[]) => ({
  runId: `${at.slice(0, 13).replaceAll('-', '')}00`,
  at,
  seen,
  closed,
  ...(unchanged ? { unchanged } : {}),
});

const kakao = makePosting();
const toss = makePosting({ id: 'jumpit:42', company: '비바리퍼블리카', title: '프론트엔드 개발자' });
const first = updateLifecycle([], run(T1, [kakao, toss]));

describe('updateLifecycle', () => {
  it('creates records for new postings, sorted by id, with a created change each', () => {
    expect(first.records.map((r) => r.id)).toEqual(['jumpit:42', 'wanted:12345']);
    expect(first.records[1]).toMatchObject({ firstSeen: T1, lastSeen: T1, closedAt: null });
    expect(first.records[1]?.fields).toEqual({
      title: '백엔드 개발자 (Kotlin/Spring)',
      company: '카카오',
      stacks: ['spring-boot', 'kotlin', 'mysql'],
      positions: ['backend'],
      career: '경력 3~5년',
      deadline: '2026-12-31',
      salaryMin: 50_000_000,
      salaryMax: 70_000_000,
      address: '경기도 성남시 분당구 판교역로 166',
      employmentTypes: ['fulltime'],
    });
    expect(first.changes.map((c) => [c.id, c.field])).toEqual([
      ['wanted:12345', 'created'],
      ['jumpit:42', 'created'],
    ]);
    for (const r of first.records) expect(LifecycleRecord.parse(r)).toEqual(r);
    for (const c of first.changes) expect(PostingChange.parse(c)).toEqual(c);
  });

  it.each([
    ['title', { title: '시니어 백엔드 개발자' }, '백엔드 개발자 (Kotlin/Spring)', '시니어 백엔드 개발자'],
    ['company', { company: '카카오페이' }, '카카오', '카카오페이'],
    [
      'stacks',
      { stacks: ['spring-boot', 'kotlin'] },
      ['spring-boot', 'kotlin', 'mysql'],
      ['spring-boot', 'kotlin'],
    ],
    ['positions', { positions: ['backend', 'devops'] }, ['backend'], ['backend', 'devops']],
    ['career', { career: null }, '경력 3~5년', null],
    ['deadline', { deadline: { kind: 'always' as const, date: null } }, '2026-12-31', null],
    [
      'salaryMax',
      {
        salary: {
          min: 50_000_000,
          max: 80_000_000,
          period: 'year' as const,
          negotiable: false,
          currency: 'KRW' as const,
        },
      },
      70_000_000,
      80_000_000,
    ],
    ['address', { address: null }, '경기도 성남시 분당구 판교역로 166', null],
    [
      'employmentTypes',
      { employment: { types: ['contract' as const], conversion: true, label: '계약직' } },
      ['fulltime'],
      ['contract'],
    ],
  ])('records a change of %s', (field, overrides: Partial<Posting>, before, after) => {
    const next = updateLifecycle(first.records, run(T2, [makePosting(overrides)]));
    expect(next.changes).toEqual([
      { id: 'wanted:12345', runId: '20261129T1200', at: T2, field, before, after },
    ]);
    const record = next.records.find((r) => r.id === 'wanted:12345');
    expect(record).toMatchObject({ firstSeen: T1, lastSeen: T2 });
    expect(record?.fingerprint).not.toBe(first.records[1]?.fingerprint);
  });

  it('records nothing but lastSeen for a posting seen again unchanged', () => {
    const next = updateLifecycle(first.records, run(T2, [kakao]));
    expect(next.changes).toEqual([]);
    expect(next.records[1]).toEqual({ ...first.records[1], lastSeen: T2 });
  });

  it('moves lastSeen of unchanged (listed, not refetched) ids and ignores unknown ones', () => {
    const next = updateLifecycle(first.records, run(T2, [], [], ['jumpit:42', 'wanted:404']));
    expect(next.changes).toEqual([]);
    expect(next.records.map((r) => r.lastSeen)).toEqual([T2, T1]);
    expect(next.records).toHaveLength(2);
  });

  it('closes a posting once, ignoring closed ids it never saw', () => {
    const closed = updateLifecycle(first.records, run(T2, [], ['wanted:12345', 'wanted:404']));
    expect(closed.changes).toEqual([
      { id: 'wanted:12345', runId: '20261129T1200', at: T2, field: 'closed', before: null, after: T2 },
    ]);
    expect(closed.records[1]).toMatchObject({ closedAt: T2, lastSeen: T1 });
    const again = updateLifecycle(closed.records, run(T3, [], ['wanted:12345']));
    expect(again.changes).toEqual([]);
    expect(again.records[1]?.closedAt).toBe(T2);
  });

  it.each([
    ['seen', (at: string) => run(at, [kakao])],
    ['listed unchanged', (at: string) => run(at, [], [], ['wanted:12345'])],
  ])('reopens a closed posting %s again', (_name, makeRun) => {
    const closed = updateLifecycle(first.records, run(T2, [], ['wanted:12345']));
    const reopened = updateLifecycle(closed.records, makeRun(T3));
    expect(reopened.changes.map((c) => [c.field, c.before, c.after])).toEqual([['reopened', T2, null]]);
    expect(reopened.records[1]).toMatchObject({ closedAt: null, lastSeen: T3, firstSeen: T1 });
  });

  it('counts a posting seen and reported closed in one run as seen', () => {
    const next = updateLifecycle(first.records, run(T2, [kakao], ['wanted:12345']));
    expect(next.changes).toEqual([]);
    expect(next.records[1]?.closedAt).toBeNull();
  });

  it('accepts a Map of previous records and never mutates it', () => {
    const previous = new Map(first.records.map((r) => [r.id, r]));
    const snapshot = structuredClone([...previous.values()]);
    const next = updateLifecycle(previous, run(T2, [makePosting({ title: '변경' })], ['jumpit:42']));
    expect(next.changes.map((c) => c.field)).toEqual(['title', 'closed']);
    expect([...previous.values()]).toEqual(snapshot);
  });

  it('is deterministic and idempotent: replaying a run changes nothing', () => {
    const a = updateLifecycle(first.records, run(T2, [makePosting({ title: '변경' })]));
    const b = updateLifecycle(first.records, run(T2, [makePosting({ title: '변경' })]));
    expect(a).toEqual(b);
    expect(updateLifecycle(a.records, run(T2, [makePosting({ title: '변경' })])).changes).toEqual([]);
  });

  it('never moves lastSeen back when an older run is replayed', () => {
    const later = updateLifecycle(first.records, run(T3, [kakao]));
    const replay = updateLifecycle(later.records, run(T2, [kakao]));
    expect(replay.records[1]?.lastSeen).toBe(T3);
  });

  it('gives equal fingerprints to equal fields in any key order', () => {
    const reordered = updateLifecycle([], run(T1, [{ ...kakao }]));
    expect(reordered.records[0]?.fingerprint).toBe(first.records[1]?.fingerprint);
    expect(first.records[1]?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});
