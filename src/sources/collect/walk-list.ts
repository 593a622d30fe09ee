// One list stream, page by page: fetch, parse (a bad item is quarantined, an unreadable page or one that
// is not the list stops the stream with its body quarantined), hand each item on, ask the stream for the
// next page.
import { ParseError } from '../../model/errors/parse-error.js';
import type { QuarantineEntry } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { quarantineEntry } from '../_quarantine-entry.js';
import type { HttpResponse, ListStream, RequestSpec } from '../types.js';
import { type CollectContext, failureEntry, fetchSpec, isAbort } from './context.js';
import { describeError, type StreamOutcome } from './run-record.js';

/**
 * Returns how the stream ended, after handing every listed item to `onItem` (which may wait, so a slow
 * consumer slows the listing too).
 *
 * @throws {AbortedError} when the run is aborted.
 */
export async function walkList(
  ctx: CollectContext,
  stream: ListStream,
  onItem: (item: RawPosting) => Promise<void>,
): Promise<StreamOutcome> {
  const { record, adapter } = ctx;
  const source = adapter.id;
  const outcome: StreamOutcome = { name: stream.name, complete: false, firstPageFailed: false };
  const fail = (error: unknown, pages: number) => {
    outcome.error = error;
    outcome.firstPageFailed = pages === 0;
  };
  let page = stream.firstPage ?? 1;
  for (let pages = 0; ; pages++) {
    if (pages >= ctx.maxPages) {
      record.warn(
        `${stream.name}: stopped after maxPages (${ctx.maxPages}); raise maxPages to read the rest`,
      );
      return outcome;
    }
    let spec: RequestSpec | undefined;
    let response: HttpResponse;
    try {
      spec = stream.request(page);
      response = await fetchSpec(ctx, spec);
    } catch (error) {
      if (isAbort(error, ctx.signal)) throw error;
      record.failedRequests++;
      const described = describeError(error, source);
      record.warnFailure(`${stream.name} page ${page}`, described.message);
      const entry = failureEntry(ctx, error, spec, described.message, [stream.name, page]);
      if (entry) {
        record.listQuarantined++;
        record.quarantine.push(entry);
      }
      fail(error, pages);
      return outcome;
    }
    let items: RawPosting[];
    let held: number;
    let unrecognized: QuarantineEntry | undefined;
    try {
      const parsed = adapter.parseList(response.body, {
        now: ctx.now,
        request: spec,
        truncated: response.truncated === true,
        warn: (message) => record.warn(message),
      });
      items = parsed.items;
      held = parsed.items.length + parsed.issues.length;
      const issues = parsed.issues.map((issue) =>
        issue.code === 'unrecognized_markup' && issue.url === undefined
          ? { ...issue, url: response.url }
          : issue,
      );
      record.quarantine.push(...issues);
      record.listQuarantined += issues.length;
      if (items.length === 0) unrecognized = issues.find((issue) => issue.code === 'unrecognized_markup');
    } catch (error) {
      const message = error instanceof ParseError ? error.message : describeError(error, source).message;
      record.quarantine.push(
        quarantineEntry({
          code: 'unreadable_body',
          source,
          url: response.url,
          path: [stream.name, page],
          message,
          raw: response.body,
        }),
      );
      record.listQuarantined++;
      record.warn(`${stream.name} page ${page}: unreadable, stream stopped (${message})`);
      fail(error, pages);
      return outcome;
    }
    if (unrecognized) {
      // A page that is not the list (a block page, a redesign) ends the stream unread, like an unreadable
      // one: it is never read as an empty page, so no posting is reported closed because of it.
      record.warn(
        `${stream.name} page ${page}: no posting read, the site likely blocked the crawler or changed its markup (${unrecognized.message}); stream stopped`,
      );
      fail(new ParseError({ message: unrecognized.message, source }), pages);
      return outcome;
    }
    ctx.progress({ type: 'list', source, stream: stream.name, page, items: items.length });
    for (const item of items) await onItem(item);
    let next: number | null;
    try {
      next = stream.next(response.body, page, held);
    } catch (error) {
      record.warn(`${stream.name} page ${page}: ${describeError(error, source).message}`);
      outcome.error = error;
      return outcome;
    }
    if (next === null) {
      outcome.complete = true;
      return outcome;
    }
    page = next;
  }
}
