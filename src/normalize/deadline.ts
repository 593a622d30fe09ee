// Application deadlines. All calendar arithmetic is in KST with a fixed +9 h offset (Korea has no DST),
// never the machine's timezone. Forms seen on the sites: Saramin cards '~ 10/11(일)', '오늘마감', '18시마감';
// JobKorea 'D-19', '~09/13'; ISO dates, Saramin's unix seconds and the year-less 'MM/DD' of both.

import { kstDayNumber } from '../model/kst.js';
import type { Deadline } from '../model/posting.js';
import { cleanText } from './clean-text.js';

const DAY_MS = 86_400_000;
const MAX_INPUT = 200;
/** Years past this are "no deadline" sentinels (Rallit/Programmers '9999-12-31'). */
const SENTINEL_YEAR = 9000;

// '상시채용', '상시 채용', '상시', '수시채용', 'always', 'rolling'
const ALWAYS = /상시|수시\s*채용|always|rolling|anytime|ongoing/;
// '채용시 마감', '채용시', '채용시까지', '채용 시 마감', '충원시', 'until filled'
const UNTIL_FILLED = /채용\s*시|충원\s*시|마감\s*시까지|until\s*(?:the\s*)?(?:position\s*is\s*)?filled/;
// '2026-08-31', '2026-08-31T23:59:59', '2026-10-01 23:59:59', '2026.07.31 23:59', '2026/07/31', '2026년 7월 31일'
const FULL_DATE = /(?<!\d)(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?!\d)/;
// '2026-07-16T09:00:00+0900', '2026-07-31T15:00:00Z': an explicit offset moves the KST date.
const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(z|[+-]\d{2}:?\d{2})$/;
// '26/09/26' (Saramin 등록일, YY/MM/DD)
const SHORT_YEAR_DATE = /(?<!\d)(\d{2})[./](\d{1,2})[./](\d{1,2})(?![\d./])/;
// '~09/13', '~ 10/11(일)', '10.26' (Peoplenjob), '08.13(목)', '9월 13일'
const MONTH_DAY = /(?<![\d./])(\d{1,2})\s*(?:[./]|월\s*)\s*(\d{1,2})(?![\d./])/;
// '1786546800' (Saramin unix seconds as strings), 13 digits = milliseconds
const UNIX_TIME = /^\d{9,13}$/;
// 'D-19', 'D-day', 'D - 3'
const D_DAY = /(?<![a-z])d\s*-\s*(day|\d{1,3})(?!\d)/;
// '오늘마감', '오늘 마감', '18시마감', 'today'
const TODAY = /오늘|\d{1,2}\s*시\s*마감|today/;
// '내일마감', 'tomorrow'
const TOMORROW = /내일|tomorrow/;

/** Options for {@link normalizeDeadline}. */
export interface NormalizeDeadlineOptions {
  /**
   * The moment relative forms ('D-19', '오늘마감', '~09/13') are read against.
   * @default new Date()
   */
  now?: Date;
}

/**
 * Returns when applications close — `{ kind: 'date', date: 'YYYY-MM-DD' }` (KST), `{ kind: 'always' }`
 * for 상시채용, `{ kind: 'until-filled' }` for 채용시 마감 — or `null` when unreadable. A date without a
 * year ('~09/13') is the next occurrence on or after `now` in KST, so a card read a day late rolls to
 * next year. Timestamps with an offset or unix seconds are converted to the KST calendar date; without
 * an offset they are already KST. '9999-12-31' means always open; years before 2000 ('1970-01-01', a
 * start sentinel) are `null`.
 *
 * @example normalizeDeadline('~ 10/11(일)', { now: new Date('2026-09-30T00:00:00+09:00') }) // { kind: 'date', date: '2026-10-11' }
 * @example normalizeDeadline('상시채용') // { kind: 'always', date: null }
 */
export function normalizeDeadline(text: string, options?: NormalizeDeadlineOptions): Deadline | null {
  if (typeof text !== 'string') return null;
  const t = cleanText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).toLowerCase();
  if (t === '') return null;

  if (UNIX_TIME.test(t)) return fromEpochMs(t.length === 13 ? Number(t) : Number(t) * 1000);
  const iso = ISO_WITH_OFFSET.exec(t);
  if (iso) return fromIsoWithOffset(iso);
  const full = FULL_DATE.exec(t);
  if (full) return fromYmd(Number(full[1]), Number(full[2]), Number(full[3]));
  const short = SHORT_YEAR_DATE.exec(t);
  if (short) return fromYmd(2000 + Number(short[1]), Number(short[2]), Number(short[3]));

  if (ALWAYS.test(t)) return { kind: 'always', date: null };
  if (UNTIL_FILLED.test(t)) return { kind: 'until-filled', date: null };

  const nowMs = (options?.now ?? new Date()).getTime();
  if (Number.isNaN(nowMs)) return null;
  const today = kstDayNumber(nowMs);
  const dDay = D_DAY.exec(t);
  if (dDay?.[1]) return dateOf(today + (dDay[1] === 'day' ? 0 : Number(dDay[1])));
  if (TOMORROW.test(t)) return dateOf(today + 1);
  if (TODAY.test(t)) return dateOf(today);
  const md = MONTH_DAY.exec(t);
  if (md) return nextOccurrence(today, Number(md[1]), Number(md[2]));
  return null;
}

function fromEpochMs(ms: number): Deadline | null {
  if (!Number.isFinite(ms) || ms <= 0) return null;
  return dateOf(kstDayNumber(ms));
}

function fromIsoWithOffset(m: RegExpExecArray): Deadline | null {
  const [, y, mo, d, h, mi, s, zone] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (!isValidYmd(Number(y), Number(mo), Number(d)) || Number(h) > 24 || Number(mi) > 59) return null;
  let offsetMin = 0;
  if (zone && zone !== 'z') {
    const digits = zone.replace(':', '');
    offsetMin = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits[0] === '-' ? -1 : 1);
  }
  if (Number(y) >= SENTINEL_YEAR) return { kind: 'always', date: null };
  return fromEpochMs(utc - offsetMin * 60_000);
}

function fromYmd(y: number, m: number, d: number): Deadline | null {
  if (y >= SENTINEL_YEAR) return { kind: 'always', date: null };
  if (y < 2000 || !isValidYmd(y, m, d)) return null;
  return { kind: 'date', date: formatYmd(y, m, d) };
}

/** The first (month, day) on or after `today` (KST day number); Feb 29 waits for a leap year. */
function nextOccurrence(today: number, m: number, d: number): Deadline | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const now = new Date(today * DAY_MS);
  const year = now.getUTCFullYear();
  for (let y = year; y <= year + 8; y++) {
    if (!isValidYmd(y, m, d)) continue;
    // fromYmd, not a bare format: a `now` far in the past must not produce a year like '999'.
    if (Date.UTC(y, m - 1, d) / DAY_MS >= today) return fromYmd(y, m, d);
  }
  return null;
}

function dateOf(kstDay: number): Deadline | null {
  const date = new Date(kstDay * DAY_MS);
  const y = date.getUTCFullYear();
  if (Number.isNaN(y)) return null;
  return fromYmd(y, date.getUTCMonth() + 1, date.getUTCDate());
}

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function formatYmd(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}
