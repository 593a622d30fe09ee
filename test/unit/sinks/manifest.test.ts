import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/model/errors/validation-error.js';
import {
  buildManifest,
  filesOfDataset,
  LAKE_SCHEMA_VERSION,
  manifestFile,
  parseManifest,
  sha256Hex,
} from '../../../src/sinks/lake/manifest.js';

const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const bytes = new TextEncoder().encode('{"title":"백엔드"}\n');
const base = 'postings/dt=2026-11-29/hr=09/20261129T0900';

describe('run manifest', () => {
  it('hashes with sha256', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('counts each part once across formats and sorts files by key', () => {
    const files = [
      manifestFile(`${base}-00001.jsonl`, 'postings', 'jsonl', 2, bytes),
      manifestFile(`${base}-00000.parquet`, 'postings', 'parquet', 3, bytes),
      manifestFile(`${base}-00000.jsonl`, 'postings', 'jsonl', 3, bytes),
      manifestFile('raw/dt=2026-11-29/hr=09/20261129T0900-00000.jsonl', 'raw', 'jsonl', 5, bytes),
    ];
    const manifest = buildManifest(slot, files, { now: new Date('2026-11-29T00:10:00Z') });
    expect(manifest.rows).toEqual({ postings: 5, raw: 5 });
    expect(manifest.schemaVersion).toBe(LAKE_SCHEMA_VERSION);
    expect(manifest.files.map((file) => file.key)).toEqual([...files.map((file) => file.key)].sort());
    expect(manifest.createdAt).toBe('2026-11-29T00:10:00.000Z');
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
    expect(filesOfDataset(manifest, 'postings', ['parquet', 'jsonl']).map((file) => file.format)).toEqual([
      'parquet',
      'jsonl',
    ]);
    expect(filesOfDataset(manifest, 'postings').map((file) => file.format)).toEqual(['jsonl', 'jsonl']);
  });

  it.each([
    ['not an object', 42],
    ['missing files', { ...slot, schemaVersion: 1, createdAt: 'x', rows: {} }],
    [
      'bad sha',
      {
        ...slot,
        schemaVersion: 1,
        createdAt: 'x',
        rows: {},
        files: [{ key: 'k', dataset: 'raw', format: 'jsonl', rows: 1, bytes: 1, sha256: 'zz' }],
      },
    ],
  ])('rejects %s', (_, value) => {
    expect(() => parseManifest(value)).toThrow(ValidationError);
  });

  it('rejects copies of a part that disagree on rows', () => {
    const manifest = buildManifest(slot, [
      manifestFile(`${base}-00000.parquet`, 'postings', 'parquet', 3, bytes),
      manifestFile(`${base}-00000.jsonl`, 'postings', 'jsonl', 2, bytes),
    ]);
    expect(() => parseManifest(manifest)).toThrow(/disagree/);
  });
});
