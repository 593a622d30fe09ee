// Tolerant readers of schema.org values (https://schema.org/JobPosting). The vocabulary allows a Text where a
// Thing is expected and one value where a list is, and Korean sites use every variant: `employmentType` as
// 'FULL_TIME' or ['FULL_TIME','INTERN'], `jobLocation` as a Place or a list, `address` as a string or a
// PostalAddress, `experienceRequirements` as text or an OccupationalExperienceRequirements object.
import type { RawCareer, RawCoordinates, RawSalary } from '../../model/raw-posting.js';
import { isRecord, readDecodedText, readNumber } from '../_read-values.js';
import { splitTexts, uniqueTexts } from '../_text-lists.js';

/** Returns `value` as a list: arrays as they are, one value as a one-item list, nothing as []. */
export function ldList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Returns true when a JSON-LD node's `@type` is or includes JobPosting (also 'schema:JobPosting' and
 * 'https://schema.org/JobPosting').
 *
 * @example isJobPostingNode({ '@type': ['JobPosting'] }) // true
 */
export function isJobPostingNode(node: unknown): boolean {
  if (!isRecord(node)) return false;
  return ldList(node['@type']).some((t) => typeof t === 'string' && /(?:^|[/:#])JobPosting$/.test(t.trim()));
}

/**
 * Returns the text of a value that may be a string, a number, a list or a Thing (`name`, `value`,
 * `@value`), entities decoded; lists are joined by ','.
 *
 * @example ldText({ '@type': 'Organization', name: '누리&amp;랩스' }) // '누리&랩스'
 */
export function ldText(value: unknown): string | undefined {
  if (Array.isArray(value)) return readDecodedText(uniqueTexts(value.map(ldText)).join(','));
  if (isRecord(value)) return ldText(value.name ?? value['@value'] ?? value.value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readDecodedText(value);
}

/**
 * Returns the texts of a value that may be a list, a comma-separated string or Things with a name.
 *
 * @example ldTexts(['Java', { name: 'Spring' }, 'Kotlin, Java']) // ['Java', 'Spring', 'Kotlin']
 */
export function ldTexts(value: unknown): string[] {
  return uniqueTexts(ldList(value).flatMap((v) => (isRecord(v) ? [ldText(v)] : splitTexts(v))));
}

/**
 * Returns one address as a text, region first ('서울특별시 강남구 테헤란로 152'). Parts already inside
 * `streetAddress` are not repeated — Korean pages often put the whole address there as well.
 *
 * @example ldAddressText({ addressRegion: '서울특별시', addressLocality: '강남구', streetAddress: '테헤란로 152' }) // '서울특별시 강남구 테헤란로 152'
 */
export function ldAddressText(address: unknown): string | undefined {
  if (!isRecord(address)) return ldText(address);
  const street = readDecodedText(address.streetAddress) ?? '';
  const parts = [address.addressRegion, address.addressLocality]
    .map((part) => ldText(part))
    .filter((part): part is string => part !== undefined && !street.includes(part));
  const text = uniqueTexts([...parts, street]).join(' ');
  return text === '' ? undefined : text;
}

/**
 * Returns the location texts and the first point of a `jobLocation` (a Place, a list of them, or a
 * string). `jobLocationType: 'TELECOMMUTE'` adds '재택'.
 *
 * @example ldLocations({ address: { addressLocality: '성남시 분당구' }, geo: { latitude: '37.4', longitude: 127.1 } })
 * // { locations: ['성남시 분당구'], coordinates: { lat: 37.4, lng: 127.1 } }
 */
export function ldLocations(
  jobLocation: unknown,
  jobLocationType?: unknown,
): { locations: string[]; coordinates?: RawCoordinates } {
  let coordinates: RawCoordinates | undefined;
  const texts: (string | undefined)[] = [];
  for (const place of ldList(jobLocation)) {
    if (!isRecord(place)) {
      texts.push(ldText(place));
      continue;
    }
    texts.push(...ldList(place.address).map(ldAddressText));
    if (place.address === undefined) texts.push(ldText(place.name));
    const geo = isRecord(place.geo) ? place.geo : undefined;
    const lat = readNumber(geo?.latitude);
    const lng = readNumber(geo?.longitude);
    if (coordinates === undefined && lat !== undefined && lng !== undefined && (lat !== 0 || lng !== 0))
      coordinates = { lat, lng };
  }
  const remote = ldList(jobLocationType).some((t) => typeof t === 'string' && /telecommute/i.test(t));
  const locations = uniqueTexts([...texts, remote ? '재택' : undefined]);
  return coordinates === undefined ? { locations } : { locations, coordinates };
}

// schema.org unitText values ('YEAR', 'MONTH', 'HOUR'); DAY and WEEK have no RawSalary period.
const PERIODS: Readonly<Record<string, RawSalary['period']>> = { YEAR: 'year', MONTH: 'month', HOUR: 'hour' };

/**
 * Returns the salary of a `baseSalary`: a MonetaryAmount in won gives numbers (unit 'won') and the
 * period; another currency or a plain text gives only a text.
 *
 * @example ldSalary({ currency: 'KRW', value: { minValue: 40000000, maxValue: 60000000, unitText: 'YEAR' } })
 * // { min: 40000000, max: 60000000, unit: 'won', period: 'year' }
 */
export function ldSalary(baseSalary: unknown): RawSalary | undefined {
  if (!isRecord(baseSalary)) {
    const text = ldText(baseSalary);
    return text === undefined ? undefined : { text };
  }
  const value = isRecord(baseSalary.value) ? baseSalary.value : { value: baseSalary.value };
  const exact = readNumber(value.value);
  const min = readNumber(value.minValue) ?? exact;
  const max = readNumber(value.maxValue) ?? exact;
  const unitText = readDecodedText(value.unitText ?? baseSalary.unitText)?.toUpperCase();
  const period = unitText === undefined ? undefined : PERIODS[unitText];
  const currency = readDecodedText(baseSalary.currency)?.toUpperCase();
  if (min === undefined && max === undefined) {
    const text = ldText(baseSalary.value) ?? ldText(baseSalary.description);
    return text === undefined ? undefined : { text };
  }
  if (currency !== undefined && currency !== 'KRW') {
    const range = min === max ? String(min) : `${min ?? ''}~${max ?? ''}`;
    return { text: [currency, range, unitText].filter(Boolean).join(' ') };
  }
  const salary: RawSalary = { unit: 'won' };
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  if (period !== undefined) salary.period = period;
  return salary;
}

/**
 * Returns the career of `experienceRequirements`: a text as is, or `monthsOfExperience` as whole
 * years (`min`), with the object's description as the text.
 *
 * @example ldCareer({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 36 }) // { min: 3 }
 * @example ldCareer('경력 3년 이상') // { text: '경력 3년 이상' }
 */
export function ldCareer(value: unknown): RawCareer | undefined {
  const first = ldList(value)[0];
  if (!isRecord(first)) {
    const text = ldText(value);
    return text === undefined ? undefined : { text };
  }
  const months = readNumber(first.monthsOfExperience);
  const text = readDecodedText(first.description) ?? readDecodedText(first.name);
  const career: RawCareer = {};
  if (text !== undefined) career.text = text;
  if (months !== undefined && months >= 0) {
    career.min = Math.floor(months / 12);
    if (months === 0) career.newcomer = true;
  }
  return Object.keys(career).length > 0 ? career : undefined;
}

/**
 * Returns the education text of `educationRequirements` (a text or EducationalOccupationalCredential).
 *
 * @example ldEducation({ credentialCategory: 'bachelor degree' }) // 'bachelor degree'
 */
export function ldEducation(value: unknown): string | undefined {
  const texts = ldList(value).map((v) =>
    isRecord(v) ? ldText(v.credentialCategory ?? v.name ?? v.description) : ldText(v),
  );
  return readDecodedText(uniqueTexts(texts).join(','));
}
