// The conformance suite every Source runs (after unstorage's testDriver), each case against a fresh
// site replica holding a couple of dozen postings of one site: every live posting yielded once and counted, an
// incremental second run, state that moves only on commit, aborts that end a run even while the site
// hangs, a site that is down, and faults that either get retried through or show in the report.
import { afterEach, describe, expect, it } from 'vitest';
import type { HttpClientOptions } from '../../src/http/options.js';
import { Posting } from '../../src/model/posting.js';
import { RawPosting } from '../../src/model/raw-posting.js';
import { normalizePosting } from '../../src/normalize/posting.js';
import { memoryStateStore } from '../../src/sources/state/memory-state-store.js';
import type { CollectOptions, HttpClient, Source, SourceResult } from '../../src/sources/types.js';
import { createSiteReplica } from '../../src/testing/replica/server.js';
import {
  type ReplicaFaults,
  SITE_NAMES,
  type SiteName,
  type SiteReplica,
} from '../../src/testing/replica/types.js';
import { gatedIt } from './_gated.js';

/** What a source under test is, and what it can do. */
export interface TestSourceOptions {
  name: string;
  /** The replica site whose postings it collects. */
  site: SiteName;
  /** The source under test, pointed at `replica`. */
  make: (replica: SiteReplica) => Source;
  /** A fresh HTTP client for the replica; the suite passes its own retry settings where a case needs them. */
  client: (options?: HttpClientOptions) => HttpClient;
  /**
   * The replica's route kinds that fetch one posting each ('jumpit:detail'); empty for a source that
   * reads everything from its lists.
   * @default [`${site}:detail`]
   */
  detailKinds?: readonly string[];
  /**
   * Whether a later run fetches changed postings again and reports closed ones by their posting ids;
   * false for a source whose lists carry no sign of change.
   * @default true
   */
  detectsChanges?: boolean;
  /**
   * Whether a later run reports unchanged and closed postings by the ids of the postings it yielded
   * (`{source}:{sourceId}`); false when its list entries carry ids of their own.
   * @default true
   */
  reportsPostingIds?: boolean;
  /**
   * Whether every request is retried through transient faults; false when some pages are rendered in a
   * browser, whose failures are quarantined instead.
   * @default true
   */
  retriesEveryRequest?: boolean;
  /**
   * Live postings in each case's replica: two list pages on Jumpit, Programmers and JobKorea, yet fast.
   * @default 24
   */
  postings?: number;
  /**
   * Added to every collect, e.g. a browser for pages built client-side; `faults` is true in the cases
   * that inject faults into the replica.
   */
  collectOptions?: (context: { faults: boolean }) => CollectOptions;
}

/** The day the replica's postings are dated around, also the normalizers' "now". */
const NOW = new Date('2026-11-29T09:00:00+09:00');

/** Returns a replica holding `count` postings of `site` and none of the others. */
function replicaOf(site: SiteName, count: number, faults?: ReplicaFaults): Promise<SiteReplica> {
  const postingsPerSite = Object.fromEntries(SITE_NAMES.map((name) => [name, name === site ? count : 0]));
  return createSiteReplica({ postingsPerSite, seed: 29, today: '2026-11-29', ...(faults ? { faults } : {}) });
}

/** Faults a client retries: rate limits, server errors, answers that hang or stop halfway. */
const TRANSIENT = ['429', '500', '503', 'timeout', 'truncated'] as const;

/**
 * Checks a run's books: each posting yielded once and counted; every quarantine entry says what and
 * where; and a live posting that did not arrive leaves the run short of 'ok' with a failure, a
 * quarantine entry or an error to say why.
 */
function expectAccounted(
  live: readonly string[],
  items: RawPosting[],
  result: SourceResult,
  source: Source,
): void {
  const ids = items.map((item) => item.sourceId);
  expect(new Set(ids).size).toBe(ids.length);
  expect(result.counts.emitted).toBe(items.length);
  expect(result.counts.quarantined).toBe(result.quarantine.length);
  for (const entry of result.quarantine) {
    expect(entry.source).toBe(source.id);
    expect(entry.code.length).toBeGreaterThan(0);
    expect(entry.message.length).toBeGreaterThan(0);
  }
  const missing = live.filter((id) => !ids.includes(id));
  if (missing.length === 0) return;
  expect(result.status, `missing ${missing.join(', ')}`).not.toBe('ok');
  const reasons = result.counts.failedRequests + result.counts.quarantined + (result.error ? 1 : 0);
  expect(reasons, `missing ${missing.join(', ')} with no failure, quarantine entry or error`).toBeGreaterThan(
    0,
  );
}

interface Drained {
  items: RawPosting[];
  result: SourceResult;
  commit: () => Promise<void>;
}

/** Registers the conformance tests of one source. */
export function testSource(options: TestSourceOptions): void {
  const { site } = options;
  const postings = options.postings ?? 24;
  const detailKinds = options.detailKinds ?? [`${site}:detail`];
  const suite = `source conformance: ${options.name}`;

  describe(suite, () => {
    const replicas: SiteReplica[] = [];
    afterEach(async () => {
      await Promise.all(replicas.splice(0).map((replica) => replica.close()));
    });
    async function fresh(faults?: ReplicaFaults): Promise<{ replica: SiteReplica; source: Source }> {
      const replica = await replicaOf(site, postings, faults);
      replicas.push(replica);
      return { replica, source: options.make(replica) };
    }
    async function drain(source: Source, collect: CollectOptions, faults = false): Promise<Drained> {
      const run = source.collect({
        http: options.client(),
        ...options.collectOptions?.({ faults }),
        ...collect,
      });
      const items: RawPosting[] = [];
      for await (const item of run) items.push(item);
      return { items, result: await run.result, commit: () => run.commit() };
    }
    const liveIds = (replica: SiteReplica) => replica.postings(site).map((posting) => String(posting.id));
    const detailRequests = (replica: SiteReplica) =>
      detailKinds.reduce((sum, kind) => sum + (replica.stats().byKind[kind] ?? 0), 0);
    const itDetectsChanges = gatedIt(
      suite,
      options.detectsChanges ?? true,
      'its lists carry no sign of change, so each posting is read once',
    );
    const itReportsPostingIds = gatedIt(
      suite,
      options.reportsPostingIds ?? true,
      'its state keys list entries by ids of their own, not by the ids of the postings it yields',
    );
    const itRetriesEveryRequest = gatedIt(
      suite,
      options.retriesEveryRequest ?? true,
      'pages rendered in a browser are not retried; a failed render is quarantined',
    );

    it('yields every live posting once, complete enough to normalize, and counts what it yielded', async () => {
      const { replica, source } = await fresh();
      const { items, result } = await drain(source, {});
      const ids = items.map((item) => item.sourceId);
      expect(result.status, JSON.stringify(result.warnings)).toBe('ok');
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(liveIds(replica).sort());
      expect(result.quarantine).toEqual([]);
      expect(result.counts).toMatchObject({
        listed: ids.length,
        emitted: ids.length,
        quarantined: 0,
        failedRequests: 0,
        skippedUnchanged: 0,
      });
      for (const item of items) {
        expect(RawPosting.safeParse(item).success, item.sourceId).toBe(true);
        expect(item.source).toBe(source.id);
        expect(item.sourceId.length).toBeGreaterThan(0);
        expect(['http:', 'https:']).toContain(new URL(item.url).protocol);
        expect(item.title.length, item.sourceId).toBeGreaterThan(0);
        const posting = normalizePosting(item, { now: NOW });
        expect(Posting.safeParse(posting).success, posting.id).toBe(true);
        expect(posting.company.length, posting.id).toBeGreaterThan(0);
        expect(posting.address?.sido, `${posting.id} ${posting.raw.locations}`).toBeTruthy();
      }
    });

    it('fetches nothing unchanged on a second run with the committed state', async () => {
      const { replica, source } = await fresh();
      const state = memoryStateStore();
      await (await drain(source, { state })).commit();
      replica.resetStats();
      const second = await drain(source, { state });
      expect(second.items).toEqual([]);
      expect(second.result.status).toBe('ok');
      expect(second.result.counts.skippedUnchanged).toBe(postings);
      expect(second.result.unchanged).toHaveLength(postings);
      expect(detailRequests(replica)).toBe(0);
    });

    itReportsPostingIds('reports unchanged postings by the ids of the postings it yielded', async () => {
      const { source } = await fresh();
      const state = memoryStateStore();
      const first = await drain(source, { state });
      await first.commit();
      const second = await drain(source, { state });
      expect([...second.result.unchanged].sort()).toEqual(
        first.items.map((item) => `${source.id}:${item.sourceId}`).sort(),
      );
    });

    it('does not advance the state until the run is committed', async () => {
      const { replica, source } = await fresh();
      const state = memoryStateStore();
      await drain(source, { state });
      const firstDetails = detailRequests(replica);
      expect(await state.get(source.id)).toBeUndefined();
      replica.resetStats();
      const again = await drain(source, { state });
      expect(again.items).toHaveLength(postings);
      expect(detailRequests(replica)).toBe(firstDetails);
    });

    itDetectsChanges(
      'fetches only new and changed postings after changes, and reports closed ones',
      async () => {
        const { replica, source } = await fresh();
        const state = memoryStateStore();
        await (await drain(source, { state })).commit();
        const mutation = replica.mutate({ changed: 2, closed: 1, added: 1, sites: [site] })[site];
        replica.resetStats();
        const third = await drain(source, { state });
        const expected = [...mutation.changed, ...mutation.added].map(String).sort();
        expect(third.items.map((item) => item.sourceId).sort()).toEqual(expected);
        expect(detailRequests(replica)).toBe(detailKinds.length > 0 ? expected.length : 0);
        expect(third.result.closed.sort()).toEqual(mutation.closed.map((id) => `${source.id}:${id}`).sort());
        expect(third.result.counts.skippedUnchanged).toBe(postings - 2 - 1);
      },
    );

    it('ends at once with status error and code aborted for an aborted signal, asking the site nothing', async () => {
      const { replica, source } = await fresh();
      const { items, result } = await drain(source, { signal: AbortSignal.abort() });
      expect(items).toEqual([]);
      expect(result).toMatchObject({ status: 'error', error: { code: 'aborted' } });
      expect(replica.stats().total).toBe(0);
    });

    it('ends on an abort mid-run even while the site stops answering', async () => {
      const { replica, source } = await fresh();
      const controller = new AbortController();
      const run = source.collect({
        http: options.client(),
        ...options.collectOptions?.({ faults: false }),
        signal: controller.signal,
      });
      const seen: RawPosting[] = [];
      for await (const item of run) {
        seen.push(item);
        if (seen.length === 1) {
          // From now on the replica holds every answer for ten minutes: only the abort can end the run
          // (a hang fails the test by its timeout, with no clock in the assertions).
          replica.setFaults({ latencyMs: 600_000 });
          controller.abort();
        }
      }
      const result = await run.result;
      expect(seen).toHaveLength(1);
      expect(result).toMatchObject({ status: 'error', error: { code: 'aborted' } });
      expect(result.counts.emitted).toBe(1);
    });

    it('ends with status error and a typed error when the site answers only 503, yielding nothing', async () => {
      const { source } = await fresh({ down: [site] });
      const { items, result } = await drain(
        source,
        { http: options.client({ retry: { limit: 1, backoffMs: 1, maxBackoffMs: 1 } }) },
        true,
      );
      expect(items).toEqual([]);
      expect(result.status).toBe('error');
      expect(result.error?.code).toBe('http_status');
      expect(result.error?.message).toMatch(/503/);
    });

    itRetriesEveryRequest(
      'retries through transient faults and still yields every posting once',
      async () => {
        // Every request fails twice (429, 5xx, a hung or cut answer) and then answers: three retries get
        // through, and the report counts every retry.
        const { replica, source } = await fresh({
          rate: 1,
          kinds: TRANSIENT,
          maxPerRequest: 2,
          hangMs: 50,
          retryAfterSeconds: 0,
        });
        const { items, result } = await drain(
          source,
          { http: options.client({ retry: { limit: 3, backoffMs: 1, maxBackoffMs: 5 } }) },
          true,
        );
        const ids = items.map((item) => item.sourceId);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual(liveIds(replica).sort());
        expect(result.status, JSON.stringify(result.warnings)).toBe('ok');
        expect(result.quarantine).toEqual([]);
        const injected = Object.values(replica.stats().faults).reduce((sum, count) => sum + count, 0);
        expect(injected).toBeGreaterThan(0);
        expect(result.counts.retried).toBeGreaterThanOrEqual(injected);
      },
    );

    it('loses nothing silently when requests fail past the retries', async () => {
      // Half the requests fail (seeded, so the same ones every run), then every one: with no retries,
      // whatever is lost must show in the report.
      let injected = 0;
      for (const rate of [0.5, 1]) {
        const { replica, source } = await fresh({
          rate,
          kinds: TRANSIENT,
          hangMs: 50,
          retryAfterSeconds: 0,
          seed: 3,
        });
        const { items, result } = await drain(
          source,
          { http: options.client({ retry: { limit: 0 } }) },
          true,
        );
        injected += Object.values(replica.stats().faults).reduce((sum, count) => sum + count, 0);
        expectAccounted(liveIds(replica), items, result, source);
      }
      expect(injected).toBeGreaterThan(0);
    });

    it('quarantines a 200 page that is not the site’s (a block page), or fails the run', async () => {
      const { replica, source } = await fresh({ rate: 1, kinds: ['garbage'], maxPerRequest: 1 });
      const { items, result } = await drain(source, { http: options.client({ retry: { limit: 0 } }) }, true);
      expect(result.status).not.toBe('empty');
      expectAccounted(liveIds(replica), items, result, source);
    });
  });
}
