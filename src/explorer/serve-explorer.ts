// `ohmystack serve` as a function: the explorer's data opened once (the lake in DuckDB, the current
// postings materialized, or the plain statement that the lake is missing or empty), then a node:http
// server on 127.0.0.1 — another host only when asked — that answers pages and the JSON API.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { jobIndexPath } from '../pipeline/job-index.js';
import type { DuckDBModule } from '../query/duckdb.js';
import { readChartJsSource } from '../report/chart-js-source.js';
import { isSyntheticLake } from '../report/synthetic-lake.js';
import { databasePostings } from './_database-postings.js';
import { createRequestHandler } from './_handle-request.js';
import { type LakeState, openExplorerData } from './explorer-data.js';

/** Options of {@link serveExplorer}. */
export interface ServeExplorerOptions {
  /** The local lake directory (what `ohmystack demo --out demo` writes as demo/lake). */
  lake: string;
  /**
   * The production database (postgres://…, mysql://…, sqlite:FILE or a .db path): its open postings
   * are searched and recommended instead of the lake's newest rows; trends still come from the lake.
   */
  db?: string;
  /**
   * The port; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * The address to listen on. Anything but a loopback address exposes the explorer to the network.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * The pipeline's work dir, whose job index tells which postings left their sites (they are never
   * recommended).
   * @default the first of LAKE/../.ohmystack and LAKE/.. that holds a job index
   */
  workDir?: string;
  /** Where unexpected failures are reported. @default nothing is reported */
  log?: (line: string) => void;
  /** The moment deadlines are read against. @default () => new Date() */
  now?: () => Date;
  /** An `@duckdb/node-api` module to use instead of importing it. */
  lib?: DuckDBModule;
}

/** A running explorer. */
export interface RunningExplorer {
  /** 'http://127.0.0.1:PORT/' */
  url: string;
  /** Whether the lake was found and holds postings. */
  state: LakeState;
  /** Stops listening, ends open connections and closes DuckDB. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Starts the explorer over a lake and resolves once it answers: the lake is opened in DuckDB and its
 * current postings made searchable before the server listens. A missing or empty lake still starts
 * it; every page and API answer then says so.
 *
 * @example
 * const explorer = await serveExplorer({ lake: 'demo/lake' });
 * console.log(explorer.url); // 'http://127.0.0.1:51234/'
 * await fetch(`${explorer.url}api/postings?stack=리액트&region=서울`).then((r) => r.json()); // { total, items }
 * await explorer.close();
 * @throws {CapabilityError} when `@duckdb/node-api` is not installed
 * @throws {ConfigError} when `db` is no supported database URL or names a SQLite file that does not exist
 */
export async function serveExplorer(options: ServeExplorerOptions): Promise<RunningExplorer> {
  const lake = resolve(options.lake);
  const host = options.host ?? '127.0.0.1';
  const workDir = options.workDir ?? workDirNear(lake);
  const data = await openExplorerData({
    lake,
    ...(options.db !== undefined ? { postings: () => databasePostings(options.db!) } : {}),
    ...(workDir !== undefined ? { workDir } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.lib ? { lib: options.lib } : {}),
  });
  const synthetic = await isSyntheticLake(lake);
  let chartJs: string | undefined;
  let hosts: ReadonlySet<string> | null = null;
  const server = createServer(
    createRequestHandler({
      data,
      synthetic,
      chartJs: () => {
        chartJs ??= readChartJsSource();
        return chartJs;
      },
      hosts: () => hosts,
      log: options.log ?? (() => {}),
    }),
  );
  // A slow client cannot hold a connection open for long; nothing the explorer answers takes minutes.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  try {
    await listen(server, options.port ?? 0, host);
  } catch (error) {
    await data.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  if (LOOPBACK.has(host)) hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}/`,
    state: data.state,
    close() {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }).then(() => data.close());
      return closing;
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done();
    });
  });
}

function workDirNear(lake: string): string | undefined {
  return [join(dirname(lake), '.ohmystack'), dirname(lake)].find((dir) => existsSync(jobIndexPath(dir)));
}
