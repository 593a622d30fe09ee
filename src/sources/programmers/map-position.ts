// One Programmers position (list item or detail) to a RawPosting. The detail adds the point, the
// texts and the team; its schema.org JobPosting (`settings.google.jobPosition`) fills what the position
// leaves out.
import type { RawCareer, RawPosting, RawSalary } from '../../model/raw-posting.js';
import { compact } from '../_compact.js';
import { isRecord, readDecodedText, readId, readNumber, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { ldLocations, ldText, ldTexts } from '../json-ld/ld-values.js';
import type { ProgrammersDetailPosition, ProgrammersListPosition } from './schema.js';
import { PROGRAMMERS_SOURCE, programmersPositionUrl } from './urls.js';

// A careerRange written as a range: '3...7', '3..7', '3~7', '3-7', '5...' (public clients split it on '...').
const RANGE = /^\s*(\d{1,2})?\s*(?:\.{2,3}|~|-)\s*(\d{1,3})?\s*$/;

// The detail's `teamEnvironment` keys, as tag prefixes.
const TEAM_KEYS = [
  'developerCount',
  'os',
  'versionControl',
  'collaborationTool',
  'reviewTool',
  'reviewMethod',
];

/** Returns the career: range numbers from `careerRange` (a range string or `{begin,end}`), else its text. */
function careerOf(p: ProgrammersListPosition & Partial<ProgrammersDetailPosition>): RawCareer | undefined {
  const range = p.careerRange;
  let min: number | undefined;
  let max: number | undefined;
  let text = readText(p.career);
  const match = typeof range === 'string' ? RANGE.exec(range) : null;
  if (match) {
    min = readNumber(match[1]);
    max = readNumber(match[2]);
  } else if (isRecord(range)) {
    min = readNumber(range.begin ?? range.min ?? range.from);
    max = readNumber(range.end ?? range.max ?? range.to);
  } else {
    // '신입 채용', '경력 무관': the text says more than the `career` code next to it.
    text = readText(range) ?? text;
  }
  min ??= readNumber(p.minCareer);
  const career = compact({ text, min, max });
  return Object.keys(career).length > 0 ? career : undefined;
}

/** Returns a section as written (markdown or HTML), or undefined when it is blank. */
function section(value: string | null | undefined): string | undefined {
  return readText(value) === undefined ? undefined : (value ?? undefined);
}

/** Returns the yearly salary in 만원 when the position gives one (0 means "not stated"). */
function salaryOf(p: ProgrammersListPosition): RawSalary | undefined {
  const min = p.minSalary != null && p.minSalary > 0 ? p.minSalary : undefined;
  const max = p.maxSalary != null && p.maxSalary > 0 ? p.maxSalary : undefined;
  if (min === undefined && max === undefined) return undefined;
  return compact({ min, max, unit: 'manwon' as const, period: 'year' as const });
}

/** Returns the tags: company benefits, team environment ('team:os=macOS') and a signing bonus. */
function tagsOf(p: ProgrammersListPosition & Partial<ProgrammersDetailPosition>): string[] {
  const team = p.teamEnvironment ?? {};
  return uniqueTexts([
    ...(p.company.benefitTags ?? []),
    ...TEAM_KEYS.map((key) => {
      const value = readText(team[key]) ?? (typeof team[key] === 'number' ? String(team[key]) : undefined);
      return value === undefined ? undefined : `team:${key}=${value}`;
    }),
    p.signingBonus != null && p.signingBonus > 0 ? `signing-bonus:${p.signingBonus}만원` : undefined,
  ]);
}

/**
 * Returns the RawPosting of one position; `ld` is the detail's schema.org JobPosting, if any.
 *
 * @example mapProgrammersPosition(position, position, { fetchedAt }).categories // ['programmers:1']
 */
export function mapProgrammersPosition(
  p: ProgrammersListPosition & Partial<ProgrammersDetailPosition>,
  raw: unknown,
  ctx: { fetchedAt: string; ld?: Record<string, unknown> | undefined },
): RawPosting {
  const sourceId = String(p.id);
  const ld = ctx.ld;
  const fromLd = ld === undefined ? { locations: [] } : ldLocations(ld.jobLocation, ld.jobLocationType);
  const lat = p.latitude ?? undefined;
  const lng = p.longitude ?? undefined;
  const teamTags = (p.teamTechnicalTags ?? []).map((t) => (typeof t === 'string' ? t : t.name));
  const own = uniqueTexts([p.address, ...fromLd.locations]);
  const alwaysOpen = /상시/.test(p.period ?? '') ? true : undefined;
  return compact({
    source: PROGRAMMERS_SOURCE,
    sourceId,
    url: programmersPositionUrl(sourceId),
    fetchedAt: ctx.fetchedAt,
    title: readDecodedText(p.title) ?? p.title,
    company: readDecodedText(p.company.name) ?? p.company.name,
    companyId: readId(p.companyId) ?? readId(p.company.id),
    categories: uniqueTexts((p.jobCategoryIds ?? []).map((id) => `programmers:${id}`)),
    // Team tags are the tools the team uses; they are technologies too and go after the posting's own.
    stackTags: uniqueTexts([...(p.technicalTags ?? []).map((t) => t.name), ...teamTags]),
    career: careerOf(p),
    // The company address is the head office: only a fallback when neither the position nor JSON-LD has one.
    locations: own.length > 0 ? own : uniqueTexts([p.company.address]),
    // 0/0 is what the API sends for "no point" on some positions.
    coordinates:
      lat !== undefined && lng !== undefined && (lat !== 0 || lng !== 0) ? { lat, lng } : fromLd.coordinates,
    deadline: readText(p.endAt) ?? ldText(ld?.validThrough) ?? readText(p.period),
    alwaysOpen,
    employmentType: readText(p.jobType) ?? (ldTexts(ld?.employmentType).join(',') || undefined),
    salary: salaryOf(p),
    tags: tagsOf(p),
    sections: compact({
      intro: section(p.description),
      requirements: section(p.requirement),
      preferred: section(p.preferredExperience),
      etc: section(p.additionalInformation),
    }),
    // createdAt is when the record was made, not published: the last resort.
    postedAt: readText(p.startAt) ?? ldText(ld?.datePosted) ?? readText(p.createdAt),
    updatedAt: readText(p.updatedAt),
    payload: raw,
  });
}
