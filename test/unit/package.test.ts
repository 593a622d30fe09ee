// The package's lists must not drift: every tsup entry is an exported subpath and the other way round.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('package.json', () => {
  const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');

  it('exports exactly the tsup entries', () => {
    const fromEntries = Object.keys(entries).map((entry) =>
      entry === 'index' ? '.' : `./${entry.replace(/\/index$/, '')}`,
    );
    expect(subpaths.sort()).toEqual(fromEntries.sort());
  });

  it.each(subpaths)('%s has types for both import and require', (subpath) => {
    const target = manifest.exports[subpath];
    expect(target.import.types).toMatch(/\.d\.ts$/);
    expect(target.require.types).toMatch(/\.d\.cts$/);
    expect(target.import.default).toMatch(/\.js$/);
    expect(target.require.default).toMatch(/\.cjs$/);
  });

  it('declares Node 20 and no side effects', () => {
    expect(manifest.engines.node).toBe('>=20');
    expect(manifest.sideEffects).toBe(false);
  });
});
