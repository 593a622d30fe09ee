import { ParseError } from '../../model/errors/parse-error.js';
import type { ParseResult } from '../../model/quarantine.js';
import type { RawPosting } from '../../model/raw-posting.js';
import { careerRange } from '../_career-range.js';
import { compact } from '../_compact.js';
import { fetchedAtOf, type ParseOptions } from '../_fetched-at.js';
import { MissingField, parseItems } from '../_parse-items.js';
import { readId, readNumber, readText } from '../_read-values.js';
import { uniqueTexts } from '../_text-lists.js';
import { wantedAlwaysOpen, wantedLocation } from './parse-list.js';
import {
  WantedJob as JobSchema,
  WantedChaosDetailEnvelope,
  WantedDetailEnvelope,
  type WantedJob,
  WantedNotFoundBody,
} from './schema.js';
import { WANTED_SKILL_TAGS } from './skill-tags.js';
import { WANTED_SOURCE, wantedJobUrl, wantedUrlOf } from './urls.js';

/**
 * Returns true for the chaos endpoints' "job not found" body (`{error_code:11001, data:null}`), which is
 * an answer about the job, not a broken body.
 *
 * @example isJobNotFound({ error_code: 11001, message: 'job not found exception', data: null }) // true
 */
export function isJobNotFound(body: unknown): boolean {
  return WantedNotFoundBody.safeParse(body).success;
}

/** Returns the job object and its path, whichever of the three detail envelopes holds it. */
function locateJob(body: unknown): { job: unknown; path: string[] } {
  const chaos = WantedChaosDetailEnvelope.safeParse(body);
  if (chaos.success && chaos.data.data.job !== undefined)
    return { job: chaos.data.data.job, path: ['data', 'job'] };
  const v4 = WantedDetailEnvelope.safeParse(body);
  if (v4.success && v4.data.job !== undefined) return { job: v4.data.job, path: ['job'] };
  throw new ParseError({
    message: 'body is not a Wanted job detail (no job nor data.job)',
    source: WANTED_SOURCE,
  });
}

/** Returns the skill names a detail lists and a tag for each skill given only by id. */
function readSkills(job: WantedJob): { names: string[]; tags: string[] } {
  const names: string[] = [];
  const tags: string[] = [];
  for (const tag of job.skill_tags ?? []) {
    // v4 writes `title`, chaos v1 writes `text`.
    const name = readText(tag.title) ?? readText(tag.text);
    const id = readNumber(tag.id ?? tag.tag_type_id);
    const known = id === undefined ? undefined : WANTED_SKILL_TAGS[id];
    if (name ?? known) names.push((name ?? known) as string);
    else if (id !== undefined) tags.push(`wanted-skill:${id}`);
  }
  return { names, tags };
}

/** Returns the job's categories: names from chaos v1 `category_tag.child_tags`, else `'wanted:<id>'`. */
function readCategories(job: WantedJob): string[] {
  const named = (job.category_tag?.child_tags ?? []).map(
    (c) => readText(c.text) ?? (c.id == null ? undefined : `wanted:${c.id}`),
  );
  const ids = (job.category_tags ?? []).map((c) => `wanted:${c.id}`);
  return uniqueTexts([...named, ...ids]);
}

/**
 * Returns the RawPosting of one Wanted detail body — v4 `{job}`, chaos v4 `{data:{job}}` or chaos v1
 * `{job:{detail:{position…}}}` — with sections, coordinates and skill names. A not-found body (see
 * {@link isJobNotFound}) gives no item and no issue.
 *
 * @throws {ParseError} when the body holds no job at all.
 * @example
 * const { items } = parseDetail({ job: { id: 5, position: '데이터 엔지니어', company: { id: 3, name: '별빛모빌리티' }, detail: { intro: '...' } } });
 * items[0]?.sections // { intro: '...' }
 */
export function parseDetail(body: unknown, opts?: ParseOptions): ParseResult<RawPosting> {
  if (isJobNotFound(body)) return { items: [], issues: [] };
  const { job: rawJob, path } = locateJob(body);
  const fetchedAt = fetchedAtOf(opts);
  return parseItems([rawJob], {
    source: WANTED_SOURCE,
    path,
    single: true,
    schema: JobSchema,
    urlOf: wantedUrlOf,
    toRaw: (job, raw) => {
      const title = readText(job.position) ?? readText(job.detail?.position);
      if (title === undefined)
        return new MissingField('position', 'the job has no title (position nor detail.position)');
      const sourceId = String(job.id);
      const skills = readSkills(job);
      const geo = job.address?.geo_location;
      const point = geo?.location ?? geo?.n_location;
      const detail = job.detail;
      return compact({
        source: WANTED_SOURCE,
        sourceId,
        url: wantedJobUrl(sourceId),
        fetchedAt,
        title,
        company: job.company.name,
        companyId: readId(job.company.id),
        categories: readCategories(job),
        stackTags: uniqueTexts(skills.names),
        career: careerRange(job.annual_from, job.annual_to, job.is_newbie),
        locations: uniqueTexts([wantedLocation(job.address)]),
        coordinates: point ? { lat: point.lat, lng: point.lng } : undefined,
        deadline: readText(job.due_time),
        alwaysOpen: wantedAlwaysOpen(job),
        employmentType: readText(job.employment_type),
        tags: uniqueTexts([
          ...skills.tags,
          ...(job.attraction_tags ?? []).map((t) => readText(t.title) ?? readText(t.text)),
          ...(job.company_tags ?? job.company.company_tags ?? []).map(
            (t) => readText(t.title) ?? readText(t.text),
          ),
          ...(job.additional_apply_type ?? []),
        ]),
        sections: compact({
          intro: detail?.intro ?? undefined,
          mainTasks: detail?.main_tasks ?? undefined,
          requirements: detail?.requirements ?? undefined,
          preferred: detail?.preferred_points ?? undefined,
          benefits: detail?.benefits ?? undefined,
          process: detail?.hire_rounds ?? undefined,
        }),
        payload: raw,
      });
    },
  });
}
