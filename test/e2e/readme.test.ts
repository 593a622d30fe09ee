// Every ```ts block of README.md, the way a user pastes it into a project: the packed package installed
// into a fresh project (shared helper, see _packed.ts), each block saved as its own module there and
// type-checked strictly against the installed `ohmystack` (nodenext, skipLibCheck: false).
//
// Blocks marked with `<!-- readme-test: run -->` on the line above the fence are also run, with tsx, in
// README order, in one scratch folder of that project. The README keeps to these conventions:
// - A runnable block needs no internet and no key. Sources read `process.env.JUMPIT_URL`, which this test
//   sets to a local site replica (`createSiteReplica`, as the README describes); KAKAO_REST_API_KEY is
//   unset, so geocoding is the gazetteer's; `demo/` holds what `npx ohmystack demo --out demo` writes.
// - `expr; // value` states a result (also `expr;` followed by `// value` lines). In a runnable block the
//   test checks it when `value` is a literal (object, array, string, number): arrays and primitives must
//   be equal, objects must hold the stated keys with those values (others may follow).
// - A runnable block shows something: it prints, or it states a result that is checked.
// A failing test names the block by its heading and README line and quotes tsc's or the run's output.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteReplica, type SiteReplica } from '../../src/testing/index.js';
import { packedProject, provideSqliteBinding, root, typeCheck } from './_packed.js';

const RUN_MARK = '<!-- readme-test: run -->';
const execFileAsync = promisify(execFile);

interface Block {
  index: number;
  /** The nearest heading above the block. */
  heading: string;
  /** README line of the block's first code line (1-based). */
  line: number;
  code: string;
  runnable: boolean;
  file: string;
}

/** A stated result: `expr; // value`, with `value` a literal. */
interface Claim {
  /** Index of the block line holding the expression. */
  at: number;
  expression: string;
  value: string;
}

function readmeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^#{1,6} /.test(text)) heading = text.replace(/^#+ /, '');
    if (text.trim() !== '```ts') continue;
    const end = lines.indexOf('```', i + 1);
    if (end < 0) throw new Error(`README line ${i + 1}: a \`\`\`ts block is never closed`);
    let above = i - 1;
    while (above >= 0 && lines[above]!.trim() === '') above--;
    const index = blocks.length;
    blocks.push({
      index,
      heading,
      line: i + 2,
      code: lines.slice(i + 1, end).join('\n'),
      runnable: lines[above]?.trim() === RUN_MARK,
      file: `block-${index}.ts`,
    });
    i = end;
  }
  return blocks;
}

// A comment is a checkable value only when it reads as a literal; '…' and 'a | b' prose are not.
function literal(text: string): string | undefined {
  const value = text.trim();
  if (!/^[[{'"\d-]|^(?:true|false|null)\b/.test(value) || /\s\|\s|…/.test(value)) return undefined;
  try {
    new Function(`return (${value});`)();
    return value;
  } catch {
    return undefined;
  }
}

const NOT_AN_EXPRESSION = /^(?:const|let|var|await|import|export|for|if|return|throw|console\.)\b/;

function claimsOf(code: string): Claim[] {
  const lines = code.split('\n');
  const claims: Claim[] = [];
  for (let at = 0; at < lines.length; at++) {
    const match = lines[at]!.match(/^([^\s/].*?);\s*(?:\/\/\s?(.*))?$/);
    if (!match || NOT_AN_EXPRESSION.test(match[1]!)) continue;
    let comment = match[2] ?? '';
    if (comment.trim() === '') {
      const following: string[] = [];
      for (let next = at + 1; next < lines.length && /^\s*\/\/ /.test(lines[next]!); next++)
        following.push(lines[next]!.replace(/^\s*\/\/ /, ''));
      comment = following.join(' ');
    }
    const value = literal(comment);
    if (value !== undefined) claims.push({ at, expression: match[1]!, value });
  }
  return claims;
}

// Prepended to a runnable block: checks each stated result, reports every mismatch, then fails the run.
const CLAIM_CHECK = `
function __readmeMatches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected))
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => __readmeMatches(actual[i], e));
  if (expected !== null && typeof expected === 'object')
    return actual !== null && typeof actual === 'object' &&
      Object.entries(expected).every(([k, e]) => __readmeMatches((actual as Record<string, unknown>)[k], e));
  return Object.is(actual, expected);
}
function __readmeClaim(line: number, actual: unknown, expected: unknown): void {
  if (__readmeMatches(actual, expected)) return;
  console.error(\`README line \${line} states \${JSON.stringify(expected)}, the code gives \${JSON.stringify(actual)}\`);
  process.exitCode = 1;
}
`;

function runnableSource(block: Block): string {
  const lines = block.code.split('\n');
  for (const claim of claimsOf(block.code)) {
    const indent = lines[claim.at]!.match(/^\s*/)![0];
    lines[claim.at] =
      `${indent}__readmeClaim(${block.line + claim.at}, ${claim.expression}, ${claim.value});`;
  }
  return `${CLAIM_CHECK}\n${lines.join('\n')}\nexport {};\n`;
}

const blocks = readmeBlocks(readFileSync(join(root, 'README.md'), 'utf8'));
const label = (block: Block) => `block ${block.index} (${block.heading}, README line ${block.line})`;

let project: string;
let work: string | undefined;
let replica: SiteReplica | undefined;
let typeErrors = '';

beforeAll(async () => {
  project = await packedProject();
  work = mkdtempSync(join(project, 'readme-'));
  for (const block of blocks) writeFileSync(join(work, block.file), `${block.code}\nexport {};\n`);
  // A user's project has Node's types; the shared project does not install them.
  typeErrors = typeCheck(
    work,
    blocks.map((block) => block.file),
    { typeRoots: [join(root, 'node_modules/@types')] },
  );
}, 600_000);

afterAll(async () => {
  await replica?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('README.md', () => {
  it('has ts blocks, and every run mark sits right above one', () => {
    expect(blocks.length).toBeGreaterThan(0);
    const marks = readFileSync(join(root, 'README.md'), 'utf8').split(RUN_MARK).length - 1;
    expect(blocks.filter((block) => block.runnable)).toHaveLength(marks);
  });

  it.each(blocks.map((block) => [label(block), block] as const))('%s type-checks', (_, block) => {
    const errors = typeErrors
      .split('\n')
      .filter((line) => line.startsWith(`${block.file}(`))
      .map((line) =>
        line.replace(
          /^block-\d+\.ts\((\d+),(\d+)\)/,
          (_m, l, c) => `README line ${block.line + Number(l) - 1}:${c}`,
        ),
      );
    expect(errors.join('\n')).toBe('');
    // tsc failed for a reason no block owns (a config or lib error): show it.
    if (typeErrors !== '' && !/^block-\d+\.ts\(/m.test(typeErrors)) expect(typeErrors).toBe('');
  });

  describe.each(blocks.filter((block) => block.runnable).map((block) => [label(block), block] as const))(
    '%s',
    (_, block) => {
      it('runs offline and states only true results', async () => {
        if (replica === undefined) {
          replica = await createSiteReplica({ postingsPerSite: { jumpit: 5 } });
          provideSqliteBinding(project);
          if (blocks.some((b) => b.runnable && b.code.includes("'demo/"))) {
            await execFileAsync(
              join(project, 'node_modules/.bin/ohmystack'),
              ['demo', '--out', 'demo', '--postings', '40', '--quiet'],
              { cwd: work!, timeout: 240_000 },
            );
          }
        }
        const file = join(work!, `run-${block.file}`);
        writeFileSync(file, runnableSource(block));
        const env: NodeJS.ProcessEnv = { ...process.env, JUMPIT_URL: replica.baseUrls.jumpit, NO_COLOR: '1' };
        for (const name of Object.keys(env))
          if (name === 'KAKAO_REST_API_KEY' || name === 'SARAMIN_ACCESS_KEY' || name.startsWith('OHMYSTACK_'))
            delete env[name];
        let stdout = '';
        let failure = '';
        try {
          ({ stdout } = await execFileAsync(join(root, 'node_modules/.bin/tsx'), [file], {
            cwd: work!,
            env,
            timeout: 180_000,
            maxBuffer: 16 * 1024 * 1024,
          }));
        } catch (error) {
          const {
            stdout: out,
            stderr,
            message,
          } = error as { stdout?: string; stderr?: string; message: string };
          stdout = out ?? '';
          failure = stderr || message;
        }
        expect(failure).toBe('');
        const checked = claimsOf(block.code).length;
        expect(stdout.trim() !== '' || checked > 0, 'the block neither prints nor states a result').toBe(
          true,
        );
      }, 600_000);
    },
  );
});
