// The whole of a JSON site parser but its mapping: the body must be the site's envelope, every item in it
// is read on its own, and all of one call's postings carry the same fetchedAt stamp.
import type { z } from 'zod';
import type { ParseResult } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { fetchedAtOf, type ParseOptions } from './_fetched-at.js';
import { type ItemSpec, type MissingField, parseItems } from './_parse-items.js';
import { readEnvelope } from './_read-body.js';

/** What {@link parseEnvelope} needs to know about one kind of JSON body. */
export interface EnvelopeSpec<E extends z.ZodType, S extends z.ZodType> extends Omit<ItemSpec<S>, 'toRaw'> {
  /** What the body is, for the error when it is not: 'Jumpit position list'. */
  what: string;
  /** The schema of the whole body; loose on everything but the item array. */
  envelope: E;
  /** Returns the raw items of a valid envelope (a detail's one item in an array). */
  items: (envelope: z.infer<E>) => readonly unknown[];
  /** Maps one valid item with the call's `fetchedAt`; a {@link MissingField} quarantines it instead. */
  toRaw: (item: z.infer<S>, raw: unknown, fetchedAt: string) => RawPosting | MissingField;
}

/**
 * Returns the RawPostings of the items in a JSON body and a quarantine entry for each item that cannot
 * be read, `fetchedAt` being `opts.now` (or the current time) in KST.
 *
 * @throws {ParseError} when the body is not `spec.envelope`.
 * @example
 * parseEnvelope(body, opts, {
 *   source: 'rallit', what: 'Rallit position list', envelope: RallitListEnvelope, items: (e) => e.data.items,
 *   path: ['data', 'items'], schema: RallitListItem, urlOf: rallitUrlOf, toRaw: mapRallitPosition,
 * });
 */
export function parseEnvelope<E extends z.ZodType, S extends z.ZodType>(
  body: unknown,
  opts: ParseOptions | undefined,
  spec: EnvelopeSpec<E, S>,
): ParseResult<RawPosting> {
  const envelope = readEnvelope(body, spec.envelope, spec);
  const fetchedAt = fetchedAtOf(opts);
  return parseItems(spec.items(envelope), {
    ...spec,
    toRaw: (item, raw) => spec.toRaw(item, raw, fetchedAt),
  });
}
