// Pay in won from text ('3,600~4,800만원', '1억 2천만원', '월급 2,400,000원') or structured fields.
// Forms seen on the sites: Saramin Open API codes and names (0 '회사내규에 따름', 99 '면접후 결정',
// '3,600~3,800만원'), Saramin cards '300 만원', JobKorea ranges and monthly pay, numbers in 만원.
import type { Salary } from '../model/posting.js';
import type { RawSalary } from '../model/raw-posting.js';
import { cleanText } from './clean-text.js';

type Period = NonNullable<Salary['period']>;

const MAX_INPUT = 200;
const MAN = 10_000;
const EOK = 100_000_000;
/** Above this an amount is noise, not pay (1조원). */
const MAX_WON = 1e12;
/** Unit-less numbers below this are 만원 ('연봉 3000'), the sites' default unit; above, won. */
const MANWON_BELOW = 100_000;

// '3,600', '1억', '2천만', '300 만', '2,400,000원', '1.5억' — but not '3년', '10일', '5명', '20%'.
const AMOUNT =
  /(?<![\d.,])(\d[\d,]{0,15}(?:\.\d{1,4})?)(?![\d,])\s*(억|천\s*만|백\s*만|천|백|만)?\s*(원)?(?!\s*(?:년|개월|명|시간|세|살|차|일|%|주))/g;
// '회사내규에 따름', '면접 후 결정', '면접후 결정', '협의', '추후 협의', 'negotiable'
const NEGOTIABLE = /내규|면접\s*후|협의|추후|상의|negotiable|경력에\s*따라/;
// '시급 10,030원', 'hourly'
const HOURLY = /시급|hourly|per hour|\/\s*h(?:ou)?r/;
// '월급 2,400,000원', '월 250만원', '월 급여', 'monthly'
const MONTHLY = /월급|월\s*(?:급여|\d)|monthly|per month|\/\s*mo(?:nth)?/;
// '연봉 3000만원', '연 4,000만원', 'annual'
const YEARLY = /연봉|연\s*\d|annual|yearly|per year|\/\s*y(?:ea)?r/;
// '3,600~4,800만원', '3000-4000', '3천부터 5천'
const RANGE_BETWEEN = /^\s*(?:[~\-–—〜]|부터|에서)\s*$/;
// '3000만원 이상', '3천↑', '3000만원~'
const OPEN_ABOVE = /^\s*(?:이상|↑|부터|~\s*$|\+)/;
// '5000만원 이하', '~5000만원', '최대 5000'
const OPEN_BELOW_AFTER = /^\s*(?:이하|까지|↓|미만)/;
const OPEN_BELOW_BEFORE = /(?:~|최대|max)\s*$/;

const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['억', EOK],
  ['천만', 10_000_000],
  ['백만', 1_000_000],
  ['천', 1_000],
  ['백', 100],
  ['만', MAN],
]);

interface Amount {
  value: number;
  /** Multiplier stated with it; null when the number stands alone ('3,600' in '3,600~4,800만원'). */
  mult: number | null;
  start: number;
  end: number;
}

/**
 * Returns pay in won (`min`/`max`, null when not stated), its period and whether it is negotiable;
 * `null` when neither an amount nor a negotiable phrase is found. Ranges share their unit
 * ('3,600~4,800만원'); '1억 2천만원' is 120,000,000. Without a stated period (연봉/월급/시급) it is
 * inferred from the amount: ≥ 1,000만원 yearly, ≥ 20만원 monthly, else hourly — so a Saramin card's
 * '300 만원' is monthly. Structured input: `unit` 'manwon' or 'won' (unit-less values below 100,000
 * are 만원, the Programmers/Remember unit); 0 means not stated.
 *
 * @example normalizeSalary('3,600~4,800만원') // { min: 36000000, max: 48000000, period: 'year', negotiable: false, currency: 'KRW' }
 * @example normalizeSalary('회사내규에 따름') // { min: null, max: null, period: null, negotiable: true, currency: 'KRW' }
 */
export function normalizeSalary(input: string | RawSalary): Salary | null {
  if (typeof input === 'string') return parseSalaryText(input);
  if (input === null || typeof input !== 'object') return null;
  const fromText = typeof input.text === 'string' ? parseSalaryText(input.text) : null;
  const mult = input.unit === 'manwon' ? MAN : input.unit === 'won' ? 1 : null;
  let min = toWon(input.min, mult);
  let max = toWon(input.max, mult);
  if (min === null && max === null) {
    if (!fromText) return null;
    return input.period ? { ...fromText, period: input.period } : fromText;
  }
  if (min !== null && max !== null && max < min) [min, max] = [max, min];
  const period = input.period ?? fromText?.period ?? inferPeriod(max ?? min ?? 0);
  return { min, max, period, negotiable: fromText?.negotiable ?? false, currency: 'KRW' };
}

function toWon(value: unknown, mult: number | null): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
  const won = Math.round(value * (mult ?? (value < MANWON_BELOW ? MAN : 1)));
  return won <= MAX_WON ? won : null;
}

function parseSalaryText(text: string): Salary | null {
  const t = cleanText(text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text).toLowerCase();
  if (t === '') return null;
  const negotiable = NEGOTIABLE.test(t);
  const amounts = readAmounts(t);
  const first = amounts[0];
  if (!first) return negotiable ? { min: null, max: null, period: null, negotiable, currency: 'KRW' } : null;

  const second = amounts[1];
  let min: number | null;
  let max: number | null;
  if (second && RANGE_BETWEEN.test(t.slice(first.end, second.start))) {
    min = toAmountWon(first, second.mult);
    max = toAmountWon(second, null);
    if (max < min) [min, max] = [max, min];
  } else {
    const won = toAmountWon(first, null);
    const after = t.slice(first.end, first.end + 8);
    if (OPEN_ABOVE.test(after)) [min, max] = [won, null];
    else if (OPEN_BELOW_AFTER.test(after) || OPEN_BELOW_BEFORE.test(t.slice(0, first.start)))
      [min, max] = [null, won];
    else [min, max] = [won, won];
  }
  if ((min !== null && min > MAX_WON) || (max !== null && max > MAX_WON)) {
    return negotiable ? { min: null, max: null, period: null, negotiable, currency: 'KRW' } : null;
  }
  const period: Period = HOURLY.test(t)
    ? 'hour'
    : MONTHLY.test(t)
      ? 'month'
      : YEARLY.test(t)
        ? 'year'
        : inferPeriod(max ?? min ?? 0);
  return { min, max, period, negotiable, currency: 'KRW' };
}

/** Scans amounts, joining '1억 2천만' / '1억5000' into one; at most three are kept (a range needs two). */
function readAmounts(t: string): Amount[] {
  const out: Amount[] = [];
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(t); m !== null && out.length < 3; m = AMOUNT.exec(t)) {
    const value = Number((m[1] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = m[2]?.replace(/\s/g, '');
    let mult = unit ? (MULTIPLIERS.get(unit) ?? null) : m[3] ? 1 : null;
    const prev = out[out.length - 1];
    if (prev && prev.mult === EOK && mult !== EOK && t.slice(prev.end, m.index).trim() === '') {
      // After 억, '2천' means 2천만 and a bare '5000' means 5000만 ('1억 5000').
      if (mult === null || mult === 1) mult = MAN;
      else if (mult === 1_000) mult = 10_000_000;
      prev.value = prev.value * EOK + value * mult;
      prev.mult = 1;
      prev.end = m.index + m[0].trimEnd().length;
      continue;
    }
    out.push({ value, mult, start: m.index, end: m.index + m[0].trimEnd().length });
  }
  return out;
}

/** Won of one amount; a bare number takes the unit of its range partner, else the 만원/won default. */
function toAmountWon(amount: Amount, partnerMult: number | null): number {
  const mult = amount.mult ?? partnerMult ?? (amount.value < MANWON_BELOW ? MAN : 1);
  return Math.round(amount.value * mult);
}

function inferPeriod(won: number): Period {
  if (won >= 10_000_000) return 'year';
  if (won >= 200_000) return 'month';
  return 'hour';
}
