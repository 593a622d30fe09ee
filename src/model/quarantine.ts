import { z } from 'zod';

/** Why a record was set aside instead of flowing on. */
export const QuarantineCode = z.enum([
  'unreadable_body',
  'invalid_item',
  'unrecognized_markup',
  'missing_field',
  'invalid_posting',
  'http_error',
  'body_too_large',
  'offsite_url',
  'private_network',
  'geocode_failed',
  'sink_rejected',
]);
export type QuarantineCode = z.infer<typeof QuarantineCode>;

/**
 * A record that could not be used, kept with everything needed to look at it again: where it came
 * from, which part was wrong, and the raw payload. Counted in the run report; never dropped.
 */
export const QuarantineEntry = z.object({
  code: QuarantineCode,
  source: z.string(),
  url: z.string().optional(),
  /** Where in the payload the problem is, e.g. ['result', 'positions', 3, 'id']. */
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  raw: z.unknown(),
  at: z.string().optional(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** What a pure parser returns: the items it could read and the issues it found. */
export interface ParseResult<T> {
  items: T[];
  issues: QuarantineEntry[];
}
