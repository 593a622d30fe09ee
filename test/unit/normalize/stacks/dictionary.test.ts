import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStacksModule, loadStackRecords } from '../../../../scripts/gen-stacks.js';
import { squashKey } from '../../../../src/normalize/stacks/index.js';

const records = loadStackRecords();
const GENERATED = new URL('../../../../src/normalize/stacks/dictionary.gen.ts', import.meta.url);

describe('stack dictionary data', () => {
  it('has at least 600 records', () => {
    expect(records.length).toBeGreaterThanOrEqual(600);
  });

  it('has unique ids', () => {
    const ids = records.map((r) => r.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('gives every alias (by squash key) to one id only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of records) {
      for (const alias of [
        r.name,
        r.id,
        ...(r.aliases?.en ?? []),
        ...(r.aliases?.ko ?? []),
        ...(r.aliases?.tagOnly ?? []),
      ]) {
        const key = squashKey(alias);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== r.id) clashes.push(`${alias}: ${prev} / ${r.id}`);
        owner.set(key, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names only existing parents', () => {
    const ids = new Set(records.map((r) => r.id));
    expect(records.filter((r) => r.parent !== undefined && !ids.has(r.parent)).map((r) => r.id)).toEqual([]);
  });

  it('covers every kind and the top Korean aliases', () => {
    expect(new Set(records.map((r) => r.kind)).size).toBe(10);
    const withKorean = records.filter((r) => (r.aliases?.ko ?? []).length > 0);
    expect(withKorean.length).toBeGreaterThanOrEqual(150);
  });

  it('committed dictionary.gen.ts is not stale (run npx tsx scripts/gen-stacks.ts)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generateStacksModule(records));
  });

  it('rejects an alias claimed by two ids', () => {
    const [a, b] = records;
    expect(() => generateStacksModule([a!, { ...b!, aliases: { en: [a!.name] } }])).toThrow(/claimed by/);
  });

  it('rejects an unknown parent and a duplicate id', () => {
    const [a, b] = records;
    expect(() => generateStacksModule([a!, { ...b!, parent: 'no-such-id' }])).toThrow(/unknown parent/);
    expect(() => generateStacksModule([a!, { ...a! }])).toThrow(/duplicate id/);
  });
});
