import { z } from 'zod';

/** Career as a site states it: free text ('경력 3~5년'), structured fields, or both. */
export const RawCareer = z.looseObject({
  /** The site's text, e.g. '신입·경력 1~10년'. */
  text: z.string().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  newcomer: z.boolean().nullable().optional(),
});
export type RawCareer = z.infer<typeof RawCareer>;

/** A point a site gives with the posting (Wanted detail, Saramin `data-latitude`). */
export const RawCoordinates = z.object({ lat: z.number(), lng: z.number() });
export type RawCoordinates = z.infer<typeof RawCoordinates>;

/** The free-text sections of a posting's description, each as the site wrote it (HTML or text). */
export const RawSections = z.looseObject({
  intro: z.string().optional(),
  mainTasks: z.string().optional(),
  requirements: z.string().optional(),
  preferred: z.string().optional(),
  benefits: z.string().optional(),
  process: z.string().optional(),
  etc: z.string().optional(),
});
export type RawSections = z.infer<typeof RawSections>;

/** Salary as a site states it: text ('3,600~4,800만원') and/or numbers with their unit. */
export const RawSalary = z.looseObject({
  text: z.string().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  /** The unit of `min`/`max` as the site uses it. */
  unit: z.enum(['won', 'manwon']).optional(),
  period: z.enum(['year', 'month', 'hour']).optional(),
});
export type RawSalary = z.infer<typeof RawSalary>;

/**
 * What one site gives about one posting, in a site-independent envelope. Values are kept as the site
 * wrote them; `normalizePosting` turns them into a {@link Posting}. `payload` keeps the untouched item.
 */
export const RawPosting = z.looseObject({
  /** The source id, e.g. 'jumpit'. */
  source: z.string().min(1),
  /** The site's own id of the posting. */
  sourceId: z.string().min(1),
  /** The public page of the posting. */
  url: z.string(),
  /** When it was fetched, ISO 8601 with offset. */
  fetchedAt: z.string(),
  title: z.string(),
  company: z.string(),
  /** The site's id of the company (Wanted company.id, Jumpit serialNumber, Saramin csn). */
  companyId: z.string().optional(),
  /** The site's job categories, by name ('서버/백엔드 개발자') or id ('wanted:872'). */
  categories: z.array(z.string()).default([]),
  /** Technology tags as listed by the site. */
  stackTags: z.array(z.string()).default([]),
  career: RawCareer.optional(),
  /** Location texts ('서울 강남구', '경기 성남시 분당구 판교역로 235'). */
  locations: z.array(z.string()).default([]),
  coordinates: RawCoordinates.optional(),
  /** Deadline as written ('~09/13', 'D-19', '2026-08-31T23:59:59', '상시채용'). */
  deadline: z.string().optional(),
  /** The site says the posting has no deadline. */
  alwaysOpen: z.boolean().optional(),
  employmentType: z.string().optional(),
  salary: RawSalary.optional(),
  education: z.string().optional(),
  /** Other tags (benefits, attractions, military-service programmes). */
  tags: z.array(z.string()).default([]),
  sections: RawSections.default({}),
  postedAt: z.string().optional(),
  updatedAt: z.string().optional(),
  /** The item exactly as the site sent it. */
  payload: z.unknown().optional(),
});
export type RawPosting = z.input<typeof RawPosting>;
export type ParsedRawPosting = z.output<typeof RawPosting>;
