import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/model/errors/parse-error.js';
import { fileStateStore } from '../../../src/sources/state/file-state-store.js';
import { memoryStateStore } from '../../../src/sources/state/memory-state-store.js';
import type { SourceState, StateStore } from '../../../src/sources/types.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ohmystack-state-'));
  dirs.push(dir);
  return dir;
}

const state = (ids: string[]): SourceState => ({
  version: 1,
  seen: Object.fromEntries(
    ids.map((id) => [id, { fingerprint: `fp-${id}`, seenAt: '2026-11-29T09:00:00.000+09:00' }]),
  ),
  updatedAt: '2026-11-29T09:00:00.000+09:00',
});

const stores: [string, () => Promise<StateStore>][] = [
  ['memoryStateStore', async () => memoryStateStore()],
  ['fileStateStore', async () => fileStateStore({ dir: join(await tempDir(), 'nested', 'state') })],
];

describe.each(stores)('%s', (_name, make) => {
  it('returns undefined for a source it never stored', async () => {
    expect(await (await make()).get('jumpit')).toBeUndefined();
  });

  it('returns what was set, per source, and the last write wins', async () => {
    const store = await make();
    await store.set('jumpit', state(['jumpit:1']));
    await store.set('wanted', state(['wanted:7']));
    await store.set('jumpit', state(['jumpit:1', 'jumpit:2']));
    expect(await store.get('jumpit')).toEqual(state(['jumpit:1', 'jumpit:2']));
    expect(await store.get('wanted')).toEqual(state(['wanted:7']));
  });

  it('is not changed by mutating a value after set or get', async () => {
    const store = await make();
    const value = state(['a:1']);
    await store.set('a', value);
    value.seen['a:2'] = { fingerprint: 'x', seenAt: 'y' };
    const got = await store.get('a');
    delete got?.seen['a:1'];
    expect(await store.get('a')).toEqual(state(['a:1']));
  });
});

describe('fileStateStore', () => {
  it('writes one JSON file per source and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const store = fileStateStore({ dir });
    await store.set('jumpit', state(['jumpit:1']));
    await store.set('user/source:x', state(['u:1']));
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['jumpit.json', 'user%2fsource%3ax.json']);
    expect(JSON.parse(await readFile(join(dir, 'jumpit.json'), 'utf8'))).toEqual(state(['jumpit:1']));
  });

  it('keeps the previous file whole when many writes race (rename is atomic)', async () => {
    const dir = await tempDir();
    const store = fileStateStore({ dir });
    const many = Array.from({ length: 20 }, (_, i) =>
      state(Array.from({ length: 50 + i }, (__, k) => `s:${k}`)),
    );
    await Promise.all(many.map((value) => store.set('s', value)));
    const read = await store.get('s');
    expect(many).toContainEqual(read);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('throws ParseError with a hint for a corrupt or foreign file', async () => {
    const dir = await tempDir();
    const store = fileStateStore({ dir });
    await writeFile(join(dir, 'broken.json'), '{"version":1,"seen":', 'utf8');
    await writeFile(join(dir, 'foreign.json'), '{"version":2}', 'utf8');
    await expect(store.get('broken')).rejects.toBeInstanceOf(ParseError);
    const error = await store.get('foreign').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).hint).toMatch(/delete .*foreign\.json/);
  });
});
