// The AWS SDK is an optional peer: `import 'ohmystack'` and `ohmystack/sinks` must work without it, and
// only first use of s3Sink or athenaCatalog may ask for it — with an error that names the package. A child
// process loads the sources with a resolve hook that refuses every `@aws-sdk/*` module, as a project
// without the SDK would; a static import of it anywhere the root reaches fails the import here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'ohmystack-no-aws-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@aws-sdk/')) {
    const error = new Error('Cannot find package ' + specifier + ' (hidden by the test)');
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}`;

const CHILD = `
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOKS)}));
const load = (path) => import(${JSON.stringify(pathToFileURL(root).href)} + path);
const rootModule = await load('src/index.ts');
const sinks = await load('src/sinks/index.ts');
const described = (error) => ({ name: error?.name, code: error?.code, hint: error?.hint });
const run = { runId: '20261129T0900', dt: '2026-11-29', hr: '09' };
const s3 = await sinks.s3Sink({ bucket: 'lake' }).write({ dataset: 'raw', rows: [] }, run).then(() => null, described);
const athena = await sinks
  .athenaCatalog({ database: 'jobs', s3Location: 's3://lake/ohmystack' })
  .query('SELECT 1')
  .then(() => null, described);
console.log(JSON.stringify({ rootExports: Object.keys(rootModule).length, hasS3Sink: typeof rootModule.s3Sink, s3, athena }));
`;

describe('the AWS SDK as an optional peer', () => {
  it('is never loaded by importing the root or ohmystack/sinks, and first use names the package', () => {
    const script = join(work, 'child.mjs');
    writeFileSync(script, CHILD);
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(out.rootExports).toBeGreaterThan(50);
    expect(out.hasS3Sink).toBe('function');
    expect(out.s3).toEqual({
      name: 'CapabilityError',
      code: 'capability_missing',
      hint: expect.stringContaining('npm install @aws-sdk/client-s3'),
    });
    expect(out.athena).toEqual({
      name: 'CapabilityError',
      code: 'capability_missing',
      hint: expect.stringContaining('npm install @aws-sdk/client-athena'),
    });
  }, 120_000);
});
