import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { changeHash, hashText } from '../../../src/model/change-hash.js';

describe('changeHash', () => {
  it('is equal for equal data in any key order, and 16 hex digits', () => {
    expect(changeHash({ id: 1, title: '백엔드' })).toBe(changeHash({ title: '백엔드', id: 1 }));
    expect(changeHash({ id: 1, title: '백엔드', deadline: undefined })).toBe(
      changeHash({ title: '백엔드', id: 1 }),
    );
    expect(changeHash({ id: 1 })).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    [
      { id: 1, title: '백엔드' },
      { id: 1, title: '프론트엔드' },
    ],
    [
      ['카카오', 3],
      ['카카오', '3'],
    ],
    [[null], ['null']],
    [
      ['a', 'b,c'],
      ['a,b', 'c'],
    ],
  ])('tells %j from %j', (a, b) => {
    expect(changeHash(a)).not.toBe(changeHash(b));
  });

  it('is the SHA-1 of the canonical JSON, cut to 16 hex digits (the same in every process)', () => {
    const sha1 = createHash('sha1').update('{"a":["자바",null],"b":1}').digest('hex');
    expect(changeHash({ b: 1, a: ['자바', undefined] })).toBe(sha1.slice(0, 16));
  });
});

describe('hashText', () => {
  it('is the first 16 hex digits of the SHA-1 of the UTF-8 text', () => {
    expect(hashText('')).toBe('da39a3ee5e6b4b0d');
    expect(hashText('카카오')).toBe(createHash('sha1').update('카카오', 'utf8').digest('hex').slice(0, 16));
  });
});
