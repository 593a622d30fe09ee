// The full ohmystack flow — collect, normalize, geocode, split branches, explode features, load the lake,
// the database and the warehouse — eight times a day at the KST slots (00, 03, …, 21 Asia/Seoul), or once.
// After each run it asks the warehouse for this week's stack demand.
//
//   npx tsx examples/pipeline.ts --once --replica   offline: the built-in site replica instead of the real
//                                                    sites (try this first; no keys, no internet)
//   npx tsx examples/pipeline.ts --once             one run of the current slot against the real sites
//   npx tsx examples/pipeline.ts                    the schedule, until Ctrl-C (a slot due while the last
//                                                    one still runs waits for it; it never runs twice)
//   options: --config FILE (default ohmystack.config.{ts,mts,mjs,js,json}), --postings N (replica size)
//
// Offline without --replica, every source fails to reach its site: the run ends 'partial' or 'failed'
// with the reasons in its report — expected. What it writes to is configured by the config file or the
// environment, with embedded defaults for everything:
//   lake       S3 with OHMYSTACK_S3_BUCKET (+ _PREFIX, _REGION, _ENDPOINT) or lake.s3; else {workDir}/lake
//   database   PostgreSQL/MySQL with OHMYSTACK_DATABASE_URL (postgres://… or mysql://…, with its password);
//              else SQLite at {workDir}/ohmystack.db
//   warehouse  Athena with OHMYSTACK_ATHENA_DATABASE (+ _OUTPUT, _WORKGROUP) over the S3 lake; else DuckDB
//              over the local lake (npm install @duckdb/node-api)
//   geocoder   Kakao with KAKAO_REST_API_KEY (the gazetteer behind it); else the offline gazetteer
// The same flow as a command: `ohmystack run --once` / `ohmystack run --schedule` (see the README).
import { parseArgs } from 'node:util';
import {
  athenaCatalog,
  isOhmystackError,
  loadConfig,
  nextSlotTimes,
  type PipelineConfig,
  type PipelineProgress,
  parsePipelineConfig,
  queryLake,
  type RunReport,
  runPipeline,
  type StackDemandByWeekRow,
  schedulePipeline,
} from '../src/index.js';
import { createSiteReplica, type SiteReplica } from '../src/testing/index.js';
import { formatTable } from './_table.js';

const { values: options } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    replica: { type: 'boolean', default: false },
    config: { type: 'string' },
    postings: { type: 'string', default: '1000' },
  },
});

const kst = (date: Date | undefined) =>
  date ? `${new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')} KST` : '-';

/** Progress as a few plain lines: stage changes and finished sources. */
function logProgress(event: PipelineProgress): void {
  if (event.type === 'run') console.error(`[${event.runId}] ${event.state}`);
  if (event.type === 'stage') console.error(`  ${event.stage} ${event.state}`);
  if (event.type === 'source-done')
    console.error(`  ${event.source}: ${event.status}, ${event.emitted} postings`);
  if (event.type === 'warning') console.error(`  warning: ${event.message}`);
}

function printReport(report: RunReport): void {
  const { totals } = report;
  console.log(
    `\n${report.runId}: ${report.status} in ${(report.durationMs / 1000).toFixed(1)}s — ${totals.postings} postings, ${totals.featureRows} feature rows, ${totals.closed} closed, ${totals.quarantined} quarantined`,
  );
  console.log(
    formatTable(
      report.sources.map((source) => ({
        source: source.source,
        status: source.status,
        postings: String(source.counts.emitted),
        error: source.error?.message ?? '',
      })),
      60,
    ),
  );
  for (const sink of report.sinks)
    console.log(`  ${sink.sink}: ${sink.status}${sink.error ? ` (${sink.error.message})` : ''}`);
}

/** This week's most wanted stacks, from Athena over the S3 lake or DuckDB over the local one. */
async function printStackDemand(config: PipelineConfig): Promise<void> {
  const resolved = parsePipelineConfig(config);
  const lake = resolved.lake === false ? null : resolved.lake;
  let rows: StackDemandByWeekRow[];
  if (lake?.s3 && resolved.athena) {
    const athena = athenaCatalog({
      database: resolved.athena.database,
      s3Location: `s3://${lake.s3.bucket}/${lake.s3.prefix ?? ''}`,
      ...(resolved.athena.workgroup ? { workgroup: resolved.athena.workgroup } : {}),
      ...(resolved.athena.outputLocation ? { outputLocation: resolved.athena.outputLocation } : {}),
      client: { ...(resolved.athena.region ? { region: resolved.athena.region } : {}) },
    });
    try {
      rows = await athena.stackDemandByWeek();
    } finally {
      await athena.dispose();
    }
  } else if (lake && !lake.s3) {
    let duckdb: Awaited<ReturnType<typeof queryLake>>;
    try {
      duckdb = await queryLake(lake.dir ?? `${resolved.workDir}/lake`);
    } catch (error) {
      console.log(
        `(no trend query: ${isOhmystackError(error) ? (error.hint ?? error.message) : String(error)})`,
      );
      return;
    }
    try {
      rows = await duckdb.stackDemandByWeek();
    } finally {
      await duckdb.close();
    }
  } else {
    console.log('(no trend query: an S3 lake needs Athena configured, OHMYSTACK_ATHENA_DATABASE)');
    return;
  }
  const week = rows.at(-1)?.week;
  const top = rows.filter((row) => row.week === week).slice(0, 10);
  console.log(`\nstack demand, week of ${week ?? '-'}`);
  console.log(formatTable(top.map((row) => ({ stack: row.stack, postings: String(row.postings) }))));
}

async function main(): Promise<void> {
  const { config: loaded } = await loadConfig(options.config ? { file: options.config } : {});
  let replica: SiteReplica | undefined;
  let config: PipelineConfig = loaded;
  if (options.replica) {
    const perSite = Math.max(1, Math.floor(Number(options.postings) / 5));
    replica = await createSiteReplica({
      postingsPerSite: {
        jumpit: perSite,
        wanted: perSite,
        programmers: perSite,
        saramin: perSite,
        jobkorea: perSite,
        careers: 0,
      },
    });
    const { baseUrls } = replica;
    config = {
      ...loaded,
      workDir: loaded.workDir ?? '.ohmystack-replica',
      sources: [
        { site: 'jumpit', baseUrl: baseUrls.jumpit },
        { site: 'wanted', baseUrl: baseUrls.wanted, staticBaseUrl: baseUrls.wantedStatic },
        { site: 'programmers', baseUrl: baseUrls.programmers },
        { site: 'saramin', baseUrl: baseUrls.saramin, keywords: [''] },
        { site: 'jobkorea', baseUrl: baseUrls.jobkorea, keywords: [''] },
      ],
      // The replica is local: it needs none of the politeness a real site gets.
      http: { perHostRate: 2000, perHostConcurrency: 32, concurrency: 32 },
      geo: { ...loaded.geo, geocoder: 'gazetteer' },
    };
  }

  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort(new Error('interrupted')));
  config = { ...config, signal: stop.signal, onProgress: logProgress };

  try {
    if (options.once) {
      const report = await runPipeline(config);
      printReport(report);
      if (report.status !== 'failed') await printStackDemand(config);
      process.exitCode = report.status === 'failed' ? 1 : report.status === 'partial' ? 2 : 0;
      return;
    }
    const schedule = schedulePipeline(config, {
      async onReport(report) {
        printReport(report);
        if (report.status !== 'failed') await printStackDemand(config).catch((error) => console.error(error));
        console.log(`next run: ${kst(schedule.nextRuns(1)[0])}`);
      },
      onError: (error, runId) =>
        console.error(`[${runId}] failed: ${error instanceof Error ? error.message : error}`),
      onBlocked: (slot) =>
        console.error(`[${slot.runId}] due while ${slot.runningRunId} still runs; it waits`),
    });
    console.log(`scheduled: ${nextSlotTimes(3).map(kst).join(', ')} … (Ctrl-C stops)`);
    await new Promise<void>((resolve) =>
      stop.signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    schedule.stop();
    await schedule.idle();
  } finally {
    await replica?.close();
  }
}

main().catch((error: unknown) => {
  console.error(isOhmystackError(error) ? error.message : error);
  process.exitCode = 1;
});
