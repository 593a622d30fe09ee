// What every engine can hold. Key columns are VARCHAR(255) on PostgreSQL and MySQL (MySQL indexes need
// a bounded length), MySQL's TEXT ends at 65,535 bytes, PostgreSQL text cannot hold U+0000, and a lone
// UTF-16 surrogate comes back as one replacement character from some drivers and three from others.
// Sent as it is, one such value fails the whole run's load — and every later run's, for as long as the
// posting stays listed. So values are made storable before they are staged, the same way on every
// engine, and every replacement or cut is counted for the run's warnings. Only a posting whose id
// cannot be stored is left out: cutting an id could merge two postings.
import type { PostingRow } from '../../model/rows.js';

/** The longest value of a key column, in characters (code points). */
export const KEY_LIMIT = 255;

/** The longest value of a text column, in characters: 4-byte characters still fit MySQL's TEXT. */
export const TEXT_LIMIT = 16_383;

/** Posting fields stored in key columns (VARCHAR(255) on PostgreSQL and MySQL). */
export const KEY_FIELDS = [
  'source',
  'source_id',
  'company',
  'company_id',
  'branch',
  'career_label',
  'sido',
  'sigungu',
  'geo_precision',
  'geo_provider',
  'region_code',
  'location_kind',
  'deadline_kind',
  'deadline_date',
  'salary_period',
  'education',
  'posted_at',
  'updated_at',
  'fetched_at',
  'job_id',
] as const satisfies readonly (keyof PostingRow)[];

/** Posting fields stored in text columns. */
export const TEXT_FIELDS = ['url', 'title', 'address'] as const satisfies readonly (keyof PostingRow)[];

/** What making a run's rows storable changed; turned into the run's warnings. */
export interface StorableTally {
  /** Values cut to their column's length, by field. */
  cut: Map<string, number>;
  /** Values whose U+0000 or lone surrogates became U+FFFD. */
  replaced: number;
  /** Key values that lost trailing spaces. */
  trimmed: number;
  /** Ids of postings left out because their id is longer than {@link KEY_LIMIT}. */
  rejected: string[];
}

/** An empty {@link StorableTally}. */
export function storableTally(): StorableTally {
  return { cut: new Map(), replaced: 0, trimmed: 0, rejected: [] };
}

// U+0000 has no place in PostgreSQL text; lone surrogates cannot be encoded as UTF-8.
const needsReplacing = (text: string) => text.includes('\u0000') || !text.isWellFormed();

/** Returns `text` with U+0000 and lone surrogates as U+FFFD, cut to `limit` characters; counts changes. */
function storable(text: string, limit: number, field: string, tally: StorableTally): string {
  let out = text;
  if (needsReplacing(out)) {
    out = out.replaceAll('\u0000', '\uFFFD').toWellFormed();
    tally.replaced++;
  }
  // Whole characters are cut, never half a surrogate pair.
  if (tooLong(out, limit)) {
    out = Array.from(out).slice(0, limit).join('');
    tally.cut.set(field, (tally.cut.get(field) ?? 0) + 1);
  }
  return out;
}

/**
 * A key value as every engine stores and compares it. MySQL's collations pad with spaces ('x' and
 * 'x ' are one key there, two elsewhere), so trailing spaces are dropped everywhere: the engines agree.
 */
function storableKey(text: string, field: string, tally: StorableTally): string {
  const out = storable(text, KEY_LIMIT, field, tally);
  if (!out.endsWith(' ')) return out;
  tally.trimmed++;
  return out.replace(/ +$/, '');
}

// Columns count characters (code points); a string's UTF-16 length is never below that count.
const characters = (text: string) => Array.from(text).length;
const tooLong = (text: string, limit: number) => text.length > limit && characters(text) > limit;

const keyFits = (text: string) => !tooLong(text, KEY_LIMIT) && !text.endsWith(' ') && !needsReplacing(text);
const textFits = (text: string) => !tooLong(text, TEXT_LIMIT) && !needsReplacing(text);

/** Employment types are stored joined with ','; the whole entries that fit are kept. */
function storableEmploymentTypes(values: readonly string[], tally: StorableTally): string[] {
  const kept: string[] = [];
  let length = -1;
  for (const value of values) {
    const entry = storableKey(value, 'employment_types', tally);
    const size = characters(entry);
    if (length + 1 + size > KEY_LIMIT) {
      tally.cut.set('employment_types', (tally.cut.get('employment_types') ?? 0) + 1);
      break;
    }
    kept.push(entry);
    length += 1 + size;
  }
  return kept;
}

// The common case, checked without allocating: every value already fits.
function fitsAsIs(row: PostingRow): boolean {
  if (!keyFits(row.id)) return false;
  for (const field of KEY_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && !keyFits(value)) return false;
  }
  for (const field of TEXT_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && !textFits(value)) return false;
  }
  for (const value of row.stacks ?? []) if (!keyFits(value)) return false;
  for (const value of row.positions ?? []) if (!keyFits(value)) return false;
  let joined = -1;
  for (const value of row.employment_types ?? []) {
    if (!keyFits(value)) return false;
    joined += 1 + value.length;
  }
  return joined <= KEY_LIMIT;
}

/**
 * Returns a posting id as every engine can store it, or `undefined` (counted as rejected) when it is
 * longer than {@link KEY_LIMIT} characters.
 */
export function storableId(id: string, tally: StorableTally): string | undefined {
  if (tooLong(id, KEY_LIMIT)) {
    tally.rejected.push(id);
    return undefined;
  }
  return keyFits(id) ? id : storableKey(id, 'id', tally);
}

/**
 * Returns `row` as every engine can store it: the same object when nothing needs changing (nearly
 * always), a changed copy otherwise, or `undefined` when its id is longer than {@link KEY_LIMIT}
 * characters. Changes are counted in `tally`.
 *
 * @example storableRow({ ...row, title: 'a\u0000b' }, tally)?.title // 'a\uFFFDb'
 */
export function storableRow(row: PostingRow, tally: StorableTally): PostingRow | undefined {
  if (fitsAsIs(row)) return row;
  const id = storableId(row.id, tally);
  if (id === undefined) return undefined;
  let out: PostingRow | undefined;
  const set = <K extends keyof PostingRow>(field: K, value: PostingRow[K]) => {
    out ??= { ...row };
    out[field] = value;
  };
  if (id !== row.id) set('id', id);
  for (const field of KEY_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && !keyFits(value)) set(field, storableKey(value, field, tally));
  }
  for (const field of TEXT_FIELDS) {
    const value = row[field];
    if (typeof value === 'string' && !textFits(value)) set(field, storable(value, TEXT_LIMIT, field, tally));
  }
  for (const field of ['stacks', 'positions'] as const) {
    const values = row[field];
    if (values?.some((value) => !keyFits(value))) {
      set(
        field,
        values.map((value) => storableKey(value, field, tally)),
      );
    }
  }
  const types = row.employment_types;
  if (types && (tooLong(types.join(','), KEY_LIMIT) || !types.every(keyFits))) {
    set('employment_types', storableEmploymentTypes(types, tally));
  }
  return out ?? row;
}

/** The run's warnings for what {@link storableRow} changed; empty when it changed nothing. */
export function storableWarnings(tally: StorableTally): string[] {
  const warnings: string[] = [];
  if (tally.rejected.length > 0) {
    const first = `${tally.rejected[0]!.slice(0, 60)}…`;
    warnings.push(
      `${tally.rejected.length} postings not loaded: their id is longer than ${KEY_LIMIT} characters (first: ${first})`,
    );
  }
  for (const [field, count] of tally.cut) {
    const limit = (TEXT_FIELDS as readonly string[]).includes(field) ? TEXT_LIMIT : KEY_LIMIT;
    warnings.push(`${count} '${field}' values cut to ${limit} characters to fit their column`);
  }
  if (tally.trimmed > 0) {
    warnings.push(`${tally.trimmed} key values lost trailing spaces (MySQL compares keys without them)`);
  }
  if (tally.replaced > 0) {
    warnings.push(
      `${tally.replaced} values held U+0000 or lone surrogates; stored with U+FFFD in their place`,
    );
  }
  return warnings;
}
