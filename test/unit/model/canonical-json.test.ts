import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/model/canonical-json.js';

describe('canonicalJson', () => {
  it.each([
    [
      'sorted keys, undefined dropped',
      { b: 1, a: ['자바', undefined], c: undefined },
      '{"a":["자바",null],"b":1}',
    ],
    [
      'NaN, a Date and a bigint',
      { n: Number.NaN, d: new Date('2026-11-29T00:00:00Z'), big: 10n },
      '{"big":"10","d":"2026-11-29T00:00:00.000Z","n":null}',
    ],
    [
      'nested objects',
      { 회사: '카카오', nested: { z: [3, '3'], a: null } },
      '{"nested":{"a":null,"z":[3,"3"]},"회사":"카카오"}',
    ],
    [
      'an array of scalars',
      ['카카오', 3, true, null, undefined, Number.POSITIVE_INFINITY],
      '["카카오",3,true,null,null,null]',
    ],
    ['an invalid Date', new Date(Number.NaN), 'null'],
    ['undefined', undefined, 'null'],
    ['a string', '경력 3~5년', '"경력 3~5년"'],
  ])('writes %s', (_, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('reads a missing key and an undefined one the same, whatever the key order', () => {
    expect(canonicalJson({ title: '백엔드', deadline: undefined })).toBe(canonicalJson({ title: '백엔드' }));
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('survives cycles, and writes a shared (not cyclic) value in full each time', () => {
    const value: Record<string, unknown> = { a: 1 };
    value.self = value;
    expect(canonicalJson(value)).toBe('{"a":1,"self":"[Circular]"}');
    const list: unknown[] = [1];
    list.push(list);
    expect(canonicalJson(list)).toBe('[1,"[Circular]"]');
    const shared = { k: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"k":1},{"k":1}]');
  });

  it('agrees with JSON.parse(JSON.stringify()) round trips (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('writes a value the same whether it is alone or inside an object (both paths agree, property)', () => {
    // Values without objects take JSON.stringify; inside an object they are written member by member.
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson({ v: value })).toBe(`{"v":${canonicalJson(value)}}`);
      }),
    );
  });
});
