// The package's types as a user's strict TypeScript project sees them: installed without any optional
// peer (no DuckDB, pg, mysql2, playwright-core or AWS SDK), every subpath imported from ESM and required
// from CJS, and checked with `skipLibCheck: false`, so a declaration that names a peer's types fails here.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedProject, root, typeCheck } from './_packed.js';

const OPTIONAL_PEERS = [
  '@duckdb/node-api',
  'pg',
  'pg-copy-streams',
  'mysql2',
  'playwright-core',
  '@aws-sdk/client-s3',
];

const subpaths = Object.keys(
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<string, unknown>,
)
  .filter((key) => key !== './package.json')
  .map((key) => (key === '.' ? 'ohmystack' : `ohmystack/${key.slice(2)}`));

let project: string;
let work: string | undefined;

beforeAll(async () => {
  project = await packedProject('none');
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed types without optional peers', () => {
  it('installs none of the optional peers', () => {
    for (const peer of OPTIONAL_PEERS)
      expect(existsSync(join(project, 'node_modules', peer)), peer).toBe(false);
  });

  it('compile with skipLibCheck: false from ESM and CJS, every subpath', () => {
    work = mkdtempSync(join(project, 'types-'));
    const names = subpaths.map((_, index) => `m${index}`);
    writeFileSync(
      join(work, 'esm.ts'),
      `${subpaths.map((path, index) => `import * as ${names[index]} from '${path}';`).join('\n')}\nexport const all = [${names.join(', ')}];\n`,
    );
    writeFileSync(
      join(work, 'cjs.cts'),
      `${subpaths.map((path, index) => `import ${names[index]} = require('${path}');`).join('\n')}\nexport const all = [${names.join(', ')}];\n`,
    );
    const output = typeCheck(work, ['esm.ts', 'cjs.cts']);
    expect(output).toBe('');
  }, 240_000);
});
