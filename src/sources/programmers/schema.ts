// Shapes of the Programmers career API (the field list of public clients that decode its real
// responses). Loose on unknown keys; only what identifies a posting (id, title, company name) is
// required. `careerRange` is kept unknown: its format was never observed (a string split on '...').
import { z } from 'zod';

const Id = z.union([z.number().int(), z.string().min(1)]);
const Text = z.string().nullish();
const Num = z.number().nullish();

/** A technical tag `{id, name, taggings_count, category, approved, display_order}`. */
export const ProgrammersTag = z.looseObject({ id: z.unknown().optional(), name: z.string() });

/** The company embedded in every position. */
export const ProgrammersCompany = z.looseObject({
  id: Id.nullish(),
  name: z.string().trim().min(1),
  address: Text,
  serviceName: Text,
  homeUrl: Text,
  logoUrl: Text,
  employeesCount: Num,
  benefitTags: z.array(z.string()).nullish(),
});
export type ProgrammersCompany = z.infer<typeof ProgrammersCompany>;

/** One item of `GET /api/job_positions` (`teamTechnicalTags` are names here, objects in the detail). */
export const ProgrammersListPosition = z.looseObject({
  id: Id,
  title: z.string().trim().min(1),
  url: Text,
  address: Text,
  career: Text,
  careerRange: z.unknown().optional(),
  companyId: Id.nullish(),
  jobType: Text,
  /** 만원 a year. */
  minSalary: Num,
  maxSalary: Num,
  signingBonus: Num,
  status: Text,
  startAt: Text,
  endAt: Text,
  createdAt: Text,
  updatedAt: Text,
  /** '상시 채용' for a posting without a deadline. */
  period: Text,
  jobCategoryIds: z.array(Id).nullish(),
  technicalTags: z.array(ProgrammersTag).nullish(),
  teamTechnicalTags: z.array(z.union([z.string(), ProgrammersTag])).nullish(),
  company: ProgrammersCompany,
});
export type ProgrammersListPosition = z.infer<typeof ProgrammersListPosition>;

/** The list envelope `{jobPositions[], filterParams, page (a string), totalPages, totalEntries}`. */
export const ProgrammersListEnvelope = z.looseObject({
  jobPositions: z.array(z.unknown()),
  page: z.union([z.string(), z.number()]).nullish(),
  totalPages: Num,
  totalEntries: Num,
});
export type ProgrammersListEnvelope = z.infer<typeof ProgrammersListEnvelope>;

/** The `jobPosition` of `GET /api/job_positions/{id}`: the list fields plus place, texts and team. */
export const ProgrammersDetailPosition = ProgrammersListPosition.extend({
  latitude: Num,
  longitude: Num,
  countryCode: Text,
  minCareer: Num,
  description: Text,
  requirement: Text,
  preferredExperience: Text,
  additionalInformation: Text,
  teamEnvironment: z.record(z.string(), z.unknown()).nullish(),
});
export type ProgrammersDetailPosition = z.infer<typeof ProgrammersDetailPosition>;

/** The detail envelope `{jobPosition{…}, settings{google{jobPosition (schema.org JobPosting), tagManager}}}`. */
export const ProgrammersDetailEnvelope = z.looseObject({
  jobPosition: z.unknown(),
  settings: z.looseObject({ google: z.looseObject({ jobPosition: z.unknown() }).nullish() }).nullish(),
});
export type ProgrammersDetailEnvelope = z.infer<typeof ProgrammersDetailEnvelope>;
