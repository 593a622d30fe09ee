import { ValidationError, type ValidationIssue } from '../model/errors/validation-error.js';
import type { Career, GeoPoint, Posting, PostingRaw } from '../model/posting.js';
import type { RawCareer, RawPosting, RawSalary, RawSections } from '../model/raw-posting.js';
import { FieldReader, identifier } from './_field-reader.js';
import { careerFromLevels, normalizeCareer, normalizeCareerRange } from './career.js';
import { cleanText } from './clean-text.js';
import { normalizeCompanyName } from './company.js';
import { normalizeDeadline } from './deadline.js';
import { normalizeEducation } from './education.js';
import { normalizeEmploymentType } from './employment.js';
import { isExpiredOn, kstDay } from './expiry.js';
import { readPostingLocation } from './location.js';
import { detectMilitaryService } from './military.js';
import { normalizePosition } from './position.js';
import { normalizeSalary } from './salary.js';
import { extractStacks, normalizeStacks } from './stacks/index.js';
import { cleanDescription } from './text.js';

/** Options of {@link normalizePosting}. */
export interface NormalizePostingOptions {
  /**
   * The moment deadlines without a year ('~09/13', 'D-19') are read against, and `expired` is judged
   * on (its KST day).
   * @default the posting's `fetchedAt`, else now
   */
  now?: Date;
  /**
   * Look for technologies mentioned in the description sections (`mentionedStacks`). Off by default:
   * it scans every description and costs more than all the other fields together; turn it on where
   * the features need it.
   * @default false
   */
  mentions?: boolean;
}

const SECTION_KEYS = [
  'intro',
  'mainTasks',
  'requirements',
  'preferred',
  'benefits',
  'process',
  'etc',
] as const;
// Sections where a technology named is one the job uses; the intro describes the company's product,
// benefits and process only add noise.
const MENTION_SECTIONS = ['mainTasks', 'requirements', 'preferred'] as const;
// Rallit's level codes (`jobLevels`) as its parser joins them: 'SENIOR,MIDDLE'.
const LEVEL_CODES = /^[A-Z_]+(?:,[A-Z_]+)*$/;
// A point outside this box is not in Korea: a swapped lat/lng or a placeholder (0, 0).
const KOREA_BOUNDS = { minLat: 32.8, maxLat: 38.9, minLng: 124.3, maxLng: 132.2 };

/**
 * Returns the normalized {@link Posting} for one raw posting: canonical career, stacks, job families,
 * company, address, deadline, employment, salary, education and cleaned text, with the raw values
 * kept in `raw` and every field it could not read named in `warnings`.
 *
 * Fields of the wrong type are treated as missing (with a warning), so a posting from a site that
 * changed a little still flows. Only a record that cannot be identified is refused.
 *
 * @throws {ValidationError} when `raw` is not an object or has no `source`/`sourceId`; quarantine it.
 * @example
 * normalizePosting({ source: 'jumpit', sourceId: '1', url: 'https://…', fetchedAt: '2026-11-29T09:00:00+09:00',
 *   title: '백엔드 개발자', company: '(주)카카오', stackTags: ['Java/Spring'], career: { text: '경력 3~5년' } })
 * // → { id: 'jumpit:1', company: '카카오', stacks: ['java', 'spring'], career: { minYears: 3, maxYears: 5, … }, … }
 */
export function normalizePosting(raw: RawPosting, options: NormalizePostingOptions = {}): Posting {
  const input = readIdentity(raw);
  const warnings: string[] = [];
  const field = new FieldReader(input.record, warnings);

  const fetchedAt = field.string('fetchedAt') ?? new Date().toISOString();
  const now = options.now ?? dateOrNow(fetchedAt);
  const stackTags = field.strings('stackTags');
  const categories = field.strings('categories');
  const locations = field.strings('locations');
  const tags = field.strings('tags');
  const rawCareer = field.object<RawCareer>('career');
  const rawSalary = field.object<RawSalary>('salary');
  const sections = readSections(field.object<RawSections>('sections'), warnings);
  const companyRaw = field.string('company') ?? '';
  const deadlineRaw = field.string('deadline');
  const employmentRaw = field.string('employmentType');
  const educationRaw = field.string('education');

  const stacks = normalizeStacks(stackTags);
  const positions: string[] = [];
  const unknownPositions: string[] = [];
  for (const category of categories) {
    const family = normalizePosition(category);
    if (family === null) unknownPositions.push(category);
    else if (!positions.includes(family)) positions.push(family);
  }

  const location = readPostingLocation(locations);
  // Some sites give no category at all (Rallit lists), or only ones that map to no family (a site id
  // not in the tables); the title then names the job ('시니어 백엔드 개발자'). Unmapped ones stay listed.
  const titleRaw = field.string('title') ?? '';
  if (positions.length === 0) {
    const family = normalizePosition(titleRaw);
    if (family !== null) positions.push(family);
  }

  const { addresses } = location;
  const career = readCareer(rawCareer, warnings);
  const deadline =
    input.record.alwaysOpen === true
      ? { kind: 'always' as const, date: null }
      : deadlineRaw === undefined
        ? null
        : normalizeDeadline(deadlineRaw, { now });
  if (deadlineRaw !== undefined && deadline === null) warnings.push(`deadline: unreadable '${deadlineRaw}'`);
  const employment = employmentRaw === undefined ? null : normalizeEmploymentType(employmentRaw);
  const education = educationRaw === undefined ? null : normalizeEducation(educationRaw);
  const salary = rawSalary === undefined ? null : normalizeSalary(rawSalary);

  const raws: PostingRaw = {
    company: companyRaw,
    career: typeof rawCareer?.text === 'string' ? rawCareer.text : null,
    stackTags,
    categories,
    locations,
    deadline: deadlineRaw ?? null,
    employmentType: employmentRaw ?? null,
    salary: typeof rawSalary?.text === 'string' ? rawSalary.text : null,
    education: educationRaw ?? null,
  };

  return {
    id: `${input.source}:${input.sourceId}`,
    source: input.source,
    sourceId: input.sourceId,
    url: field.string('url') ?? '',
    title: cleanText(titleRaw),
    company: normalizeCompanyName(companyRaw),
    companyId: field.id('companyId'),
    career,
    stacks,
    mentionedStacks: options.mentions === true ? mentionedStacks(sections, stacks) : [],
    positions,
    unknownPositions,
    address: addresses[0] ?? null,
    addresses,
    locationKind: location.kind,
    geo: readCoordinates(input.record.coordinates, input.source, warnings),
    branch: null,
    deadline,
    expired: isExpiredOn(deadline, kstDay(now)),
    employment,
    salary,
    education,
    military: detectMilitaryService([...tags, titleRaw, sections.benefits ?? '']),
    sections,
    postedAt: field.string('postedAt') ?? null,
    updatedAt: field.string('updatedAt') ?? null,
    fetchedAt,
    raw: raws,
    warnings,
  };
}

function readIdentity(raw: unknown): { record: Record<string, unknown>; source: string; sourceId: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValidationError({
      what: 'raw posting',
      issues: [{ path: [], message: 'expected an object' }],
      input: raw,
    });
  }
  const record = raw as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const source = identifier(record.source);
  const sourceId = identifier(record.sourceId);
  if (source === null) issues.push({ path: ['source'], message: 'expected a non-empty string' });
  if (sourceId === null)
    issues.push({ path: ['sourceId'], message: 'expected a non-empty string or number' });
  if (source === null || sourceId === null) {
    throw new ValidationError({ what: 'raw posting', issues, input: raw, source: source ?? undefined });
  }
  return { record, source, sourceId };
}

function readSections(sections: RawSections | undefined, warnings: string[]): RawSections {
  const clean: RawSections = {};
  if (sections === undefined) return clean;
  for (const key of SECTION_KEYS) {
    const value = sections[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      warnings.push(`sections.${key}: expected a string, got ${typeof value}`);
      continue;
    }
    const text = cleanDescription(value);
    if (text.length > 0) clean[key] = text;
  }
  return clean;
}

// Structured fields are exact; the text is the fallback (and the only form some sites give).
function readCareer(raw: RawCareer | undefined, warnings: string[]): Career | null {
  if (raw === undefined) return null;
  const { min, max, newcomer, text } = raw;
  if (typeof min === 'number' || typeof max === 'number' || typeof newcomer === 'boolean') {
    const career = normalizeCareerRange(
      asNumber(min),
      asNumber(max),
      typeof newcomer === 'boolean' ? newcomer : undefined,
    );
    if (career !== null) return career;
  }
  if (typeof text === 'string' && text.length > 0) {
    const career = LEVEL_CODES.test(text) ? careerFromLevels(text.split(',')) : normalizeCareer(text);
    if (career === null) warnings.push(`career: unreadable '${text}'`);
    return career;
  }
  return null;
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function mentionedStacks(sections: RawSections, tagged: readonly string[]): string[] {
  const parts = MENTION_SECTIONS.map((key) => sections[key]).filter((part) => part !== undefined);
  if (parts.length === 0) return [];
  const known = new Set(tagged);
  return extractStacks(parts.join('\n')).filter((id) => !known.has(id));
}

function readCoordinates(value: unknown, source: string, warnings: string[]): GeoPoint | null {
  if (value === undefined || value === null) return null;
  const point = value as { lat?: unknown; lng?: unknown };
  const lat = coordinate(point.lat);
  const lng = coordinate(point.lng);
  const inKorea =
    lat >= KOREA_BOUNDS.minLat &&
    lat <= KOREA_BOUNDS.maxLat &&
    lng >= KOREA_BOUNDS.minLng &&
    lng <= KOREA_BOUNDS.maxLng;
  if (!inKorea) {
    warnings.push(`coordinates: (${lat}, ${lng}) is not in Korea`);
    return null;
  }
  return { lat, lng, precision: 'building', provider: source };
}

// Sites send numbers or numeric strings ('37.5'); anything else is no coordinate at all.
function coordinate(value: unknown): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

function dateOrNow(iso: string): Date {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}
