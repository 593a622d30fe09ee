// Shapes of Saramin: the Open API JSON (https://oapi.saramin.co.kr/guide/job-search) and what the parsers
// read out of the HTML search and the `view-ajax` detail. Loose on unknown keys; only the id, title and
// company are required. Codes come as strings ('1,10,2') or numbers; names may hold HTML entities
// ('서울 &gt; 강남구').
import { z } from 'zod';

const Id = z.union([z.number().int(), z.string().regex(/^\d+$/)]);
const Code = z.union([z.string(), z.number()]).nullish();
const Text = z.string().nullish();
/** Unix seconds, as a string in real answers ('1790000000'). */
const Stamp = z.union([z.string(), z.number()]).nullish();

/** A `{code, name}` pair of the Open API. */
export const SaraminCodeName = z.looseObject({ code: Code, name: Text });

/** One `jobs.job[]` item of `GET https://oapi.saramin.co.kr/job-search`. */
export const SaraminApiJob = z.looseObject({
  id: Id,
  url: Text,
  active: Code,
  company: z.looseObject({
    detail: z.looseObject({ href: Text, name: z.string().trim().min(1) }),
  }),
  position: z.looseObject({
    title: z.string().trim().min(1),
    industry: SaraminCodeName.nullish(),
    location: SaraminCodeName.nullish(),
    'job-type': SaraminCodeName.nullish(),
    'job-mid-code': SaraminCodeName.nullish(),
    'job-code': SaraminCodeName.nullish(),
    'experience-level': z.looseObject({ code: Code, min: Code, max: Code, name: Text }).nullish(),
    'required-education-level': SaraminCodeName.nullish(),
  }),
  keyword: Text,
  salary: SaraminCodeName.nullish(),
  'posting-timestamp': Stamp,
  'modification-timestamp': Stamp,
  'opening-timestamp': Stamp,
  'expiration-timestamp': Stamp,
  'posting-date': Text,
  'expiration-date': Text,
  'close-type': SaraminCodeName.nullish(),
});
export type SaraminApiJob = z.infer<typeof SaraminApiJob>;

/** The Open API envelope `{jobs{count, start, total (a string), job[]}}`. */
export const SaraminApiEnvelope = z.looseObject({
  jobs: z.looseObject({
    count: Code,
    start: Code,
    total: Code,
    // An empty page may leave `job` out.
    job: z.array(z.unknown()).default([]),
  }),
});
export type SaraminApiEnvelope = z.infer<typeof SaraminApiEnvelope>;

/** One search card (`div.item_recruit`) as read from the page. */
export const SaraminSearchCard = z.looseObject({
  id: z.string().regex(/^\d+$/),
  title: z.string().min(1),
  company: z.string().min(1),
  companyHref: z.string().optional(),
  deadline: z.string().optional(),
  /** The `.job_condition > span` texts in page order: location, career, education, employment, salary. */
  conditions: z.array(z.string()),
  /** The `.job_sector a` keywords. */
  sectors: z.array(z.string()),
  /** '등록일 26/09/26' or '수정일 26/09/26'. */
  day: z.string().optional(),
});
export type SaraminSearchCard = z.infer<typeof SaraminSearchCard>;

/** What a `view-ajax` detail holds once read: the id is required, the rest is whatever the page shows. */
export const SaraminDetailRecord = z.looseObject({
  id: z.string({ error: 'the page names no rec_idx; pass { id } of the requested posting' }).regex(/^\d+$/),
  title: z.string().optional(),
  company: z.string().optional(),
  companyHref: z.string().optional(),
  /** The 핵심 정보 pairs: { 경력: '신입·경력 1~10년', 학력: '대졸(4년제) 이상', … }. */
  summary: z.record(z.string(), z.string()),
  /** The 접수기간 pairs: { 시작일: '2025.06.19 00:00', 마감일: '2025.07.31 23:59' }. */
  period: z.record(z.string(), z.string()),
  address: z.string().optional(),
  latitude: z.string().optional(),
  longitude: z.string().optional(),
  /** Section HTML by block: detail, benefit, company. */
  sections: z.record(z.string(), z.string()),
});
export type SaraminDetailRecord = z.infer<typeof SaraminDetailRecord>;
