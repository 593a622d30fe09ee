// A posting's life across runs: when it was first and last seen, when it closed, and what changed on the
// way. Stored beside the lake so salary raises, stack changes and re-openings can be analysed over time.
import { z } from 'zod';

/** The posting fields whose changes are tracked, in the order changes are reported. */
export const TrackedField = z.enum([
  'title',
  'company',
  'stacks',
  'positions',
  'career',
  'deadline',
  'salaryMin',
  'salaryMax',
  'address',
  'employmentTypes',
]);
export type TrackedField = z.infer<typeof TrackedField>;

/** The tracked values of one posting, flattened to comparable scalars and lists. */
export const TrackedFields = z.object({
  title: z.string(),
  /** Normalized company name. */
  company: z.string(),
  stacks: z.array(z.string()),
  positions: z.array(z.string()),
  /** The career label ('경력 3~5년'), null when unread. */
  career: z.string().nullable(),
  /** Deadline date 'YYYY-MM-DD', null when there is none. */
  deadline: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  /** The address's geocoder query ('서울특별시 강남구 테헤란로 152'). */
  address: z.string().nullable(),
  employmentTypes: z.array(z.string()),
});
export type TrackedFields = z.infer<typeof TrackedFields>;

/** What the lifecycle knows about one posting id. */
export const LifecycleRecord = z.object({
  /** '{source}:{sourceId}'. */
  id: z.string(),
  /** ISO 8601 time of the run that first saw it. */
  firstSeen: z.string(),
  /** ISO 8601 time of the latest run that saw or listed it. */
  lastSeen: z.string(),
  /** ISO 8601 time of the run that found it closed; null while open. */
  closedAt: z.string().nullable(),
  /** Hash of the tracked fields: equal fingerprints mean nothing tracked changed. */
  fingerprint: z.string(),
  fields: TrackedFields,
});
export type LifecycleRecord = z.infer<typeof LifecycleRecord>;

/** A lifecycle event: a tracked field's change, or the posting being created, closed or reopened. */
export const ChangeField = z.union([TrackedField, z.enum(['created', 'closed', 'reopened'])]);
export type ChangeField = z.infer<typeof ChangeField>;

/** One change of one posting in one run. */
export const PostingChange = z.object({
  id: z.string(),
  runId: z.string(),
  /** ISO 8601 time of the run. */
  at: z.string(),
  field: ChangeField,
  /** The old value (null for 'created'; the previous `closedAt` for 'reopened'). */
  before: z.unknown(),
  /** The new value (the tracked fields for 'created'; the closing time for 'closed'). */
  after: z.unknown(),
});
export type PostingChange = z.infer<typeof PostingChange>;
