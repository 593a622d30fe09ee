import { describe, expect, it } from 'vitest';
import { parseJsonl, serializeJsonl } from '../../../src/sinks/lake/serialize-jsonl.js';

describe('serializeJsonl', () => {
  it('writes one UTF-8 JSON object per line, nested values kept', () => {
    const rows = [
      { title: '백엔드 개발자', payload: { stacks: ['Java', 'Spring'], nested: { a: null } } },
      { title: 'line\nbreak "quoted"' },
    ];
    const bytes = serializeJsonl(rows);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('백엔드');
    expect(parseJsonl(bytes)).toEqual(rows);
  });

  it('writes nothing for no rows', () => {
    expect(serializeJsonl([]).byteLength).toBe(0);
    expect(parseJsonl('')).toEqual([]);
  });
});
