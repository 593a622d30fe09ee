// Shapes of Wanted's unofficial JSON, as its lists and details answered in 2026. One item schema covers the
// navigation v1 and v4 list items; one job schema covers the v4, chaos v4 and chaos v1 details, whose keys
// differ (`skill_tags[].title` vs `.text`, `category_tags[]` vs `category_tag{}`, `position` moved into
// `detail` in chaos v1). Only the id is strict; a title is checked by the parsers.
import { z } from 'zod';

const Id = z.union([z.number().int(), z.string().min(1)]);
const Text = z.string().nullish();
const Num = z.number().nullish();
const TagId = z.union([z.number(), z.string()]);

/** `company` of a list item or a job. */
export const WantedCompany = z.looseObject({
  id: TagId.nullish(),
  name: z.string(),
  industry_name: Text,
  company_tags: z.array(z.looseObject({ title: Text, text: Text })).nullish(),
});

/** `address`: `location` + `district` on lists, `full_location` and `geo_location` on details. */
export const WantedAddress = z.looseObject({
  country: Text,
  location: Text,
  district: Text,
  full_location: Text,
  geo_location: z
    .looseObject({
      location: z.looseObject({ lat: z.number(), lng: z.number() }).nullish(),
      n_location: z.looseObject({ lat: z.number(), lng: z.number() }).nullish(),
    })
    .nullish(),
});

const CategoryRef = z.looseObject({ parent_id: TagId.nullish(), id: TagId });

/** One item of `/api/chaos/navigation/v1/results` or `/api/v4/jobs`. */
export const WantedListItem = z.looseObject({
  id: Id,
  position: z.string(),
  company: WantedCompany,
  address: WantedAddress.nullish(),
  category_tag: CategoryRef.nullish(),
  category_tags: z.array(CategoryRef).nullish(),
  skill_tags: z.array(z.number()).nullish(),
  attraction_tags: z.array(z.number()).nullish(),
  annual_from: Num,
  annual_to: Num,
  is_newbie: z.boolean().nullish(),
  employment_type: Text,
  additional_apply_type: z.array(z.string()).nullish(),
  due_time: Text,
  status: Text,
});
export type WantedListItem = z.infer<typeof WantedListItem>;

/** The list envelope shared by navigation v1 (`{data, links}`) and v4 (`{data, links, is_callable_external_job…}`). */
export const WantedListEnvelope = z.looseObject({
  data: z.array(z.unknown()),
  links: z.looseObject({ prev: Text, next: Text }).nullish(),
});
export type WantedListEnvelope = z.infer<typeof WantedListEnvelope>;

const NamedTag = z.looseObject({
  id: TagId.nullish(),
  tag_type_id: TagId.nullish(),
  title: Text,
  text: Text,
});

/** `job` of a detail body, in any of its three shapes. */
export const WantedJob = z.looseObject({
  id: Id,
  position: Text,
  status: Text,
  due_time: Text,
  company: WantedCompany,
  address: WantedAddress.nullish(),
  detail: z
    .looseObject({
      position: Text,
      intro: Text,
      main_tasks: Text,
      requirements: Text,
      preferred_points: Text,
      benefits: Text,
      hire_rounds: Text,
    })
    .nullish(),
  skill_tags: z.array(NamedTag).nullish(),
  attraction_tags: z.array(NamedTag).nullish(),
  company_tags: z.array(NamedTag).nullish(),
  category_tags: z.array(CategoryRef).nullish(),
  category_tag: z
    .looseObject({
      parent_tag: z.looseObject({ id: TagId.nullish(), text: Text }).nullish(),
      child_tags: z.array(z.looseObject({ id: TagId.nullish(), text: Text })).nullish(),
    })
    .nullish(),
  annual_from: Num,
  annual_to: Num,
  is_newbie: z.boolean().nullish(),
  employment_type: Text,
  additional_apply_type: z.array(z.string()).nullish(),
});
export type WantedJob = z.infer<typeof WantedJob>;

/** v4 detail `{job, application, like_users}` and chaos v1 `{application, job}`. */
export const WantedDetailEnvelope = z.looseObject({ job: z.unknown() });
export type WantedDetailEnvelope = z.infer<typeof WantedDetailEnvelope>;

/** chaos v4 detail `{data:{job}}`. */
export const WantedChaosDetailEnvelope = z.looseObject({ data: z.looseObject({ job: z.unknown() }) });
export type WantedChaosDetailEnvelope = z.infer<typeof WantedChaosDetailEnvelope>;

/** The 404 body of the chaos detail endpoints: `{error_code:11001, message, data:null}`. */
export const WantedNotFoundBody = z.looseObject({ error_code: z.number(), data: z.null().optional() });
