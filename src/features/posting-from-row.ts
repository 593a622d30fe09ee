// The inverse of toPostingRow: a flat row of the lake or the database read back as a Posting, for code
// that works on postings (recommend, linkJobs) over stored data. A row holds fewer fields than a
// posting; the ones it lacks get neutral values, listed in the TSDoc, never guesses.
import {
  type Address,
  type Career,
  type Deadline,
  type Education,
  EducationLevel,
  type Employment,
  EmploymentType,
  type GeoPoint,
  GeoPrecision,
  LocationKind,
  type Posting,
  type Salary,
} from '../model/posting.js';
import type { PostingRow } from '../model/rows.js';
import { careerLabel } from '../normalize/career.js';
import { normalizeEducation } from '../normalize/education.js';
import { employmentLabel } from '../normalize/employment.js';

/** The row fields fromPostingRow reads: a PostingRow without its run id (the database has another). */
export type PostingRowInput = Omit<PostingRow, 'run_id'> & { run_id?: string };

// Enum checks as sets: a lake holds 100,000 rows, and a zod parse per field would cost several times
// the rest of the conversion.
const DEADLINE_KINDS: ReadonlySet<string> = new Set<Deadline['kind']>(['date', 'always', 'until-filled']);
const SALARY_PERIODS: ReadonlySet<string> = new Set(['year', 'month', 'hour']);
const LOCATION_KINDS: ReadonlySet<string> = new Set(LocationKind.options);
const GEO_PRECISIONS: ReadonlySet<string> = new Set(GeoPrecision.options);
const EMPLOYMENT_TYPES: ReadonlySet<string> = new Set(EmploymentType.options);
// The level's own name ('bachelor', 'any') is a form normalizeEducation reads, so each level gets its
// canonical label ('대졸 이상') without a second table of labels.
const EDUCATIONS: ReadonlyMap<string, Education> = new Map(
  EducationLevel.options.map((level) => [
    level,
    normalizeEducation(level) ?? { level, expectedOk: false, label: level },
  ]),
);

/**
 * Returns the posting a {@link PostingRow} stands for: `toPostingRow(fromPostingRow(row), runId)` gives
 * the row back for every row `toPostingRow` writes. What a row does not hold reads as neutral:
 * `sections` `{}`; `mentionedStacks`, `unknownPositions` and `warnings` `[]`; `addresses` the one
 * address the row holds; an address only `sido`, `sigungu` and `query`; `education.expectedOk` and
 * `military.exemption` false; labels of employment and education rebuilt from their values (a career
 * keeps the row's label); `raw` the company name and nothing else. A value outside its enum (a
 * hand-edited row) is dropped: an unknown employment type, deadline kind or education level is left out,
 * an unknown geo precision reads as the coarsest, 'sido', an unknown location kind as 'unknown'.
 *
 * @example
 * fromPostingRow(row).career // { minYears: 3, maxYears: 5, newcomer: false, label: '경력 3~5년' }
 * fromPostingRow(row).geo // { lat: 37.3947, lng: 127.1112, precision: 'building', provider: 'kakao', … }
 */
export function fromPostingRow(row: PostingRowInput): Posting {
  const address = addressOf(row);
  return {
    id: row.id,
    ...(row.job_id ? { jobId: row.job_id } : {}),
    source: row.source,
    sourceId: row.source_id,
    url: row.url,
    title: row.title,
    company: row.company,
    companyId: row.company_id,
    career: careerOf(row),
    stacks: [...row.stacks],
    mentionedStacks: [],
    positions: [...row.positions],
    unknownPositions: [],
    address,
    addresses: address ? [address] : [],
    locationKind: LOCATION_KINDS.has(row.location_kind) ? (row.location_kind as LocationKind) : 'unknown',
    geo: geoOf(row),
    branch: row.branch,
    deadline: deadlineOf(row),
    expired: row.expired === true,
    employment: employmentOf(row),
    salary: salaryOf(row),
    education: educationOf(row),
    military: { exemption: false, researcher: row.military_researcher, industrial: row.military_industrial },
    sections: {},
    postedAt: row.posted_at,
    updatedAt: row.updated_at,
    fetchedAt: row.fetched_at,
    raw: {
      company: row.company,
      career: null,
      stackTags: [],
      categories: [],
      locations: [],
      deadline: null,
      employmentType: null,
      salary: null,
      education: null,
    },
    warnings: [],
  };
}

function careerOf(row: PostingRowInput): Career | null {
  if (row.career_min === null) return null;
  const newcomer = row.career_newcomer ?? row.career_min === 0;
  const label = row.career_label ?? careerLabel(row.career_min, row.career_max, newcomer);
  return { minYears: row.career_min, maxYears: row.career_max, newcomer, label };
}

function addressOf(row: PostingRowInput): Address | null {
  if (row.sido === null) return null;
  return {
    sido: row.sido,
    ...(row.sigungu !== null ? { sigungu: row.sigungu } : {}),
    query: row.address ?? row.sido,
  };
}

function geoOf(row: PostingRowInput): GeoPoint | null {
  if (row.lat === null || row.lng === null) return null;
  return {
    lat: row.lat,
    lng: row.lng,
    precision:
      row.geo_precision !== null && GEO_PRECISIONS.has(row.geo_precision)
        ? (row.geo_precision as GeoPrecision)
        : 'sido',
    provider: row.geo_provider ?? 'unknown',
    ...(row.region_code !== null ? { code: row.region_code } : {}),
  };
}

function deadlineOf(row: PostingRowInput): Deadline | null {
  if (row.deadline_kind === null || !DEADLINE_KINDS.has(row.deadline_kind)) return null;
  return { kind: row.deadline_kind as Deadline['kind'], date: row.deadline_date };
}

function employmentOf(row: PostingRowInput): Employment | null {
  const types = row.employment_types.filter((type) => EMPLOYMENT_TYPES.has(type)) as Employment['types'];
  // toPostingRow writes a posting without employment as no types and no conversion mark.
  if (types.length === 0 && row.employment_conversion === null) return null;
  const conversion = row.employment_conversion ?? false;
  return { types, conversion, label: employmentLabel(types, conversion) };
}

function salaryOf(row: PostingRowInput): Salary | null {
  const { salary_min: min, salary_max: max, salary_period: period, salary_negotiable: negotiable } = row;
  if (min === null && max === null && period === null && negotiable === null) return null;
  return {
    min,
    max,
    period: period !== null && SALARY_PERIODS.has(period) ? (period as Salary['period']) : null,
    negotiable: negotiable ?? false,
    currency: 'KRW',
  };
}

function educationOf(row: PostingRowInput): Education | null {
  const education = row.education === null ? undefined : EDUCATIONS.get(row.education);
  return education ? { ...education } : null;
}
