// `npm run docs` documents exactly what the package exports: typedoc.json has one entry point per public
// subpath of package.json "exports", so a new subpath cannot ship without its API reference.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

// './http' → 'src/http/index.ts'; '.' → 'src/index.ts'.
function entryOf(subpath: string): string {
  return subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`;
}

describe('typedoc.json', () => {
  const typedoc = readJson('typedoc.json');
  const subpaths = Object.keys(readJson('package.json').exports).filter((key) => key !== './package.json');

  it('has one entry point per public subpath, and no other', () => {
    expect([...typedoc.entryPoints].sort()).toEqual(subpaths.map(entryOf).sort());
  });

  it('points at files that exist', () => {
    for (const entry of typedoc.entryPoints) expect(existsSync(join(root, entry)), entry).toBe(true);
  });

  it('leaves private and @internal names out and writes to the ignored docs/api', () => {
    expect(typedoc).toMatchObject({ excludePrivate: true, excludeInternal: true, out: 'docs/api' });
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('/docs/api/');
  });
});
