import { z } from 'zod';
import { RawSections } from './raw-posting.js';

/** Years of experience a posting asks for. `maxYears: null` means no upper bound. */
export const Career = z.object({
  minYears: z.number(),
  maxYears: z.number().nullable(),
  /** Newcomers (신입) may apply. */
  newcomer: z.boolean(),
  /** One canonical Korean label per value: '신입', '경력무관', '경력 3~5년', '경력 5년 이상', '신입~경력 3년'. */
  label: z.string(),
});
export type Career = z.infer<typeof Career>;

/** A Korean address split into its parts; see `parseAddress`. */
export const Address = z.object({
  /** Current official full name of the 시도 ('서울특별시', '경기도', '전남광주통합특별시'). */
  sido: z.string(),
  /** 시군구, with the city kept for a 일반구 ('성남시 분당구'). */
  sigungu: z.string().optional(),
  /** 읍/면/동 named in the address itself (not the 참고항목 parentheses). */
  eupmyeondong: z.string().optional(),
  /** Road name without inner spaces ('영동대로85길'). */
  road: z.string().optional(),
  /** '152' or '152-3'. */
  buildingNo: z.string().optional(),
  /** Lot number of a 지번 address ('524-36', '산 12'). */
  jibun: z.string().optional(),
  /** Floors, rooms, building names and parentheses. */
  detail: z.string().optional(),
  /** The road address is underground ('지하'). */
  underground: z.boolean().optional(),
  /** The clean string to send to a geocoder ('서울특별시 강남구 테헤란로 152'). */
  query: z.string(),
});
export type Address = z.infer<typeof Address>;

export const GeoPrecision = z.enum(['building', 'road', 'eupmyeondong', 'sigungu', 'sido']);
export type GeoPrecision = z.infer<typeof GeoPrecision>;

/** A WGS84 point, how precise it is, and who placed it. */
export const GeoPoint = z.object({
  lat: z.number(),
  lng: z.number(),
  precision: GeoPrecision,
  provider: z.string(),
  /** The 10-digit administrative code of the area the point is in, when the provider knows it. */
  code: z.string().optional(),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** What a location text is: one address, several, a region only, remote work or anywhere. */
export const LocationKind = z.enum([
  'address',
  'region',
  'multi',
  'remote',
  'nationwide',
  'overseas',
  /** A place several 시도 could hold ('중구 퇴계로 385'): its candidates are kept, none is chosen. */
  'ambiguous',
  'unknown',
]);
export type LocationKind = z.infer<typeof LocationKind>;

export const EmploymentType = z.enum([
  'fulltime',
  'contract',
  'intern',
  'dispatch',
  'freelance',
  'parttime',
  'other',
]);
export type EmploymentType = z.infer<typeof EmploymentType>;

/** Employment terms. `conversion` marks an internship or contract that may turn into a permanent post. */
export const Employment = z.object({
  types: z.array(EmploymentType),
  conversion: z.boolean(),
  label: z.string(),
});
export type Employment = z.infer<typeof Employment>;

/** When applications close. `date` is KST 'YYYY-MM-DD' or null when there is none. */
export const Deadline = z.object({
  kind: z.enum(['date', 'always', 'until-filled']),
  date: z.string().nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

/** Pay in won. `negotiable` covers '회사내규에 따름' and '면접 후 결정'. */
export const Salary = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  period: z.enum(['year', 'month', 'hour']).nullable(),
  negotiable: z.boolean(),
  currency: z.literal('KRW'),
});
export type Salary = z.infer<typeof Salary>;

export const EducationLevel = z.enum(['any', 'highschool', 'associate', 'bachelor', 'master', 'doctor']);
export type EducationLevel = z.infer<typeof EducationLevel>;

/** The lowest degree a posting asks for. */
export const Education = z.object({
  level: EducationLevel,
  /** Graduation expected, not yet held ('졸업예정자 가능'). */
  expectedOk: z.boolean(),
  label: z.string(),
});
export type Education = z.infer<typeof Education>;

/** Korean alternative military service programmes a posting offers. */
export const MilitaryService = z.object({
  /** 병역특례 in general (when the programme is not named). */
  exemption: z.boolean(),
  /** 전문연구요원. */
  researcher: z.boolean(),
  /** 산업기능요원. */
  industrial: z.boolean(),
});
export type MilitaryService = z.infer<typeof MilitaryService>;

/** The values a posting had before normalization, kept beside the canonical ones. */
export const PostingRaw = z.object({
  company: z.string(),
  career: z.string().nullable(),
  stackTags: z.array(z.string()),
  categories: z.array(z.string()),
  locations: z.array(z.string()),
  deadline: z.string().nullable(),
  employmentType: z.string().nullable(),
  salary: z.string().nullable(),
  education: z.string().nullable(),
});
export type PostingRaw = z.infer<typeof PostingRaw>;

/** One normalized posting. Canonical values sit beside `raw`; `warnings` say what could not be read. */
export const Posting = z.object({
  /** '{source}:{sourceId}'. */
  id: z.string(),
  /**
   * Shared by the copies of one job posted on several sites, and kept by a posting while it stays
   * listed; filled by the pipeline or `linkJobs`. Absent on postings stored before jobs were linked.
   */
  jobId: z.string().optional(),
  source: z.string(),
  sourceId: z.string(),
  url: z.string(),
  title: z.string(),
  /** Normalized company name ('카카오'). */
  company: z.string(),
  companyId: z.string().nullable(),
  career: Career.nullable(),
  /** Canonical stack ids from the site's tags, first-seen order. */
  stacks: z.array(z.string()),
  /** Canonical stack ids found in the description text but not in the tags. */
  mentionedStacks: z.array(z.string()),
  /** Job-family ids. */
  positions: z.array(z.string()),
  /** Categories that map to no job family, kept visible. */
  unknownPositions: z.array(z.string()),
  /** The first place of work, parsed. */
  address: Address.nullable(),
  /** Every place of work the posting names. */
  addresses: z.array(Address),
  locationKind: LocationKind,
  geo: GeoPoint.nullable(),
  /** Set by the geo stage when one company has several sites ('하이닉스 대전'). */
  branch: z.string().nullable(),
  deadline: Deadline.nullable(),
  /**
   * The deadline date has passed: true from the first KST day after it (the date itself still counts
   * as open), as of the run that wrote the posting. Distinct from closed (gone from its site). Postings
   * stored before this field read as false.
   */
  expired: z.boolean().default(false),
  employment: Employment.nullable(),
  salary: Salary.nullable(),
  education: Education.nullable(),
  military: MilitaryService,
  sections: RawSections,
  postedAt: z.string().nullable(),
  updatedAt: z.string().nullable(),
  fetchedAt: z.string(),
  raw: PostingRaw,
  warnings: z.array(z.string()),
});
export type Posting = z.infer<typeof Posting>;
