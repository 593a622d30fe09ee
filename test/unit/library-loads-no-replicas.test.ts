// `import 'ohmystack'` (and every public subpath but ohmystack/testing) must never load the replicas and
// test servers in src/testing/: they are thousands of lines a library user does not need. This walks the
// static imports from each source index — what a bundler or Node loads eagerly — and fails with the
// import chain that reaches src/testing/. A dynamic `import()` is lazy and is not followed; neither are
// `import type` and `export type`, which compile to nothing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { publicSubpaths } from '../helpers/public-subpaths.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TESTING = `${resolve(ROOT, 'src/testing')}${sep}`;

const importsOf = new Map<string, string[]>();

/** Returns the .ts files a module imports statically (relative specifiers only; packages are not ours). */
function staticImports(file: string): string[] {
  const known = importsOf.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      specifier = statement.moduleSpecifier;
    }
    if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
      found.push(resolveSource(file, specifier.text));
    }
  }
  importsOf.set(file, found);
  return found;
}

function resolveSource(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier).replace(/\.js$/, '');
  for (const candidate of [`${path}.ts`, `${path}/index.ts`]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

/** Returns, for every module under src/testing/ that `entry` loads statically, the chain that gets there. */
function chainsIntoTesting(entry: string): string[] {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  const chains: string[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (file.startsWith(TESTING)) {
      const chain: string[] = [];
      for (let at: string | null | undefined = file; at; at = parent.get(at))
        chain.unshift(relative(ROOT, at));
      chains.push(chain.join(' → '));
      continue;
    }
    for (const next of staticImports(file)) {
      if (parent.has(next)) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return chains;
}

describe('the library without ohmystack/testing', () => {
  const library = publicSubpaths().filter((subpath) => subpath.key !== './testing');

  it.each(library.map((subpath) => [subpath.specifier, subpath.file]))(
    '%s loads nothing from src/testing/',
    (_specifier, file) => {
      expect(chainsIntoTesting(file)).toEqual([]);
    },
  );

  it('is checked by a walk that does find src/testing/ when it is imported', () => {
    const testing = publicSubpaths().find((subpath) => subpath.key === './testing')!;
    const demoCommand = resolve(ROOT, 'src/cli/commands/demo.ts');
    expect(chainsIntoTesting(testing.file).length).toBeGreaterThan(0);
    // The CLI's demo command reaches the replicas only through its lazy import().
    expect(chainsIntoTesting(demoCommand)).toEqual([]);
  });
});
