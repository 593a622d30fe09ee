// `ohmystack serve`: the local explorer — search, posting pages, trends, the map and "for me" — over a
// lake (and, when given, the production database), on 127.0.0.1 until Ctrl-C or SIGTERM. Its URL is the
// first line of stdout, so a script can start it with --port 0 and read where it listens.
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { serveExplorer } from '../../explorer/serve-explorer.js';
import { dialectOfConnection, sqliteFileOf } from '../../pipeline/database-url.js';
import type { CommandEnv } from '../command-env.js';
import { EXIT } from '../exit-codes.js';
import { watchInterrupt } from '../interrupt.js';
import { loadCliConfig, localLakeDir } from '../load-cli-config.js';
import { configArg, debugArg } from '../shared-args.js';
import { UsageError } from '../usage-error.js';

const args = {
  lake: { type: 'string', valueHint: 'dir', description: "the local lake (default: the config's lake)" },
  db: {
    type: 'string',
    valueHint: 'url',
    description: 'the production database: its open postings are searched and recommended',
  },
  port: { type: 'string', valueHint: 'n', description: 'the port; 0 picks a free one (default 0)' },
  host: {
    type: 'string',
    valueHint: 'address',
    description: 'the address to listen on (default 127.0.0.1; another one exposes the explorer)',
  },
  config: configArg,
  debug: debugArg,
} as const;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Returns the `serve` command.
 *
 * @example ohmystack serve --lake demo/lake --port 8080
 */
export function serveCommand(env: CommandEnv) {
  return defineCommand({
    meta: { name: 'serve', description: 'a local web explorer and JSON API over the lake (read-only)' },
    args,
    async run({ args: parsed }) {
      const { io } = env;
      const port = portOf(parsed.port);
      const lake = parsed.lake
        ? resolve(io.cwd, parsed.lake)
        : localLakeDir((await loadCliConfig(io, { file: parsed.config })).resolved);
      if (!lake) throw new UsageError({ message: 'the config has no local lake', hint: 'pass --lake DIR' });
      const host = parsed.host ?? '127.0.0.1';
      const explorer = await serveExplorer({
        lake,
        ...(parsed.db !== undefined ? { db: databaseOf(io.cwd, parsed.db) } : {}),
        port,
        host,
        log: (line) => io.stderr.write(`${line}\n`),
      });
      io.stdout.write(`${explorer.url}\n`);
      const { state } = explorer;
      if (state.kind === 'ready') {
        io.stderr.write(
          `ohmystack serve: ${state.postings.toLocaleString('en-US')} postings from ${state.source === 'database' ? 'the database' : state.dir}; Ctrl-C stops\n`,
        );
      } else {
        io.stderr.write(
          `ohmystack serve: warning: ${state.kind === 'missing' ? 'no lake at' : 'no committed posting in the lake at'} ${state.dir}; the pages say so (run \`ohmystack demo --out demo\` for sample data)\n`,
        );
      }
      if (!LOOPBACK.has(host)) {
        io.stderr.write(`ohmystack serve: warning: listening on ${host}: other machines can reach it\n`);
      }
      const interrupt = watchInterrupt(io);
      try {
        await new Promise<void>((stopped) => {
          interrupt.signal.addEventListener('abort', () => stopped(), { once: true });
        });
      } finally {
        interrupt.dispose();
        await explorer.close();
      }
      // Stopping is how a server ends: a clean stop on SIGINT/SIGTERM is a success.
      env.exit.code = EXIT.ok;
    },
  });
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text.trim()) || port > 65_535) {
    throw new UsageError({ message: `--port must be a whole number from 0 to 65535, got "${text}"` });
  }
  return port;
}

// A relative SQLite file is the working directory's, as for every other path the CLI takes.
function databaseOf(cwd: string, db: string): string {
  return dialectOfConnection(db) === 'sqlite' ? `sqlite:${resolve(cwd, sqliteFileOf(db))}` : db;
}
