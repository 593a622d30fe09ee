// Shared pieces of the pure site parsers: the KST clock, quarantine entries, tolerant readers and the
// per-item loop that turns a zod failure into an issue instead of an exception. Never does I/O.
import type { z } from 'zod';
import { ParseError } from '../model/errors/parse-error.js';
import { toKstIso } from '../model/kst.js';
import type { ParseResult, QuarantineEntry } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { htmlToText } from '../normalize/text.js';

/** Options every parser takes as its optional second argument. */
export interface ParseOptions {
  /**
   * The clock used for `fetchedAt`; tests pass a fixed date.
   * @default new Date()
   */
  now?: Date;
}

/**
 * Returns the `fetchedAt` stamp for one parser call: `opts.now` (or the current time) in KST.
 *
 * @example fetchedAtOf({ now: new Date('2026-09-01T00:00:00Z') }) // '2026-09-01T09:00:00.000+09:00'
 */
export function fetchedAtOf(opts: ParseOptions | undefined): string {
  return toKstIso(opts?.now ?? new Date());
}

/**
 * Returns a quarantine entry for one item that could not be used; `raw` is the item as the site sent it.
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

/** Returns true for a plain object (not null, not an array), so callers can index it safely. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Returns `value` trimmed with inner whitespace collapsed when it is a non-empty string, else undefined.
 *
 * @example readText('  서울  강남구 ') // '서울 강남구'
 */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
  return text.length > 0 ? text : undefined;
}

/**
 * Returns a finite number from a number or a numeric string, else undefined.
 *
 * @example readNumber('37.5') // 37.5
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * Returns an id as a string from a string or an integer, else undefined.
 *
 * @example readId(54917021) // '54917021'
 */
export function readId(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
  return readText(value);
}

/**
 * Returns the texts of `values` with blanks and duplicates removed, first-seen order kept.
 *
 * @example uniqueTexts(['서울 강남구', undefined, ' 서울 강남구 ']) // ['서울 강남구']
 */
export function uniqueTexts(values: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const text = readText(value);
    if (text !== undefined) seen.add(text);
  }
  return [...seen];
}

/**
 * Returns `obj` without its `undefined` values, so RawPostings carry only what the site gave.
 *
 * @example compact({ a: 1, b: undefined }) // { a: 1 }
 */
export function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Returns the value at `path` inside `root`, or undefined when any step is missing.
 *
 * @example valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b']) // 1
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
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

/**
 * A mapper's answer for an item that passed its schema but still lacks something that identifies it
 * (e.g. a Wanted detail whose title is neither in `job.position` nor `job.detail.position`).
 *
 * @example return new MissingField('position', 'the job has no title');
 */
export class MissingField {
  constructor(
    readonly field: string | number,
    readonly message: string,
  ) {}
}

/** What {@link parseItems} needs to know about one site's items. */
export interface ItemSpec<S extends z.ZodType> {
  source: string;
  /** The path of the item array inside the body, e.g. ['result', 'positions']; of the item itself when `single`. */
  path: QuarantineEntry['path'];
  /** The body holds one item (a detail), so paths get no index. */
  single?: boolean;
  schema: S;
  /** Builds the public URL from the raw item when its id can be read, for the quarantine entry. */
  urlOf: (raw: unknown) => string | undefined;
  /** Maps one valid item; returning a {@link MissingField} quarantines it as 'missing_field' instead. */
  toRaw: (item: z.infer<S>, raw: unknown) => RawPosting | MissingField;
}

/**
 * Returns the items that pass `spec.schema` mapped to RawPostings and one quarantine entry per item that
 * does not, so `items.length + issues.length === rawItems.length` always holds.
 *
 * @example parseItems(body.data, { source: 'wanted', path: ['data'], schema, urlOf, toRaw })
 */
export function parseItems<S extends z.ZodType>(
  rawItems: readonly unknown[],
  spec: ItemSpec<S>,
): ParseResult<RawPosting> {
  const items: RawPosting[] = [];
  const issues: QuarantineEntry[] = [];
  rawItems.forEach((raw, index) => {
    const path = spec.single ? [...spec.path] : [...spec.path, index];
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      issues.push(issueFromZod(parsed.error, { source: spec.source, path, raw, url: spec.urlOf(raw) }));
      return;
    }
    const mapped = spec.toRaw(parsed.data, raw);
    if (mapped instanceof MissingField) {
      issues.push(
        quarantineEntry({
          code: 'missing_field',
          source: spec.source,
          url: spec.urlOf(raw),
          path: [...path, mapped.field],
          message: mapped.message,
          raw,
        }),
      );
      return;
    }
    items.push(mapped);
  });
  return { items, issues };
}

/**
 * Returns `body` parsed by an envelope schema, or throws when the body is not that envelope at all.
 *
 * @throws {ParseError} when the body does not match the envelope.
 * @example readEnvelope(body, JumpitListEnvelope, { source: 'jumpit', what: 'position list' })
 */
export function readEnvelope<S extends z.ZodType>(
  body: unknown,
  schema: S,
  ctx: { source: string; what: string },
): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw new ParseError(`body is not a ${ctx.what} (${detail})`, { source: ctx.source, cause: parsed.error });
}

/**
 * Returns the HTML string, or throws when the body is not a string that contains markup.
 *
 * @throws {ParseError} when the body is not HTML.
 * @example readHtml('<html>…</html>', 'jobkorea')
 */
export function readHtml(body: unknown, source: string): string {
  if (typeof body !== 'string')
    throw new ParseError(`body is a ${typeof body}, not an HTML string`, { source });
  if (!/<[a-zA-Z!][^>]*>/.test(body)) throw new ParseError('body has no HTML markup', { source });
  return body;
}

/**
 * Returns `value` as text with HTML entities decoded ('서울 &gt; 강남구' → '서울 > 강남구'), or undefined
 * when it is blank. Only texts with a '&' go through {@link htmlToText}, so plain values stay as written.
 *
 * @example readDecodedText('R&amp;D 센터 &middot; 판교') // 'R&D 센터 · 판교'
 */
export function readDecodedText(value: unknown): string | undefined {
  const text = readText(value);
  if (text === undefined || !text.includes('&')) return text;
  return readText(htmlToText(text));
}

/**
 * Returns the texts of a separated list ('Java,Spring, MySQL') with entities decoded, blanks and
 * duplicates removed; arrays are read item by item.
 *
 * @example splitTexts('Java,Spring, Java') // ['Java', 'Spring']
 */
export function splitTexts(value: unknown, separator: RegExp | string = ','): string[] {
  const parts = Array.isArray(value) ? value : [value];
  return uniqueTexts(
    parts.flatMap((part) => (readDecodedText(part) ?? '').split(separator)).map((p) => readText(p)),
  );
}
