// A profile as given → the values the scorer works with: stacks normalized (unknown ones kept as
// written), families, regions and employment types read from ids or Korean words, the home placed.
// Every problem is a ProfileError naming the field; nothing else is thrown for a bad profile.
import type { z } from 'zod';
import type { CommuteMode } from '../commute/index.js';
import { isLatLng, type LatLng } from '../geo/distance.js';
import { gazetteerGeocoder } from '../geo/gazetteer.js';
import type { Geocoder } from '../geo/types.js';
import { ProfileError } from '../model/errors/profile-error.js';
import { EmploymentType } from '../model/posting.js';
import { normalizeCompanyName } from '../normalize/company.js';
import { normalizeEmploymentType } from '../normalize/employment.js';
import { JOB_FAMILIES, jobFamilyInfo, normalizePosition } from '../normalize/position.js';
import { extractStacks, normalizeStacks, stackIds } from '../normalize/stacks/index.js';
import { Profile } from './profile.js';
import { parseRegion, type RegionFilter } from './region-filter.js';

/** A profile read and checked: what the scorer works with. */
export interface ResolvedProfile {
  /** Canonical stack ids, then unknown stacks as written (lowercased), first-seen order. */
  stacks: string[];
  /** The stacks the dictionary does not know; matched as written. */
  unknownStacks: string[];
  /** Years of experience; 0 for a newcomer; null when not given. */
  years: number | null;
  newcomer: boolean;
  intro: string | null;
  home: LatLng | null;
  mode: CommuteMode;
  maxMinutes: number | null;
  families: ReadonlySet<string>;
  regions: readonly RegionFilter[];
  employment: ReadonlySet<EmploymentType>;
  /** Yearly pay floor in won. */
  salaryMin: number | null;
  /** Normalized company names and company ids, lowercased. */
  excludeCompanies: ReadonlySet<string>;
  /** What the caller should know: unknown stacks and the like. */
  warnings: string[];
}

/** Options of {@link resolveProfile}. */
export interface ResolveProfileOptions {
  /** Places a string home. @default gazetteerGeocoder() */
  geocoder?: Geocoder;
  signal?: AbortSignal;
}

let defaultGeocoder: Geocoder | undefined;
let knownIds: ReadonlySet<string> | undefined;
const squash = (s: string): string => s.toLowerCase().replace(/[\s/.,·()-]+/g, '');

function parseProfile(input: unknown): Profile {
  const parsed = Profile.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const field = issue.path.map(String).join('.') || '(profile)';
  const problem =
    issue.code === 'unrecognized_keys'
      ? `has unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      : issue.code === 'invalid_type' && issue.path.length === 0
        ? 'must be an object'
        : issue.message;
  throw new ProfileError({ field, problem, value: valueAt(input, issue.path) });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Returns the job-family id a text names: an id ('backend'), a family's Korean or English name
 * ('서버/백엔드', 'Backend'), or a category a site uses ('서버 개발자'); null when none.
 *
 * @example readFamily('프론트엔드') // 'frontend'
 */
export function readFamily(text: string): string | null {
  if (jobFamilyInfo(text)) return text;
  const key = squash(text);
  const named = JOB_FAMILIES.find((f) => squash(f.nameKo) === key || squash(f.nameEn) === key);
  return named?.id ?? normalizePosition(text);
}

function readEmployment(text: string): EmploymentType[] {
  const id = EmploymentType.safeParse(text.trim().toLowerCase());
  if (id.success) return [id.data];
  return normalizeEmploymentType(text)?.types ?? [];
}

function readList<T>(
  field: string,
  values: readonly string[] | undefined,
  read: (v: string) => T[],
  what: string,
): T[] {
  const out: T[] = [];
  (values ?? []).forEach((value, i) => {
    const found = read(value);
    if (found.length === 0) {
      throw new ProfileError({ field: `${field}.${i}`, problem: `names no ${what}`, value });
    }
    for (const item of found) if (!out.includes(item)) out.push(item);
  });
  return out;
}

function readStacks(profile: Profile): { stacks: string[]; unknown: string[] } {
  knownIds ??= new Set(stackIds());
  const given = normalizeStacks(profile.stacks ?? []);
  const fromIntro = profile.intro ? extractStacks(profile.intro) : [];
  const stacks = [...new Set([...given, ...fromIntro])];
  if (stacks.length === 0) {
    const field = profile.intro !== undefined && profile.intro.trim() !== '' ? 'intro' : 'stacks';
    throw new ProfileError({
      field,
      problem:
        field === 'intro'
          ? 'names no technology the stack dictionary knows'
          : 'is missing: give stacks or an intro',
      value: field === 'intro' ? profile.intro : profile.stacks,
      hint: "list stacks ('java, spring') or write an intro that names them",
    });
  }
  return { stacks, unknown: stacks.filter((id) => !knownIds!.has(id)) };
}

async function placeHome(home: Profile['home'], options: ResolveProfileOptions): Promise<LatLng | null> {
  if (home === undefined) return null;
  if (typeof home !== 'string') return { lat: home.lat, lng: home.lng };
  defaultGeocoder ??= options.geocoder === undefined ? gazetteerGeocoder() : undefined;
  const geocoder = options.geocoder ?? (defaultGeocoder as Geocoder);
  const point = await geocoder.geocode(home, { signal: options.signal });
  if (!isLatLng(point)) {
    throw new ProfileError({
      field: 'home',
      problem: `cannot be placed by the ${geocoder.name} geocoder`,
      value: home,
      hint: 'write a road address (서울 마포구 월드컵북로 396), a 동, or give { lat, lng }',
    });
  }
  return { lat: point.lat, lng: point.lng };
}

/**
 * Reads and checks a profile: stacks normalized from any spelling, plus those an `intro` names
 * (`extractStacks`); stacks the dictionary does not know kept as written and listed in `warnings`;
 * families, regions and employment types read from ids or Korean words; a string home placed with the
 * geocoder.
 *
 * @throws ProfileError naming the field: no stacks and no intro (or one naming no technology), years
 * outside 0–60, a newcomer with years, a home that cannot be placed, an unknown commute mode, maxMinutes
 * outside (0, 300], an unknown family, region or employment type, an unknown key.
 * @example
 * await resolveProfile({ stacks: ['스프링부트', 'JPA'], years: 3, regions: ['서울'] });
 * // { stacks: ['spring-boot', 'jpa'], years: 3, regions: [{ sido: '서울특별시' }], … }
 */
export async function resolveProfile(
  input: unknown,
  options: ResolveProfileOptions = {},
): Promise<ResolvedProfile> {
  const profile = parseProfile(input);
  const { stacks, unknown } = readStacks(profile);
  if (profile.newcomer === true && profile.years !== undefined && profile.years > 0) {
    throw new ProfileError({
      field: 'newcomer',
      problem: `contradicts years (${profile.years})`,
      value: true,
    });
  }
  const newcomer = profile.newcomer === true || profile.years === 0;
  const families = readList(
    'families',
    profile.families,
    (v) => {
      const id = readFamily(v);
      return id === null ? [] : [id];
    },
    'job family',
  );
  const regions = readList('regions', profile.regions, parseRegion, 'region (시도 or 시군구)');
  const employment = readList('employment', profile.employment, readEmployment, 'employment type');
  const home = await placeHome(profile.home, options);
  const excluded = new Set<string>();
  for (const name of profile.excludeCompanies ?? []) {
    if (name.trim() === '') continue;
    excluded.add(name.trim().toLowerCase());
    excluded.add(normalizeCompanyName(name).toLowerCase());
  }
  return {
    stacks,
    unknownStacks: unknown,
    years: profile.years ?? (newcomer ? 0 : null),
    newcomer,
    intro: profile.intro?.trim() || null,
    home,
    mode: profile.commute?.mode ?? 'transit',
    maxMinutes: profile.commute?.maxMinutes ?? null,
    families: new Set(families),
    regions,
    employment: new Set(employment),
    salaryMin: profile.salaryMin ?? null,
    excludeCompanies: excluded,
    warnings: unknown.map((id) => `stack "${id}" is not in the dictionary; matched as written`),
  };
}
