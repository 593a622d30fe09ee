// Shapes of the Jumpit API (`/api/positions` list, `/api/position/{id}` detail). Loose on unknown keys; only
// what identifies a posting (id, title, company) is required, everything else may be absent or null.
import { z } from 'zod';

const Id = z.union([z.number().int(), z.string().min(1)]);
const Text = z.string().nullish();
const Num = z.number().nullish();
const Bool = z.boolean().nullish();

/** One position of `GET /api/positions` (`techStacks` is a string array here, unlike the detail). */
export const JumpitListPosition = z.looseObject({
  id: Id,
  title: z.string(),
  companyName: z.string(),
  jobCategory: Text,
  techStacks: z.array(z.string()).nullish(),
  locations: z.array(z.string()).nullish(),
  minCareer: Num,
  maxCareer: Num,
  newcomer: Bool,
  alwaysOpen: Bool,
  closedAt: Text,
  serialNumber: Text,
  encodedSerialNumber: Text,
  logo: Text,
  imagePath: Text,
  viewCount: Num,
  scrapCount: Num,
  celebration: Num,
});
export type JumpitListPosition = z.infer<typeof JumpitListPosition>;

/** The list envelope `{message, status, code:'P004', result{totalCount, page, positions[]}}`. */
export const JumpitListEnvelope = z.looseObject({
  code: z.string().nullish(),
  message: z.string().nullish(),
  result: z.looseObject({
    totalCount: z.number().nullish(),
    page: z.number().nullish(),
    positions: z.array(z.unknown()),
  }),
});
export type JumpitListEnvelope = z.infer<typeof JumpitListEnvelope>;

/** The schema.org object the 2023 detail API embedded (`jobPostingForSearchEngine`; absent in 2026). */
export const JumpitSearchEngineJobPosting = z.looseObject({
  employmentType: z.union([z.string(), z.array(z.string())]).nullish(),
  experienceRequirements: z.unknown().optional(),
});

/** The `result` of `GET /api/position/{id}` (`techStacks` are objects here). */
export const JumpitDetailPosition = z.looseObject({
  id: Id,
  title: z.string(),
  companyName: z.string(),
  techStacks: z.array(z.looseObject({ stack: z.string(), imagePath: Text })).nullish(),
  serviceInfo: Text,
  responsibility: Text,
  qualifications: Text,
  preferredRequirements: Text,
  welfares: Text,
  recruitProcess: Text,
  newcomer: Bool,
  minCareer: Num,
  maxCareer: Num,
  publishedAt: Text,
  closedAt: Text,
  alwaysOpen: Bool,
  location: Text,
  workingPlaces: z.array(z.looseObject({ address: Text })).nullish(),
  jobCategories: z.array(z.looseObject({ id: z.unknown().optional(), name: z.string() })).nullish(),
  tags: z.array(z.looseObject({ id: z.unknown().optional(), name: z.string(), emoticon: Text })).nullish(),
  educationName: Text,
  serialNumber: Text,
  companyProfileId: z.union([z.number(), z.string()]).nullish(),
  jobPostingForSearchEngine: JumpitSearchEngineJobPosting.nullish(),
});
export type JumpitDetailPosition = z.infer<typeof JumpitDetailPosition>;

/** The detail envelope `{message, status, code:'C001', result{…}}`; closed postings answer code 'C003'. */
export const JumpitDetailEnvelope = z.looseObject({
  code: z.string().nullish(),
  message: z.string().nullish(),
  result: z.unknown(),
});
export type JumpitDetailEnvelope = z.infer<typeof JumpitDetailEnvelope>;
