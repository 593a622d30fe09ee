// The whole of an HTML search-page parser but its reading of one card: the body must be HTML, each card
// the selector finds is read on its own, and all of one page's postings carry the same fetchedAt stamp.
import { type CheerioAPI, load } from 'cheerio';
import type { z } from 'zod';
import type { ParseResult } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { fetchedAtOf, type ParseOptions } from './_fetched-at.js';
import { type ItemSpec, type MissingField, parseItems } from './_parse-items.js';
import { readHtml } from './_read-body.js';

/** The element type cheerio hands a card reader. */
export type CardElement = Parameters<CheerioAPI['contains']>[0];

/** What {@link parseCards} needs to know about one site's search page. */
export interface CardSpec<S extends z.ZodType> extends Omit<ItemSpec<S>, 'path' | 'single' | 'toRaw'> {
  /** The CSS selector of one posting's card. */
  card: string;
  /** Returns what one card holds as plain values, for `schema` to check. */
  readCard: ($: CheerioAPI, element: CardElement) => unknown;
  /** Maps one valid card with the page's `fetchedAt`; a {@link MissingField} quarantines it instead. */
  toRaw: (card: z.infer<S>, raw: unknown, fetchedAt: string) => RawPosting | MissingField;
}

/**
 * Returns the RawPostings of the cards on an HTML page and a quarantine entry (path `['cards', i]`) for
 * each card that cannot be read, `fetchedAt` being `opts.now` (or the current time) in KST.
 *
 * @throws {ParseError} when the body is not an HTML string.
 * @example
 * parseCards(html, opts, {
 *   source: 'saramin', card: 'div.item_recruit', readCard, schema: SaraminSearchCard, urlOf: saraminUrlOf,
 *   toRaw: (card, raw, fetchedAt) => ({ source: 'saramin', sourceId: card.id, fetchedAt, … }),
 * });
 */
export function parseCards<S extends z.ZodType>(
  body: unknown,
  opts: ParseOptions | undefined,
  spec: CardSpec<S>,
): ParseResult<RawPosting> {
  const $ = load(readHtml(body, spec.source));
  const fetchedAt = fetchedAtOf(opts);
  const cards = $(spec.card)
    .toArray()
    .map((element) => spec.readCard($, element));
  return parseItems(cards, {
    ...spec,
    path: ['cards'],
    toRaw: (card, raw) => spec.toRaw(card, raw, fetchedAt),
  });
}
