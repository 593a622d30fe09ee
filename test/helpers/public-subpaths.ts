// The package's public subpaths, read from package.json `exports`, each with the source index behind it:
// '.' is src/index.ts, './geo' is src/geo/index.ts. Tests of the public surface start from this list, so
// a new subpath is covered the day it is exported.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One public subpath and the source module that is its surface. */
export interface PublicSubpath {
  /** The import specifier a user writes: 'ohmystack', 'ohmystack/geo'. */
  specifier: string;
  /** The package.json `exports` key: '.', './geo'. */
  key: string;
  /** Absolute path of the source index. */
  file: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Returns every subpath of package.json `exports` except './package.json', in the order listed there. */
export function publicSubpaths(): PublicSubpath[] {
  const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => ({
      specifier: key === '.' ? manifest.name : `${manifest.name}/${key.slice(2)}`,
      key,
      file: key === '.' ? `${ROOT}src/index.ts` : `${ROOT}src/${key.slice(2)}/index.ts`,
    }));
}
