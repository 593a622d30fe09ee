import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { defaultFingerprint, listFingerprint } from '../../../src/sources/_fingerprint.js';

const item = (fields: Partial<RawPosting>): RawPosting => ({
  source: 'jumpit',
  sourceId: '51234',
  url: 'https://jumpit.saramin.co.kr/position/51234',
  fetchedAt: '2026-11-29T09:00:00.000+09:00',
  title: '백엔드 개발자',
  company: '카카오',
  ...fields,
});

describe('listFingerprint', () => {
  it('ignores counters in the payload and the order of keys', () => {
    const listed = item({ career: { text: '경력 3~5년', min: 3, max: 5 }, payload: { views: 10 } });
    const again = item({ career: { max: 5, min: 3, text: '경력 3~5년' }, payload: { views: 99 } });
    expect(listFingerprint(again)).toBe(listFingerprint(listed));
  });

  it.each<Partial<RawPosting>>([
    { title: '프론트엔드 개발자' },
    { stackTags: ['Java'] },
    { career: { text: '경력 5년 이상', min: 5 } },
    { deadline: '2026-12-31' },
  ])('changes when a visible field changes: %j', (change) => {
    expect(listFingerprint(item(change))).not.toBe(listFingerprint(item({})));
  });
});

describe('defaultFingerprint', () => {
  it('hashes the payload whatever its key order', () => {
    const a = item({ payload: { id: 51234, title: '백엔드 개발자' } });
    const b = item({ payload: { title: '백엔드 개발자', id: 51234 } });
    expect(defaultFingerprint(a)).toBe(defaultFingerprint(b));
    expect(defaultFingerprint(a)).not.toBe(defaultFingerprint(item({ payload: { id: 51234 } })));
  });
});
