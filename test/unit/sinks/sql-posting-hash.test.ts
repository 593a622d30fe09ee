// The SQL sink's content hash decides "changed" (rewrite the posting and its links) from "seen again"
// (move its last-seen run only). It spells its fields out for speed, so this checks it hashes exactly
// HASHED_FIELDS: every one of them changes the hash, and nothing else does.
import { describe, expect, it } from 'vitest';
import type { PostingRow } from '../../../src/model/rows.js';
import { HASHED_FIELDS, postingHash } from '../../../src/sinks/sql/posting-hash.js';
import { postingRows } from '../../fixtures/sinks/rows.js';

function changed(value: unknown): unknown {
  if (value === null || value === undefined) return 'now set';
  if (typeof value === 'string') return `${value}!`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, 'extra'];
  throw new Error(`unexpected ${typeof value}`);
}

describe('postingHash', () => {
  const [row] = postingRows(1);
  const base = postingHash(row!);

  it('is a 16-hex-digit change hash and stable', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(postingHash({ ...row! })).toBe(base);
  });

  it.each(HASHED_FIELDS.map((field) => [field]))('changes with %s', (field) => {
    expect(postingHash({ ...row!, [field]: changed(row![field]) } as PostingRow)).not.toBe(base);
  });

  it('ignores the key and what changes every run', () => {
    const others = (Object.keys(row!) as (keyof PostingRow)[]).filter(
      (field) => !(HASHED_FIELDS as readonly string[]).includes(field),
    );
    expect(others.sort()).toEqual(['fetched_at', 'id', 'run_id', 'source', 'source_id']);
    for (const field of others) {
      expect(postingHash({ ...row!, [field]: changed(row![field]) } as PostingRow)).toBe(base);
    }
  });

  it('tells null from the string "null" and 3 from "3"', () => {
    expect(postingHash({ ...row!, branch: null })).not.toBe(postingHash({ ...row!, branch: 'null' }));
    expect(postingHash({ ...row!, career_label: '3' })).not.toBe(
      postingHash({ ...row!, career_label: 3 as unknown as string }),
    );
  });
});
