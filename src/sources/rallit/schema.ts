// Shapes of Rallit's JSON (`/api/v1/position` lists, `/client/api/v1/position/{id}` details). Only the id,
// title and company name are strict.
import { z } from 'zod';

const Id = z.union([z.number().int(), z.string().min(1)]);
const Text = z.string().nullish();

/** One position of `GET /api/v1/position` (the detail repeats these keys and adds its own). */
export const RallitListItem = z.looseObject({
  id: Id,
  title: z.string(),
  companyName: z.string(),
  companyId: z.union([z.number(), z.string()]).nullish(),
  jobLevel: Text,
  jobLevels: z.array(z.string()).nullish(),
  startedAt: Text,
  endedAt: Text,
  addressRegion: Text,
  status: z.looseObject({ code: Text, name: Text }).nullish(),
  url: Text,
  jobSkillKeywords: z.array(z.string()).nullish(),
  joinReward: z.union([z.string(), z.number()]).nullish(),
});
export type RallitListItem = z.infer<typeof RallitListItem>;

/** The list envelope `{statusCode:'OK', data{pageNumber, pageSize, totalCount, totalPage, items[]}, errorCode}`. */
export const RallitListEnvelope = z.looseObject({
  statusCode: z.string().nullish(),
  data: z.looseObject({
    pageNumber: z.number().nullish(),
    totalPage: z.number().nullish(),
    totalCount: z.number().nullish(),
    items: z.array(z.unknown()),
  }),
});
export type RallitListEnvelope = z.infer<typeof RallitListEnvelope>;

/** `data` of `GET /client/api/v1/position/{id}`: the list keys plus address and HTML sections. */
export const RallitDetail = RallitListItem.extend({
  addressMain: Text,
  addressDetail: Text,
  responsibilities: Text,
  basicQualifications: Text,
  preferredQualifications: Text,
  jobs: z.array(z.looseObject({ name: z.string() })).nullish(),
});
export type RallitDetail = z.infer<typeof RallitDetail>;

/** The detail envelope `{data:{…}}`. */
export const RallitDetailEnvelope = z.looseObject({
  statusCode: z.string().nullish(),
  data: z.record(z.string(), z.unknown()),
});
export type RallitDetailEnvelope = z.infer<typeof RallitDetailEnvelope>;
