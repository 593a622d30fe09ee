// What a person tells the recommender about themselves, checked at the edge with zod.
import { z } from 'zod';

/** The bounds a profile's numbers must keep; beyond them the profile is a mistake, not a person. */
export const PROFILE_LIMITS = Object.freeze({
  /** Years of experience: a working life. */
  maxYears: 60,
  /** One-way commute minutes: five hours is more than anyone makes daily. */
  maxMinutes: 300,
  /** Yearly pay floor in won: ten billion. */
  maxSalary: 10_000_000_000,
});

const text = z.string().max(2000, 'must be at most 2,000 characters');
const names = z.array(text).max(200, 'must list at most 200 items');

/**
 * A job seeker's profile. Stacks in any spelling ('스프링부트', 'Spring Boot'), or a free-text
 * introduction they are read from; years of experience or newcomer; a home (an address, or a point)
 * with the commute mode and the most minutes accepted; wanted job families (ids or Korean names),
 * regions (시도 or 시군구), employment types (ids or Korean words) and a yearly pay floor in won;
 * companies to leave out. Unknown keys are an error, so a misspelt field never goes unnoticed.
 *
 * @example
 * Profile.parse({ stacks: 'java, spring', years: 3, home: '서울 마포구 월드컵북로 396', commute: { mode: 'transit', maxMinutes: 60 } });
 */
export const Profile = z.strictObject({
  stacks: z.union([text, names]).optional(),
  intro: z.string().max(20_000, 'must be at most 20,000 characters').optional(),
  years: z
    .number()
    .min(0, 'must be 0 or more')
    .max(PROFILE_LIMITS.maxYears, `must be at most ${PROFILE_LIMITS.maxYears}`)
    .optional(),
  newcomer: z.boolean().optional(),
  home: z
    .union([
      text.refine((s) => s.trim() !== '', 'must not be empty'),
      z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
    ])
    .optional(),
  commute: z
    .strictObject({
      mode: z.enum(['transit', 'driving', 'walking'], "must be 'transit', 'driving' or 'walking'").optional(),
      maxMinutes: z
        .number()
        .gt(0, 'must be above 0')
        .max(PROFILE_LIMITS.maxMinutes, `must be at most ${PROFILE_LIMITS.maxMinutes}`)
        .optional(),
    })
    .optional(),
  families: names.optional(),
  regions: names.optional(),
  employment: names.optional(),
  salaryMin: z
    .number()
    .min(0, 'must be 0 or more')
    .max(PROFILE_LIMITS.maxSalary, 'must be a yearly amount in won')
    .optional(),
  excludeCompanies: names.optional(),
});
export type Profile = z.infer<typeof Profile>;
