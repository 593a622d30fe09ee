// One listed posting's detail: fetch (rendered again when the body is an empty shell), recognise a
// closed posting, parse, merge with the list item, and hand the result on. Never throws: every failure
// becomes a quarantine entry, a warning or a count.

import { safeUrl } from '../../http/url.js';
import { HttpStatusError } from '../../model/errors/http-status-error.js';
import { ParseError } from '../../model/errors/parse-error.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { mergePosting } from '../_merge.js';
import { quarantineEntry } from '../_quarantine-entry.js';
import type { DetailPlan, HttpResponse, RequestSpec } from '../types.js';
import { type CollectContext, failureEntry, fetchSpec, isAbort } from './context.js';
import { describeError } from './run-record.js';

/** Returns when the posting was handed on, quarantined, marked closed, or dropped by an abort. */
export async function detailStep(
  ctx: CollectContext,
  plan: DetailPlan,
  item: RawPosting,
  id: string,
  fingerprint: string,
  spec: RequestSpec,
): Promise<void> {
  const { record } = ctx;
  const source = ctx.adapter.id;
  record.detailsTried++;
  let response: HttpResponse;
  let current = spec;
  try {
    response = await fetchSpec(ctx, current);
    if (!spec.render && plan.needsRender?.(response.body)) {
      current = { ...spec, render: true, responseType: 'text' };
      response = await fetchSpec(ctx, current);
    }
  } catch (error) {
    if (isAbort(error, ctx.signal)) return;
    if (error instanceof HttpStatusError && plan.isGone?.(error.status, error.body)) {
      record.gone.push(id);
      return;
    }
    record.failedRequests++;
    const described = describeError(error, source);
    record.warnFailure(undefined, described.message);
    const entry = failureEntry(ctx, error, current, described.message, [], item);
    if (entry) record.quarantine.push(entry);
    else if (plan.required)
      record.quarantine.push(
        quarantineEntry({
          code: 'http_error',
          source,
          url: safeUrl(current.url),
          message: described.message,
          raw: item,
        }),
      );
    if (plan.required) return;
    // The list item alone is still a posting; without a fingerprint it is fetched again next run.
    await ctx.emit(item, id, undefined);
    return;
  }
  record.fetched++;
  if (plan.isGone?.(response.status, response.body)) {
    record.gone.push(id);
    return;
  }
  let detail: RawPosting | undefined;
  try {
    const parsed = plan.parse(response.body, { now: ctx.now, item });
    record.quarantine.push(...parsed.issues);
    detail = parsed.items[0];
  } catch (error) {
    const message = error instanceof ParseError ? error.message : describeError(error, source).message;
    record.quarantine.push(
      quarantineEntry({ code: 'unreadable_body', source, url: response.url, message, raw: response.body }),
    );
  }
  if (detail) {
    record.detailsMerged++;
    // A pointer (a sitemap URL) carries no posting data: the page's own identity and fields stand alone.
    await ctx.emit(plan.required ? detail : mergePosting(item, detail), id, fingerprint);
  } else if (!plan.required) {
    await ctx.emit(item, id, undefined);
  }
}
