// All list streams of one run, one after another, with each listed posting deduped, fingerprinted and
// either skipped (unchanged), handed on (no detail), or queued for its detail with bounded concurrency.
import pLimit from 'p-limit';
import { throwIfAborted } from '../../http/abort.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { defaultFingerprint } from '../_fingerprint.js';
import { type CollectContext, postingId } from './context.js';
import { detailStep } from './detail-step.js';
import { walkList } from './walk-list.js';

/**
 * Returns when every stream was walked and every detail started has finished; the streams' outcomes
 * are in `ctx.record.streams`. Past `ctx.maxDetailRequests` details, listed postings are only counted
 * (`record.deferred`) and warned about.
 *
 * @throws {AbortedError} when the run is aborted.
 */
export async function walkAll(ctx: CollectContext): Promise<void> {
  const { adapter, record } = ctx;
  const limit = pLimit(ctx.detailConcurrency);
  const inFlight = new Set<Promise<void>>();
  let scheduled = 0;
  let done = 0;
  const onItem = async (item: RawPosting) => {
    const id = postingId(adapter.id, item);
    if (record.listed.has(id)) return;
    const fingerprint = fingerprintOf(ctx, item);
    record.listed.set(id, fingerprint);
    if (ctx.skip?.has(id)) {
      // Already stored by an interrupted attempt: remembered as taken, not fetched or yielded again.
      record.completed.set(id, fingerprint);
      record.resumed++;
      return;
    }
    if (ctx.previous?.seen[id]?.fingerprint === fingerprint) {
      record.unchanged.push(id);
      return;
    }
    const plan = adapter.detail;
    const spec = plan?.request(item) ?? null;
    if (!plan || !spec) {
      await ctx.emit(item, id, fingerprint);
      return;
    }
    if (scheduled >= ctx.maxDetailRequests) {
      // Listed, so never reported closed; not remembered, so the next run fetches it.
      record.deferred++;
      return;
    }
    // Keep the listing at most one batch ahead of the detail workers (backpressure from the consumer).
    while (inFlight.size >= ctx.detailConcurrency * 2) await Promise.race(inFlight);
    throwIfAborted(ctx.signal, { source: adapter.id });
    scheduled++;
    const task = limit(() => detailStep(ctx, plan, item, id, fingerprint, spec)).finally(() => {
      inFlight.delete(task);
      done++;
      ctx.progress({ type: 'detail', source: adapter.id, done, total: scheduled });
    });
    inFlight.add(task);
  };
  try {
    for (const item of adapter.seeds?.({ now: ctx.now }) ?? []) await onItem(item);
    for (const stream of adapter.lists()) {
      throwIfAborted(ctx.signal, { source: adapter.id });
      record.streams.push(await walkList(ctx, stream, onItem));
    }
  } finally {
    // Details already started finish (or see the abort) before the run reports.
    await Promise.allSettled(inFlight);
  }
  if (record.deferred > 0)
    record.warn(
      `${adapter.id}: reached maxDetailRequests (${ctx.maxDetailRequests}); ${record.deferred} listed postings left for the next run`,
    );
}

function fingerprintOf(ctx: CollectContext, item: RawPosting): string {
  if (!ctx.adapter.fingerprint) return defaultFingerprint(item);
  try {
    return ctx.adapter.fingerprint(item);
  } catch (error) {
    ctx.record.warn(
      `fingerprint failed for ${item.sourceId}, payload hash used: ${error instanceof Error ? error.message : String(error)}`,
    );
    return defaultFingerprint(item);
  }
}
