// Writes a run to every sink and commits them in order: the lake (raw, postings, features; its manifest
// is what readers trust), then the database (postings, closed ids, ids seen unchanged). A sink that
// fails stops taking writes and is aborted; the others go on, and the run reports it. If the lake
// fails, the database is aborted too, so a run never lands in the database without its lake copy.
// Every row passes the run's scrubber first: rows carry what sites and geocoders said.
import type { SinkReport } from '../model/run-report.js';
import type { SecretScrubber } from '../model/secret-scrubber.js';
import type { Dataset, RunContext, Sink, SinkResult } from '../sinks/types.js';
import type { RunSinks } from './build-sinks.js';
import type { PipelineProgress } from './progress.js';
import type { RunTally } from './run-tally.js';

interface Target {
  sink: Sink;
  datasets: readonly Dataset[];
  ms: number;
  error?: unknown;
}

export class RunSinkSet {
  readonly #targets: Target[] = [];
  readonly #sinks: RunSinks;
  readonly #context: RunContext;
  readonly #tally: RunTally;
  readonly #onProgress: (event: PipelineProgress) => void;
  readonly #scrubber: SecretScrubber;

  constructor(
    sinks: RunSinks,
    context: RunContext,
    tally: RunTally,
    onProgress: (event: PipelineProgress) => void,
    scrubber: SecretScrubber,
  ) {
    this.#sinks = sinks;
    this.#context = context;
    this.#tally = tally;
    this.#onProgress = onProgress;
    this.#scrubber = scrubber;
    if (sinks.lake)
      this.#targets.push({ sink: sinks.lake, datasets: ['raw', 'postings', 'features'], ms: 0 });
    if (sinks.database) this.#targets.push({ sink: sinks.database, datasets: ['postings'], ms: 0 });
  }

  /** Writes `rows` of `dataset`, secrets masked, to every healthy sink that takes it. */
  async write(dataset: Dataset, found: readonly Record<string, unknown>[]): Promise<void> {
    if (found.length === 0) return;
    const rows = this.#scrubber.scrubValue(found);
    for (const target of this.#targets) {
      if (target.error !== undefined || !target.datasets.includes(dataset)) continue;
      await this.#step(target, () => target.sink.write({ dataset, rows }, this.#context));
    }
  }

  /** Tells the database which postings left their sites (marked at commit, never deleted). */
  async markClosed(ids: readonly string[]): Promise<void> {
    const database = this.#sinks.database;
    const target = this.#targets.find((t) => t.sink === database);
    if (!database || !target || target.error !== undefined || ids.length === 0) return;
    await this.#step(target, () => database.markClosed(ids, this.#context));
  }

  /**
   * Tells the database which postings the run saw listed but did not write (skipped as unchanged), so
   * their last-seen run moves at commit like that of the postings written.
   */
  async markSeen(ids: readonly string[]): Promise<void> {
    const database = this.#sinks.database;
    const target = this.#targets.find((t) => t.sink === database);
    if (!database || !target || target.error !== undefined || ids.length === 0) return;
    await this.#step(target, () => database.markSeen(ids, this.#context));
  }

  /** Commits every sink in order (aborting the rest once the lake fails) and reports each. */
  async commit(): Promise<SinkReport[]> {
    const reports: SinkReport[] = [];
    let lakeFailed = false;
    for (const target of this.#targets) {
      let result: SinkResult | undefined;
      if (target.error === undefined && !lakeFailed) {
        this.#onProgress({ type: 'sink', sink: target.sink.name, state: 'commit' });
        result = await this.#step(target, () => target.sink.commit(this.#context));
      }
      if (result === undefined) {
        await target.sink.abort(this.#context).catch(() => {
          // The abort only tidies staged data; the failure that matters is already recorded.
        });
        if (target.sink === this.#sinks.lake) lakeFailed = true;
        this.#onProgress({ type: 'sink', sink: target.sink.name, state: 'failed' });
      } else this.#onProgress({ type: 'sink', sink: target.sink.name, state: 'committed' });
      reports.push(this.#report(target, result, lakeFailed && target.error === undefined));
    }
    if (this.#sinks.athena && !lakeFailed) reports.push(await this.#createTables());
    return reports;
  }

  /** Drops what every sink staged for this run (the run was aborted or failed before its commit). */
  async abort(): Promise<void> {
    for (const target of this.#targets) await target.sink.abort(this.#context).catch(() => {});
  }

  async dispose(): Promise<void> {
    for (const target of this.#targets) await target.sink.dispose?.().catch(() => {});
    await this.#sinks.athena?.dispose().catch(() => {});
  }

  async #step<T>(target: Target, work: () => Promise<T>): Promise<T | undefined> {
    const started = performance.now();
    try {
      return await this.#tally.time('load', 0, work);
    } catch (error) {
      target.error = error;
      this.#tally.warnings.push(`sink ${target.sink.name} failed: ${messageOf(error)}`);
      return undefined;
    } finally {
      target.ms += performance.now() - started;
    }
  }

  #report(target: Target, result: SinkResult | undefined, skipped: boolean): SinkReport {
    const base = { sink: target.sink.name, ms: Math.round(target.ms) };
    if (!result) {
      return {
        ...base,
        status: skipped ? 'skipped' : 'failed',
        rows: {},
        warnings: skipped ? ['not committed: the lake failed, so the run was aborted here too'] : [],
        ...(target.error !== undefined ? { error: describe(target.error) } : {}),
      };
    }
    return {
      ...base,
      status: 'committed',
      rows: result.rows as Record<string, number>,
      ...(result.manifest
        ? { manifest: `_manifests/${result.manifest.runId}.json`, files: result.manifest.files.length }
        : {}),
      ...(result.tables ? { tables: result.tables } : {}),
      warnings: result.warnings,
    };
  }

  async #createTables(): Promise<SinkReport> {
    const athena = this.#sinks.athena!;
    const started = performance.now();
    try {
      await athena.createTables(this.#context.signal ? { signal: this.#context.signal } : {});
      return {
        sink: athena.name,
        status: 'committed',
        rows: {},
        warnings: [],
        ms: Math.round(performance.now() - started),
      };
    } catch (error) {
      this.#tally.warnings.push(`athena tables not created: ${messageOf(error)}`);
      return {
        sink: athena.name,
        status: 'failed',
        rows: {},
        warnings: [],
        error: describe(error),
        ms: Math.round(performance.now() - started),
      };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(error: unknown): { code: string; message: string; hint?: string } {
  const e = error as { code?: unknown; hint?: unknown };
  return {
    code: typeof e?.code === 'string' ? e.code : 'unexpected',
    message: messageOf(error),
    ...(typeof e?.hint === 'string' ? { hint: e.hint } : {}),
  };
}
