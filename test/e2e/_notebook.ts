// Runs a Deno Jupyter notebook outside a kernel, as one Deno program: the code cells in order, each
// cell's last expression displayed as the kernel would, and `Deno.jupyter` replaced by a shim that
// records every displayed media bundle (the real one throws outside `deno jupyter`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { deno, offlineDenoEnv } from './_packed.js';

/** The parts of an nbformat 4 notebook the harness reads. */
export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: {
    kernelspec?: { name?: string; display_name?: string; language?: string };
    language_info?: { name?: string };
  };
  cells: {
    cell_type: 'code' | 'markdown' | 'raw';
    id?: string;
    source: string | string[];
    outputs?: unknown[];
    execution_count?: number | null;
  }[];
}

/** What a cell displayed: a Jupyter media bundle ('text/html', 'image/svg+xml', 'text/plain', …). */
export type MediaBundle = Record<string, unknown>;

/** One code cell's run. */
export interface CellRun {
  /** Position among the code cells, from 0. */
  index: number;
  id: string | undefined;
  /** The cell ran to its end. */
  ok: boolean;
  outputs: MediaBundle[];
}

/** A notebook's run: every code cell, the process's exit status and output. */
export interface NotebookRun {
  cells: CellRun[];
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Returns the notebook at `path`, parsed. */
export function readNotebook(path: string): Notebook {
  return JSON.parse(readFileSync(path, 'utf8')) as Notebook;
}

/** Returns the code cells' sources, in order. */
export function codeCells(notebook: Notebook): { id: string | undefined; source: string }[] {
  return notebook.cells
    .filter((cell) => cell.cell_type === 'code')
    .map((cell) => ({
      id: cell.id,
      source: Array.isArray(cell.source) ? cell.source.join('') : cell.source,
    }));
}

// Installed before any cell runs (imports evaluate in order, and this one comes first).
const PRELUDE = `
const DISPLAY = Symbol.for('Jupyter.display');
const log = Deno.env.get('NOTEBOOK_LOG');
let current = -1;
function record(entry) {
  Deno.writeTextFileSync(log, JSON.stringify(entry) + '\\n', { append: true });
}
// As Deno's kernel does: cooked strings, undefined values dropped, everything else stringified.
function tagged(mime) {
  return (strings, ...values) => {
    const text = strings.reduce((out, part, i) => out + part + (values[i] !== undefined ? values[i] : ''), '');
    return { [DISPLAY]: () => ({ [mime]: text }) };
  };
}
async function format(value) {
  if (value !== null && typeof value === 'object' && DISPLAY in value) return await value[DISPLAY]();
  return { 'text/plain': Deno.inspect(value, { colors: false }) };
}
async function display(value) {
  record({ cell: current, event: 'display', bundle: await format(value) });
}
Deno.jupyter = {
  $display: DISPLAY,
  md: tagged('text/markdown'),
  html: tagged('text/html'),
  svg: tagged('image/svg+xml'),
  format,
  display,
  async broadcast(type, content) { record({ cell: current, event: 'broadcast', type, content }); },
};
globalThis.__notebook = {
  start(index) { current = index; record({ cell: index, event: 'start' }); },
  end(index) { record({ cell: index, event: 'end' }); },
  // The kernel displays a cell's last expression unless it is undefined.
  async result(value) { if (value !== undefined) await display(value); },
};
`;

/** Returns a cell's source with its last expression statement (if any) handed to the display shim. */
function displayLastExpression(source: string): string {
  const file = ts.createSourceFile('cell.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const last = file.statements.at(-1);
  if (!last || !ts.isExpressionStatement(last)) return source;
  const expression = source.slice(last.expression.getStart(file), last.expression.end);
  return `${source.slice(0, last.getStart(file))}await __notebook.result(${expression});${source.slice(last.end)}`;
}

function program(cells: { id: string | undefined; source: string }[], instrument: boolean): string {
  const parts = cells.map(({ id, source }, index) => {
    const header = `// ── cell ${index}${id ? ` (${id})` : ''} ──`;
    if (!instrument) return `${header}\n${source}\n`;
    return `${header}\n__notebook.start(${index});\n${displayLastExpression(source)}\n__notebook.end(${index});\n`;
  });
  return `${instrument ? "import './prelude.js';\n" : ''}${parts.join('\n')}`;
}

/** Options of {@link runNotebook} and {@link checkNotebook}. */
export interface RunNotebookOptions {
  /** A project with `ohmystack` in node_modules, where bare specifiers resolve (see packedProject). */
  project: string;
  /** Extra environment for the notebook (OHMYSTACK_LAKE …). */
  env?: NodeJS.ProcessEnv;
  /** @default 60_000 */
  timeoutMs?: number;
}

function withScratch<T>(project: string, work: (dir: string) => T): T {
  const dir = mkdtempSync(join(project, 'notebook-'));
  try {
    return work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs the notebook's code cells in order as one Deno program inside `project`, offline (cached-only,
 * no network permission), and returns what each cell displayed and whether it finished.
 */
export function runNotebook(path: string, options: RunNotebookOptions): NotebookRun {
  const cells = codeCells(readNotebook(path));
  return withScratch(options.project, (dir) => {
    const log = join(dir, 'displayed.jsonl');
    writeFileSync(join(dir, 'prelude.js'), PRELUDE);
    writeFileSync(join(dir, 'notebook.ts'), program(cells, true));
    writeFileSync(log, '');
    const result = spawnSync(
      deno,
      [
        'run',
        '--cached-only',
        '--no-prompt',
        '--deny-net',
        '--allow-read',
        '--allow-env',
        // DuckDB is a Node-API addon; the Jupyter kernel grants this (it grants everything).
        '--allow-ffi',
        `--allow-write=${log}`,
        'notebook.ts',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: options.timeoutMs ?? 60_000,
        env: { ...process.env, ...offlineDenoEnv(options.project), ...options.env, NOTEBOOK_LOG: log },
      },
    );
    const runs: CellRun[] = cells.map(({ id }, index) => ({ index, id, ok: false, outputs: [] }));
    for (const line of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
      const entry = JSON.parse(line) as { cell: number; event: string; bundle?: MediaBundle };
      const cell = runs[entry.cell];
      if (!cell) continue;
      if (entry.event === 'end') cell.ok = true;
      if (entry.event === 'display' && entry.bundle) cell.outputs.push(entry.bundle);
    }
    return { cells: runs, status: result.status, stdout: result.stdout, stderr: result.stderr };
  });
}

/** Type-checks the notebook's code cells, in order, as one Deno program; returns deno check's result. */
export function checkNotebook(
  path: string,
  options: RunNotebookOptions,
): { status: number | null; output: string } {
  const cells = codeCells(readNotebook(path));
  return withScratch(options.project, (dir) => {
    writeFileSync(join(dir, 'notebook.ts'), program(cells, false));
    const result = spawnSync(deno, ['check', '--cached-only', 'notebook.ts'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 60_000,
      env: { ...process.env, ...offlineDenoEnv(options.project), ...options.env },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  });
}
