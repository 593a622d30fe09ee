// The bin, the CLI's tsup entry and `npm run demo` point at the same program.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cliEntry, entries } from '../../../tsup.config.js';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('the ohmystack bin', () => {
  it('is the built CLI entry, which is not a package export', () => {
    expect(manifest.bin).toEqual({ ohmystack: `./dist/${Object.keys(cliEntry)[0]}.js` });
    expect(Object.values(cliEntry)).toEqual(['src/cli/main.ts']);
    expect(Object.values(entries)).not.toContain('src/cli/main.ts');
  });

  it('npm run demo runs the CLI demo from source', () => {
    expect(manifest.scripts.demo).toMatch(/^tsx src\/cli\/main\.ts demo --out \S+$/);
  });
});
