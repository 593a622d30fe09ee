import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// One entry per public subpath; package.json `exports` mirrors this list.
export const entries = {
  index: 'src/index.ts',
  'http/index': 'src/http/index.ts',
  'normalize/index': 'src/normalize/index.ts',
  'geo/index': 'src/geo/index.ts',
  'commute/index': 'src/commute/index.ts',
  'features/index': 'src/features/index.ts',
  'recommend/index': 'src/recommend/index.ts',
  'sources/index': 'src/sources/index.ts',
  'sinks/index': 'src/sinks/index.ts',
  'query/index': 'src/query/index.ts',
  'pipeline/index': 'src/pipeline/index.ts',
  'report/index': 'src/report/index.ts',
  'explorer/index': 'src/explorer/index.ts',
  'testing/index': 'src/testing/index.ts',
};

/** The `ohmystack` bin (package.json `bin`), not an export: built apart, ESM only, as citty is ESM-only. */
export const cliEntry = { cli: 'src/cli/main.ts' };

/** Where the CLI's lazily loaded commands go, inside the output folder. */
const CLI_CHUNKS = 'cli-chunks';

// The library build cleans the output folder and the CLI build runs beside it, so the CLI keeps its
// chunks in a folder of its own (spared by the library's clean) and clears only that folder itself.
const clearCliChunks: Plugin = {
  name: 'clear-cli-chunks',
  setup(build) {
    build.onStart(() => {
      const outdir = build.initialOptions.outdir;
      if (outdir) rmSync(join(resolve(outdir), CLI_CHUNKS), { recursive: true, force: true });
    });
  },
};

const library: Options = {
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  // Shared chunks keep one copy of the dictionaries and the error classes across subpaths.
  splitting: true,
  sourcemap: false,
  // Everything but the CLI build's output (cli.js and its chunks), which is written at the same time.
  clean: ['!cli.js', `!${CLI_CHUNKS}/**`],
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
  // Korean text stays UTF-8: esbuild's default ASCII output writes each Hangul syllable as a 6-byte
  // \uXXXX escape, which doubled the region and address tables in every copy.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

const cli: Options = {
  entry: cliEntry,
  format: ['esm'],
  dts: false,
  splitting: true,
  sourcemap: false,
  clean: false,
  target: 'node20',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  esbuildOptions(options) {
    options.chunkNames = `${CLI_CHUNKS}/[name]-[hash]`;
    options.charset = 'utf8';
  },
  esbuildPlugins: [clearCliChunks],
};

export default defineConfig([library, cli]);
