// schema.org JobPosting (https://schema.org/JobPosting) as pages embed it. Sites fill it unevenly — strings
// where the vocabulary wants objects, arrays where it wants one value — so only `@type` and the title are
// checked here; every other property is read by the tolerant readers of ld-values.ts.
import { z } from 'zod';

/** A schema.org `@type`: one name or several (`'JobPosting'`, `['JobPosting']`, `'schema:JobPosting'`). */
export const LdType = z.union([z.string(), z.array(z.string())]);

/** One JSON-LD JobPosting node; the title is required, the rest is read tolerantly. */
export const JobPostingNode = z.looseObject({
  '@type': LdType,
  title: z.string().trim().min(1),
  description: z.unknown().optional(),
  identifier: z.unknown().optional(),
  url: z.unknown().optional(),
  datePosted: z.unknown().optional(),
  validThrough: z.unknown().optional(),
  employmentType: z.unknown().optional(),
  hiringOrganization: z.unknown().optional(),
  jobLocation: z.unknown().optional(),
  jobLocationType: z.unknown().optional(),
  baseSalary: z.unknown().optional(),
  experienceRequirements: z.unknown().optional(),
  educationRequirements: z.unknown().optional(),
  skills: z.unknown().optional(),
  occupationalCategory: z.unknown().optional(),
  industry: z.unknown().optional(),
});
export type JobPostingNode = z.infer<typeof JobPostingNode>;

/** What one `<script type="application/ld+json">` block gave: its JobPosting nodes or why it failed. */
export type LdBlock =
  | { index: number; ok: true; postings: unknown[] }
  | { index: number; ok: false; text: string; message: string };
