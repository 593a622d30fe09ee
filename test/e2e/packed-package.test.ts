// The package as a user receives it: packed, installed into a fresh project, then imported from
// ESM, required from CJS, and run by Deno the way a Deno Jupyter notebook would use it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deno, offlineDenoEnv, packedProject, run } from './_packed.js';

let project: string;
let notebook: string | undefined;

beforeAll(async () => {
  project = await packedProject();
}, 300_000);

afterAll(() => {
  if (notebook) rmSync(notebook, { recursive: true, force: true });
});

const POSTING = {
  source: 'jumpit',
  sourceId: '42',
  url: 'https://jumpit.saramin.co.kr/position/42',
  fetchedAt: '2026-11-29T09:00:00+09:00',
  title: '백엔드 개발자',
  company: '(주)카카오',
  stackTags: ['Java/Spring', '리액트'],
  career: { text: '경력 3~5년' },
  locations: ['경기 성남시 분당구 판교역로 235, 7층'],
};

describe('the packed package', () => {
  it('imports from ESM, root and subpaths', () => {
    const script = `
      import { normalizePosting } from 'ohmystack';
      import { normalizeCareer } from 'ohmystack/normalize';
      import { parseAddress } from 'ohmystack/geo';
      const posting = normalizePosting(${JSON.stringify(POSTING)});
      console.log(JSON.stringify({ posting, career: normalizeCareer('신입'), address: parseAddress('서울 강남구 테헤란로 152') }));`;
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script], project));
    expect(out.posting.id).toBe('jumpit:42');
    expect(out.posting.company).toBe('카카오');
    expect(out.posting.career).toMatchObject({ minYears: 3, maxYears: 5, newcomer: false });
    expect(out.posting.address).toMatchObject({ sido: '경기도', sigungu: '성남시 분당구' });
    expect(out.career).toMatchObject({ minYears: 0, maxYears: 0, newcomer: true });
    expect(out.address.query).toBe('서울특별시 강남구 테헤란로 152');
  });

  it('requires from CJS, root and subpaths', () => {
    const script = `
      const { normalizeStacks } = require('ohmystack');
      const { normalizeCompanyName } = require('ohmystack/normalize');
      const { parseAddress } = require('ohmystack/geo');
      console.log(JSON.stringify([normalizeStacks('ReactJS, React.js'), normalizeCompanyName('㈜카카오'), parseAddress('서울 강남구').sido]));`;
    const [stacks, company, sido] = JSON.parse(run('node', ['-e', script], project));
    expect(stacks).toHaveLength(1);
    expect(company).toBe('카카오');
    expect(sido).toBe('서울특별시');
  });

  it('runs in Deno, as a Deno Jupyter notebook cell would', () => {
    notebook = mkdtempSync(join(project, 'notebook-'));
    writeFileSync(
      join(notebook, 'cell.ts'),
      `import { normalizePosting } from 'ohmystack';
       const posting = normalizePosting(${JSON.stringify(POSTING)});
       console.log(JSON.stringify({ id: posting.id, stacks: posting.stacks, sido: posting.address?.sido }));`,
    );
    const out = JSON.parse(
      run(
        deno,
        ['run', '--cached-only', '--allow-read', '--allow-env', 'cell.ts'],
        notebook,
        offlineDenoEnv(project),
      ),
    );
    expect(out.id).toBe('jumpit:42');
    expect(out.sido).toBe('경기도');
    expect(out.stacks.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps I/O libraries out of the pure subpaths (normalize, features)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
        if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
        else
          expect
            .soft(spec, `${file} imports ${spec}`)
            .not.toMatch(/^(ky|p-limit|@aws-sdk|node:fs|node:net|playwright)/);
      }
    };
    for (const subpath of ['normalize', 'features']) {
      visit(join(project, `node_modules/ohmystack/dist/${subpath}/index.js`));
    }
    expect(seen.size).toBeGreaterThan(2);
  });
});
