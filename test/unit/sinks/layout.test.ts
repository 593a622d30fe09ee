import { describe, expect, it } from 'vitest';
import {
  dataKey,
  isRunFile,
  manifestKey,
  partitionPath,
  partName,
  partOfKey,
  runIdOfManifestKey,
  tempKey,
} from '../../../src/sinks/lake/layout.js';

const slot = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };

describe('lake layout', () => {
  it.each([
    [0, '00000'],
    [1, '00001'],
    [12345, '12345'],
  ])('partName(%i) = %s', (part, name) => expect(partName(part)).toBe(name));

  it('builds Hive-partitioned data keys', () => {
    expect(partitionPath('postings', slot)).toBe('postings/dt=2026-11-29/hr=09');
    expect(dataKey('features', slot, 2, 'parquet')).toBe(
      'features/dt=2026-11-29/hr=09/20261129T0900-00002.parquet',
    );
  });

  it('puts one manifest per run under _manifests/', () => {
    expect(manifestKey('20261129T0900')).toBe('_manifests/20261129T0900.json');
    expect(runIdOfManifestKey('_manifests/20261129T0900.json')).toBe('20261129T0900');
    expect(runIdOfManifestKey('20261129T0900.json')).toBe('20261129T0900');
    expect(runIdOfManifestKey('.tmp-20261129T0900.json-ab12')).toBeNull();
    expect(runIdOfManifestKey('notes.txt')).toBeNull();
  });

  it('rejects unsafe run ids and bad partitions', () => {
    expect(() => manifestKey('../etc')).toThrow(TypeError);
    expect(() => dataKey('raw', { ...slot, runId: 'a/b' }, 0, 'jsonl')).toThrow(TypeError);
    expect(() => partitionPath('raw', { dt: '2026-11-29', hr: '9' })).toThrow(TypeError);
  });

  it('recognizes a run’s files and temp files, not another run’s', () => {
    expect(isRunFile('20261129T0900-00000.jsonl', slot.runId)).toBe(true);
    expect(isRunFile('.tmp-20261129T0900-00000.jsonl-ab12', slot.runId)).toBe(true);
    expect(isRunFile('20261129T1200-00000.jsonl', slot.runId)).toBe(false);
  });

  it('names temp files beside their key, hidden', () => {
    expect(tempKey('postings/dt=2026-11-29/hr=09/x-00000.jsonl', 'ff')).toBe(
      'postings/dt=2026-11-29/hr=09/.tmp-x-00000.jsonl-ff',
    );
    expect(tempKey('a.json', 'ff')).toBe('.tmp-a.json-ff');
    expect(partOfKey('postings/dt=2026-11-29/hr=09/x-00000.parquet')).toBe(
      'postings/dt=2026-11-29/hr=09/x-00000',
    );
  });
});
