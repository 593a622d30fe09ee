// Quarantine entries for what a site sent but a parser or the collector could not use: the item
// itself (`raw`), where it sat, and why, so nothing is dropped without a trace.
import type { z } from 'zod';
import type { QuarantineEntry } from '../model/quarantine.js';
import { valueAt } from './_read-values.js';

/**
 * Returns a quarantine entry for one item that could not be used; `raw` is the item as the site sent it.
 * `path` defaults to the body itself; absent `url` and `at` stay absent.
 *
 * @example quarantineEntry({ code: 'missing_field', source: 'jumpit', path: ['result', 'positions', 2, 'id'], message: 'id is missing', raw: item })
 */
export function quarantineEntry(
  entry: Omit<QuarantineEntry, 'path'> & { path?: QuarantineEntry['path'] },
): QuarantineEntry {
  const { url, at, ...rest } = entry;
  return {
    ...rest,
    path: entry.path ?? [],
    ...(url === undefined ? {} : { url }),
    ...(at === undefined ? {} : { at }),
  };
}

/**
 * Returns the quarantine entry for an item that failed its zod schema: 'missing_field' when every
 * problem is an absent required key, otherwise 'invalid_item'; the path points at the first problem.
 *
 * @example issueFromZod(error, { source: 'rallit', path: ['data', 'items', 0], raw: item })
 */
export function issueFromZod(
  error: z.ZodError,
  ctx: { source: string; path: QuarantineEntry['path']; raw: unknown; url?: string | undefined },
): QuarantineEntry {
  const missing = error.issues.every(
    // An absent id fails its union (number | string) as 'invalid_union', an absent title as 'invalid_type'.
    (issue) =>
      (issue.code === 'invalid_type' || issue.code === 'invalid_union') &&
      valueAt(ctx.raw, issue.path) === undefined,
  );
  const first = error.issues[0];
  const innerPath = (first?.path ?? []).filter((k): k is string | number => typeof k !== 'symbol');
  const message = error.issues
    .map((issue) => `${issue.path.map(String).join('.') || '(item)'}: ${issue.message}`)
    .join('; ');
  return quarantineEntry({
    code: missing ? 'missing_field' : 'invalid_item',
    source: ctx.source,
    url: ctx.url,
    path: [...ctx.path, ...innerPath],
    message,
    raw: ctx.raw,
  });
}
