// The package as a user receives it, built once per source state: tsup into a private folder (never the
// checkout's dist, which others may be building), `npm pack`, then `npm install` of the tarball into a
// fresh user project. Every e2e test that needs it shares one project per content hash of the inputs,
// so packing and installing happen once per run (and not again while the sources are unchanged).

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** The checkout's root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Deno binary of the npm package `deno` (a devDependency). */
export const deno = join(root, 'node_modules/.bin/deno');

const CACHE_PREFIX = 'ohmystack-packed-';
// A build, pack and install takes ~20 s; a lock older than this belongs to a process that died.
const STALE_LOCK_MS = 10 * 60_000;
// Each project is ~150 MB and every source edit makes a new one. A test touches its project when it
// starts and uses it for seconds, so one untouched this long belongs to no running test.
const UNUSED_CACHE_MS = 15 * 60_000;

/** Runs a command and returns its stdout; throws with stderr on a non-zero exit. */
export function run(command: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): string {
  return execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 240_000,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
}

/**
 * The environment that keeps Deno off the network: a project-local DENO_DIR (so no global cache can
 * hide a missing module), no update check and an npm registry that does not answer. Pair it with
 * `--cached-only`, so Deno resolves `ohmystack` from the project's node_modules or fails.
 */
export function offlineDenoEnv(project: string): NodeJS.ProcessEnv {
  return {
    DENO_DIR: join(project, '.deno'),
    DENO_NO_UPDATE_CHECK: '1',
    NPM_CONFIG_REGISTRY: 'http://127.0.0.1:9/',
    NO_COLOR: '1',
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? files(path) : [path];
    })
    .sort();
}

interface PackageJson {
  files: string[];
  devDependencies: Record<string, string>;
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
}

// Everything the tarball and the install depend on: sources, build config, the files shipped beside
// dist, the lockfile (tool versions) and Node's version.
function inputsHash(): string {
  const { files: shipped } = packageJson();
  const inputs = [
    ...files(join(root, 'src')),
    ...['package.json', 'package-lock.json', 'tsup.config.ts', 'tsconfig.json'].map((f) => join(root, f)),
    ...shipped.filter((f) => f !== 'dist').map((f) => join(root, f)),
  ].filter((path) => existsSync(path));
  const hash = createHash('sha256').update(process.version);
  for (const path of inputs) {
    for (const file of statSync(path).isDirectory() ? files(path) : [path]) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/** Which packages a user project gets beside the packed `ohmystack`. */
export type PackedPeers = 'duckdb' | 'none';

function build(staging: string, project: string, peers: PackedPeers): void {
  const { files: shipped, devDependencies } = packageJson();
  const pkg = join(staging, 'pkg');
  mkdirSync(pkg, { recursive: true });
  run(join(root, 'node_modules/.bin/tsup'), ['--out-dir', join(pkg, 'dist')], root);
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
  for (const entry of shipped.filter((f) => f !== 'dist' && existsSync(join(root, f)))) {
    cpSync(join(root, entry), join(pkg, entry), { recursive: true });
  }
  mkdirSync(project, { recursive: true });
  const tarball = run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', project], pkg)
    .trim()
    .split('\n')
    .pop()!;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'user-project', private: true, type: 'module' }),
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      // better-sqlite3's install script compiles SQLite from source when no prebuilt binary can be
      // downloaded (~80 s offline); nothing here opens a SQLite database.
      '--ignore-scripts',
      // The optional peer range '>=1.1' matches no @duckdb/node-api release: every one is a
      // prerelease ('1.5.6-r.1'), which semver ranges exclude, so a plain install fails with ETARGET.
      '--legacy-peer-deps',
      `./${tarball}`,
      // A user's TypeScript project has Node's types; the optional peers are what `peers` chooses.
      ...(peers === 'duckdb'
        ? [`@duckdb/node-api@${devDependencies['@duckdb/node-api']}`]
        : [`@types/node@${devDependencies['@types/node']}`]),
    ],
    project,
  );
}

// Projects nobody used lately, and staging folders of builds that died; live locks are left alone.
function removeUnusedCaches(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(CACHE_PREFIX) || path === keep || name.endsWith('.lock')) continue;
    const maxAge = name.includes('.tmp-') ? STALE_LOCK_MS : UNUSED_CACHE_MS;
    try {
      if (Date.now() - statSync(path).mtimeMs > maxAge) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first: nothing to tidy.
    }
  }
}

/**
 * Returns a user project (a temp folder with `package.json` and `node_modules`) where the packed
 * `ohmystack` is installed with the optional peer `@duckdb/node-api` (`peers: 'duckdb'`, the default) or
 * with no optional peer at all and only Node's types (`'none'`); built on first use, then shared by every
 * test and every run until the inputs change. Concurrent callers wait for one builder.
 */
export async function packedProject(peers: PackedPeers = 'duckdb'): Promise<string> {
  const project = join(tmpdir(), `${CACHE_PREFIX}${peers === 'duckdb' ? '' : `${peers}-`}${inputsHash()}`);
  const lock = `${project}.lock`;
  for (;;) {
    if (existsSync(project)) {
      const now = new Date();
      utimesSync(project, now, now);
      return project;
    }
    try {
      mkdirSync(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    const staging = `${project}.tmp-${process.pid}`;
    try {
      build(staging, join(staging, 'project'), peers);
      // The rename is what makes the project visible, so a reader never sees half an install.
      renameSync(join(staging, 'project'), project);
    } finally {
      rmSync(staging, { recursive: true, force: true });
      rmSync(lock, { recursive: true, force: true });
    }
    removeUnusedCaches(project);
    return project;
  }
}

const SQLITE_BINDING = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';

/**
 * Gives a packed project better-sqlite3's native binding. The project is installed with --ignore-scripts
 * (better-sqlite3 would compile SQLite offline for ~80 s), so it has none; a user's `npm install`
 * downloads the prebuilt one, and here the checkout's own build (same Node, same platform) stands in for
 * it. Copied under a temp name and renamed in, so a concurrent test never sees half a file.
 */
export function provideSqliteBinding(project: string): void {
  const target = join(project, SQLITE_BINDING);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  copyFileSync(join(root, SQLITE_BINDING), temp);
  renameSync(temp, target);
}

/**
 * Type-checks `files` in `dir` the way a user's strict project would (nodenext, `skipLibCheck: false`,
 * Node's types) and returns tsc's report, empty when everything compiles. tsc runs from `dir`, so it
 * names each file relative to it.
 */
export function typeCheck(dir: string, files: string[], options: { typeRoots?: string[] } = {}): string {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        types: ['node'],
        ...options,
      },
      files,
    }),
  );
  try {
    run(join(root, 'node_modules/.bin/tsc'), ['-p', '.'], dir);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}
