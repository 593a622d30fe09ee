// The README offers ohmystack.config.ts, and the published CLI runs on plain Node 20, which cannot import
// TypeScript. loadConfig is bundled here as the package ships it (esbuild, jiti left as the dependency it
// is) and run by plain `node` — no tsx, no loader — over a real ohmystack.config.ts that uses TypeScript
// syntax, imports a TypeScript file beside it and the package's types.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ohmystack-config-ts-'));
const bundle = join(work, 'load-config.mjs');
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  await build({
    entryPoints: [join(root, 'src/pipeline/load-config.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'silent',
    plugins: [
      {
        // jiti stays a dependency, as in the package: imported from the checkout's node_modules.
        name: 'jiti-as-dependency',
        setup(builder) {
          builder.onResolve({ filter: /^jiti$/ }, () => ({
            path: pathToFileURL(join(root, 'node_modules/jiti/lib/jiti.mjs')).href,
            external: true,
          }));
        },
      },
    ],
  });
}, 60_000);

/** Runs loadConfig in plain node over `cwd` and returns what it resolved, or the error it threw. */
function loadInPlainNode(cwd: string): { config?: unknown; file?: string; error?: string } {
  const script = join(work, `load-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(
    script,
    `import { loadConfig } from ${JSON.stringify(pathToFileURL(bundle).href)};
try {
  console.log(JSON.stringify(await loadConfig({ cwd: ${JSON.stringify(cwd)}, env: {} })));
} catch (error) {
  console.log(JSON.stringify({ error: error.message }));
}`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  const stdout = execFileSync(process.execPath, [script], { encoding: 'utf8', env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('ohmystack.config.ts on plain Node', () => {
  it('loads, with its TypeScript syntax, a TypeScript import beside it and the package types', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(
      join(project, 'sites.ts'),
      `export const sites: readonly ('jumpit' | 'wanted')[] = ['jumpit', 'wanted'];\n`,
    );
    writeFileSync(
      join(project, 'ohmystack.config.ts'),
      `import type { PipelineConfig } from 'ohmystack';
import { sites } from './sites';

interface Batching { batchSize: number }
const batching: Batching = { batchSize: 250 as number };

export default {
  sources: [...sites],
  ...batching,
  geo: { geocoder: 'gazetteer' },
} satisfies PipelineConfig;
`,
    );
    const loaded = loadInPlainNode(project);
    expect(loaded.error).toBeUndefined();
    expect(loaded.file).toBe(join(project, 'ohmystack.config.ts'));
    expect(loaded.config).toEqual({
      sources: ['jumpit', 'wanted'],
      batchSize: 250,
      geo: { geocoder: 'gazetteer' },
    });
  });

  it('names the file and the setting when the TypeScript config is wrong', () => {
    const project = join(work, 'wrong');
    mkdirSync(project);
    writeFileSync(join(project, 'ohmystack.config.ts'), `export default { databse: false as const };\n`);
    const loaded = loadInPlainNode(project);
    expect(loaded.error).toContain(join(project, 'ohmystack.config.ts'));
    expect(loaded.error).toContain("unknown key 'databse' — did you mean 'database'?");
  });
});
