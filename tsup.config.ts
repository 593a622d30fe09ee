import { defineConfig } from 'tsup';

// One entry per public subpath; package.json `exports` mirrors this list.
export const entries = {
  index: 'src/index.ts',
  'normalize/index': 'src/normalize/index.ts',
  'geo/index': 'src/geo/index.ts',
  'features/index': 'src/features/index.ts',
  'sources/index': 'src/sources/index.ts',
  'sinks/index': 'src/sinks/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  // Shared chunks keep one copy of the dictionaries and the error classes across subpaths.
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
});
