// GET /api/postings: the query string read into filters (every spelling a person types: 'React.js',
// '리액트'; '서울', '경기 분당구'; '신입' or years), then into one WHERE clause whose values are all bound
// parameters — text from the request never becomes SQL.
import { EmploymentType } from '../model/posting.js';
import { normalizeEmploymentType } from '../normalize/employment.js';
import { normalizeStacks, stackInfo } from '../normalize/stacks/index.js';
import { parseRegion, type RegionFilter } from '../recommend/region-filter.js';
import { readFamily } from '../recommend/resolve-profile.js';
import { badValue } from './_api-error.js';
import { intParam, listParam, readParams } from './_query-params.js';

/** The query parameters of GET /api/postings. */
export const SEARCH_PARAMS = [
  'q',
  'stack',
  'region',
  'career',
  'family',
  'employment',
  'deadline',
  'source',
  'sort',
  'page',
  'size',
] as const;

/** Orders of the result list. */
export const SEARCH_SORTS = ['recent', 'deadline', 'company', 'title'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Deadline filters: still open, closing within 7 days, no date (상시·채용 시 마감), passed. */
export const DEADLINE_FILTERS = ['open', 'week', 'always', 'expired'] as const;
export type DeadlineFilter = (typeof DEADLINE_FILTERS)[number];

/** The family value for postings no job family was read from. */
export const UNCLASSIFIED = 'unclassified';

/** Rows per page when `size` is not given, and the most a page holds (larger sizes are cut to it). */
export const PAGE_SIZE = Object.freeze({ default: 20, max: 100 });
const MAX_PAGE = 10_000;
const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 100;

/** Filters, order and page of one search. */
export interface SearchQuery {
  /** Lowercased words that must all appear in the title, company, branch, stacks or address. */
  terms: string[];
  /** Canonical stack ids a posting must all name. */
  stacks: string[];
  /** Regions of which the posting must lie in one. */
  regions: RegionFilter[];
  /** Postings open to a newcomer, or whose career range holds these years. */
  career: { newcomer: true } | { years: number } | null;
  /** Job-family ids (or {@link UNCLASSIFIED}) of which the posting must have one. */
  families: string[];
  employment: EmploymentType[];
  deadline: DeadlineFilter | null;
  sources: string[];
  sort: SearchSort;
  page: number;
  size: number;
}

/**
 * Returns the search a query string asks for.
 *
 * @example parseSearchQuery(new URLSearchParams('stack=리액트,TS&region=경기 분당구&career=신입')).stacks // ['react', 'typescript']
 * @throws {ApiError} 400 naming the parameter that is unknown, repeated or has a bad value
 */
export function parseSearchQuery(params: URLSearchParams): SearchQuery {
  const p = readParams(params, SEARCH_PARAMS);
  const terms = (p.get('q') ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length > MAX_TERMS) throw badValue('q', `must hold at most ${MAX_TERMS} words`);
  if (terms.some((term) => term.length > MAX_TERM_LENGTH))
    throw badValue('q', `words must be at most ${MAX_TERM_LENGTH} characters`);
  const size = intParam('size', p.get('size'), 1, 999_999_999, PAGE_SIZE.default);
  return {
    terms,
    stacks: normalizeStacks(listParam('stack', p.get('stack'))),
    regions: regionsOf(listParam('region', p.get('region'))),
    career: careerOf(p.get('career')),
    families: listParam('family', p.get('family')).map(familyOf),
    employment: [...new Set(listParam('employment', p.get('employment')).flatMap(employmentOf))],
    deadline: oneOf('deadline', p.get('deadline'), DEADLINE_FILTERS) ?? null,
    sources: listParam('source', p.get('source')).map(sourceOf),
    sort: oneOf('sort', p.get('sort'), SEARCH_SORTS) ?? 'recent',
    page: intParam('page', p.get('page'), 1, MAX_PAGE, 1),
    size: Math.min(size, PAGE_SIZE.max),
  };
}

function regionsOf(texts: string[]): RegionFilter[] {
  return texts.flatMap((text) => {
    const found = parseRegion(text);
    if (found.length === 0) {
      throw badValue('region', `"${clip(text)}" names no 시도 or 시군구 (e.g. 서울, 경기 성남시, 분당구)`);
    }
    return found;
  });
}

function careerOf(text: string | undefined): SearchQuery['career'] {
  if (text === undefined) return null;
  if (text === '신입' || text.toLowerCase() === 'newcomer') return { newcomer: true };
  const years = /^(\d{1,2})년?$/.exec(text);
  if (years && Number(years[1]) <= 60) return { years: Number(years[1]) };
  throw badValue('career', "must be '신입' (newcomer) or years of experience from 0 to 60");
}

function familyOf(text: string): string {
  if (text === UNCLASSIFIED || text === '미분류') return UNCLASSIFIED;
  const id = readFamily(text);
  if (id === null) throw badValue('family', `"${clip(text)}" names no job family`);
  return id;
}

function employmentOf(text: string): EmploymentType[] {
  const id = EmploymentType.safeParse(text.toLowerCase());
  if (id.success) return [id.data];
  const types = normalizeEmploymentType(text)?.types ?? [];
  if (types.length === 0) throw badValue('employment', `"${clip(text)}" names no employment type`);
  return types;
}

function sourceOf(text: string): string {
  if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(text)) throw badValue('source', `"${clip(text)}" is no source id`);
  return text;
}

function oneOf<T extends string>(
  field: string,
  text: string | undefined,
  options: readonly T[],
): T | undefined {
  if (text === undefined) return undefined;
  if ((options as readonly string[]).includes(text)) return text as T;
  throw badValue(field, `must be one of ${options.join(', ')}`);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A WHERE clause and its bound values ($1 …), numbered from `first`. */
export interface BoundClause {
  sql: string;
  params: unknown[];
}

/**
 * Returns the WHERE clause of a search over the explorer's `current` table, every value bound. `today`
 * is the KST day deadlines are read against.
 *
 * @example searchWhere(parseSearchQuery(new URLSearchParams('stack=java')), '2026-11-29') // { sql: 'list_contains(stacks, $1)', params: ['java'] }
 */
export function searchWhere(query: SearchQuery, today: string): BoundClause {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const all: string[] = [];
  for (const term of query.terms) {
    // A word that is a known stack ('리액트') also finds the postings tagged with its id ('react').
    const stack = normalizeStacks(term).find((id) => stackInfo(id) !== undefined);
    const text = `contains(search_text, ${bind(term)})`;
    all.push(stack ? `(${text} OR list_contains(stacks, ${bind(stack)}))` : text);
  }
  for (const stack of query.stacks) all.push(`list_contains(stacks, ${bind(stack)})`);
  if (query.regions.length > 0) {
    const any = query.regions.map((region) =>
      region.sigungu === undefined
        ? `sido = ${bind(region.sido)}`
        : `(sido = ${bind(region.sido)} AND (sigungu = ${bind(region.sigungu)} OR starts_with(sigungu, ${bind(`${region.sigungu} `)})))`,
    );
    all.push(`(${any.join(' OR ')})`);
  }
  if (query.career && 'newcomer' in query.career) {
    all.push('(career_newcomer OR career_min = 0)');
  } else if (query.career) {
    const years = bind(query.career.years);
    all.push(`(career_min <= ${years} AND (career_max IS NULL OR career_max >= ${years}))`);
  }
  if (query.families.length > 0) {
    const any = query.families.map((family) =>
      family === UNCLASSIFIED ? 'len(positions) = 0' : `list_contains(positions, ${bind(family)})`,
    );
    all.push(`(${any.join(' OR ')})`);
  }
  if (query.employment.length > 0) {
    all.push(
      `(${query.employment.map((type) => `list_contains(employment_types, ${bind(type)})`).join(' OR ')})`,
    );
  }
  if (query.sources.length > 0) all.push(`source IN (${query.sources.map(bind).join(', ')})`);
  if (query.deadline !== null) all.push(deadlineClause(query.deadline, today, bind));
  return { sql: all.length > 0 ? all.join(' AND ') : 'true', params };
}

function deadlineClause(filter: DeadlineFilter, today: string, bind: (value: unknown) => string): string {
  // coalesce: a posting without a deadline has passed none, and NULL must not drop it from 'open'.
  // Built only where used: a bound value the SQL does not reference is an error in DuckDB.
  const passed = () =>
    `coalesce(expired OR (deadline_kind = 'date' AND deadline_date < ${bind(today)}), false)`;
  switch (filter) {
    case 'expired':
      return passed();
    case 'open':
      return `NOT ${passed()}`;
    case 'always':
      return "deadline_kind IN ('always', 'until-filled')";
    case 'week':
      return `(deadline_kind = 'date' AND deadline_date >= ${bind(today)} AND deadline_date <= ${bind(addDays(today, 7))} AND NOT coalesce(expired, false))`;
  }
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Returns the ORDER BY of a sort; the id last, so pages never overlap. */
export function searchOrder(sort: SearchSort): string {
  switch (sort) {
    case 'recent':
      return 'posted_at DESC NULLS LAST, id';
    case 'deadline':
      return 'deadline_date ASC NULLS LAST, id';
    case 'company':
      return 'company, id';
    case 'title':
      return 'title, id';
  }
}
