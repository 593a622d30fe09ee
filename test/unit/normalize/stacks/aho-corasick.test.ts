import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from '../../../../src/normalize/stacks/index.js';

function all(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  buildAhoCorasick(patterns).scan(text, (p, start, end) => {
    expect(text.slice(start, end)).toBe(patterns[p]);
    out.push([patterns[p]!, start]);
  });
  return out;
}

function naive(patterns: string[], text: string): [string, number][] {
  const out: [string, number][] = [];
  for (let end = 1; end <= text.length; end++) {
    const hits = patterns
      .filter(
        (p, i) =>
          p.length > 0 &&
          patterns.indexOf(p) === i &&
          end >= p.length &&
          text.slice(end - p.length, end) === p,
      )
      .sort((a, b) => b.length - a.length);
    for (const p of hits) out.push([p, end - p.length]);
  }
  return out;
}

describe('buildAhoCorasick', () => {
  it.each([
    [['he', 'she', 'his', 'hers'], 'ushers'],
    [['자바', '자바스크립트', '스크립트'], '자바스크립트와 자바'],
    [['a', 'aa', 'aaa'], 'aaaa'],
    [['c++', 'c', '+'], 'c++ c+'],
    [['abcd', 'bc', 'bcde', 'x'], 'abcdebcx'],
    [['', 'q'], 'qq'],
  ])('%j in %s matches a naive search', (patterns, text) => {
    expect(all(patterns, text)).toEqual(naive(patterns, text));
  });

  it('reports nothing for text outside the alphabet', () => {
    expect(all(['spring'], '봄이 왔다')).toEqual([]);
  });

  it('counts its states', () => {
    expect(buildAhoCorasick(['ab', 'ac']).states).toBe(4);
  });
});
