// What a run counts while it streams: time inside each stage, records in and out, the geo stage's
// totals and every quarantined record (written to the run's quarantine file as it comes, so a big run
// holds counts in memory, not payloads; every entry passes the run's scrubber on its way to the file).
import type { GeocodeReport } from '../geo/geocode-all.js';
import type { QuarantineEntry } from '../model/quarantine.js';
import type { StageReport } from '../model/run-report.js';
import { createSecretScrubber, type SecretScrubber } from '../model/secret-scrubber.js';
import { STAGES, type StageName } from './progress.js';
import type { JsonlAppender } from './staging/jsonl-file.js';

const add = (into: Record<string, number>, key: string, by = 1) => {
  into[key] = (into[key] ?? 0) + by;
};

export class RunTally {
  readonly stages = Object.fromEntries(STAGES.map((stage) => [stage, { ms: 0, in: 0, out: 0 }])) as Record<
    StageName,
    StageReport
  >;
  readonly geo = {
    withAddress: 0,
    geocoded: 0,
    notFound: 0,
    distinctQueries: 0,
    byPrecision: {} as Record<string, number>,
    byProvider: {} as Record<string, number>,
  };
  readonly quarantineByCode: Record<string, number> = {};
  readonly quarantineBySource: Record<string, number> = {};
  quarantined = 0;
  readonly warnings: string[] = [];
  peakRss = process.memoryUsage.rss();
  readonly #quarantine: JsonlAppender;
  readonly #scrubber: SecretScrubber;

  /** Quarantine entries go to `quarantine`, scrubbed by `scrubber` (one that knows no secret by default). */
  constructor(quarantine: JsonlAppender, scrubber: SecretScrubber = createSecretScrubber()) {
    this.#quarantine = quarantine;
    this.#scrubber = scrubber;
  }

  /** Returns `work`'s result; its time and record counts go to `stage`. */
  async time<T>(
    stage: StageName,
    records: number,
    work: () => T | Promise<T>,
    out?: (result: T) => number,
  ): Promise<T> {
    const started = performance.now();
    const result = await work();
    const report = this.stages[stage];
    report.ms += performance.now() - started;
    report.in += records;
    report.out += out ? out(result) : records;
    this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    return result;
  }

  /** Writes entries to the quarantine file, secrets masked, and counts them. */
  async quarantine(entries: readonly QuarantineEntry[]): Promise<void> {
    for (const found of entries) {
      const entry = this.#scrubber.scrubValue(found);
      this.quarantined++;
      add(this.quarantineByCode, entry.code);
      add(this.quarantineBySource, entry.source);
      await this.#quarantine.write(entry);
    }
  }

  addGeo(report: GeocodeReport): void {
    this.geo.withAddress += report.withAddress;
    this.geo.geocoded += report.geocoded;
    this.geo.notFound += report.notFound;
    this.geo.distinctQueries += report.distinctQueries;
    for (const [key, count] of Object.entries(report.byPrecision))
      if (count) add(this.geo.byPrecision, key, count);
    for (const [key, count] of Object.entries(report.byProvider)) add(this.geo.byProvider, key, count);
  }

  get quarantineFile(): string {
    return this.#quarantine.path;
  }

  close(): Promise<void> {
    return this.#quarantine.close();
  }
}
