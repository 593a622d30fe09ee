// The whole of an HTML search-page parser but its reading of one card: the body must be HTML, each card
// the selector finds is read on its own, all of one page's postings carry the same fetchedAt stamp, and
// a page that gives nothing is an empty result only when it is one.
import { type CheerioAPI, load } from 'cheerio';
import type { z } from 'zod';
import type { ParseResult } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { fetchedAtOf, type ParseOptions } from './_fetched-at.js';
import { type ItemSpec, type MissingField, parseItems } from './_parse-items.js';
import { readHtml } from './_read-body.js';
import { type ListPageSigns, unrecognizedMarkup } from './_unrecognized-markup.js';

/** The element type cheerio hands a card reader. */
export type CardElement = Parameters<CheerioAPI['contains']>[0];

/** What {@link parseCards} needs to know about one site's search page. */
export interface CardSpec<S extends z.ZodType>
  extends Omit<ItemSpec<S>, 'path' | 'single' | 'toRaw'>,
    ListPageSigns {
  /** The CSS selector of one posting's card. */
  card: string;
  /** Returns what one card holds as plain values, for `schema` to check. */
  readCard: ($: CheerioAPI, element: CardElement) => unknown;
  /** Maps one valid card with the page's `fetchedAt`; a {@link MissingField} quarantines it instead. */
  toRaw: (card: z.infer<S>, raw: unknown, fetchedAt: string) => RawPosting | MissingField;
}

/**
 * Returns the RawPostings of the cards on an HTML page and a quarantine entry (path `['cards', i]`) for
 * each card that cannot be read, `fetchedAt` being `opts.now` (or the current time) in KST. A page that
 * gives neither yet links postings (`spec.postingLink`) or reads like a block page gets one
 * 'unrecognized_markup' entry (path `['cards']`) instead of passing for an empty result.
 *
 * @throws {ParseError} when the body is not an HTML string.
 * @example
 * parseCards(html, opts, {
 *   source: 'saramin', card: 'div.item_recruit', postingLink: /[?&]rec_idx=(\d+)/, readCard,
 *   schema: SaraminSearchCard, urlOf: saraminUrlOf,
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
  const parsed = parseItems(cards, {
    ...spec,
    path: ['cards'],
    toRaw: (card, raw) => spec.toRaw(card, raw, fetchedAt),
  });
  if (parsed.items.length > 0 || parsed.issues.length > 0) return parsed;
  const unrecognized = unrecognizedMarkup($, spec);
  return unrecognized === undefined ? parsed : { items: [], issues: [unrecognized] };
}
