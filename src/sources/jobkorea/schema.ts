// JobKorea is read from its HTML pages (its XML feed needs a partner agreement). These schemas describe what
// the parsers read out of the page — a search card and a GI_Read detail — and the schema.org JobPosting
// embedded as JSON-LD.
import { z } from 'zod';

/** One search card as read from the page: the id, title and company are required. */
export const JobKoreaCard = z.looseObject({
  id: z.string().regex(/^\d+$/),
  href: z.string(),
  title: z.string().min(1),
  company: z.string().min(1),
  /** Chip texts by icon name, e.g. { place2: '서울 마포구 외 14', briefcase: '백엔드개발자, …' }. */
  chips: z.array(z.object({ icon: z.string().optional(), text: z.string() })),
  badges: z.array(z.string()),
  buttons: z.array(z.string()),
  /** Every other text span: career, education, deadline, salary, employment. */
  texts: z.array(z.string()),
});
export type JobKoreaCard = z.infer<typeof JobKoreaCard>;

/** A schema.org Place or PostalAddress as JobKorea writes it (string or object). */
const LdAddress = z.union([
  z.string(),
  z.looseObject({
    addressRegion: z.string().nullish(),
    addressLocality: z.string().nullish(),
    streetAddress: z.string().nullish(),
  }),
]);

/** The JSON-LD `JobPosting` of a GI_Read page; every key is optional because pages vary. */
export const JobPostingLd = z.looseObject({
  '@type': z.union([z.string(), z.array(z.string())]),
  title: z.string().nullish(),
  url: z.string().nullish(),
  identifier: z.union([z.string(), z.number(), z.looseObject({ value: z.unknown().optional() })]).nullish(),
  hiringOrganization: z.union([z.string(), z.looseObject({ name: z.string().nullish() })]).nullish(),
  jobLocation: z
    .union([
      z.looseObject({ address: LdAddress.nullish() }),
      z.array(z.looseObject({ address: LdAddress.nullish() })),
    ])
    .nullish(),
  validThrough: z.string().nullish(),
  datePosted: z.string().nullish(),
  employmentType: z.union([z.string(), z.array(z.string())]).nullish(),
  description: z.string().nullish(),
  experienceRequirements: z.unknown().optional(),
  educationRequirements: z.unknown().optional(),
  baseSalary: z.unknown().optional(),
  skills: z.union([z.string(), z.array(z.string())]).nullish(),
  occupationalCategory: z.union([z.string(), z.array(z.string())]).nullish(),
});
export type JobPostingLd = z.infer<typeof JobPostingLd>;

/** What a GI_Read page holds once read: the id is required, the rest is whatever the page shows. */
export const JobKoreaDetailRecord = z.looseObject({
  // A GI_Read fragment may carry no posting number; the fetcher passes the id it asked for.
  id: z
    .string({ error: 'the page names no GI posting number; pass { id } of the requested posting' })
    .regex(/^\d+$/),
  title: z.string().optional(),
  company: z.string().optional(),
  /** Label → value, e.g. { 고용형태: '인턴 (근무기간 2개월, 정규직 전환 가능)', 급여: '회사 내규에 따름' }. */
  fields: z.record(z.string(), z.string()),
  jsonLd: JobPostingLd.optional(),
  skills: z.array(z.string()),
});
export type JobKoreaDetailRecord = z.infer<typeof JobKoreaDetailRecord>;
