// The per-item loop of every site parser: one bad item becomes a quarantine entry, never an exception
// that would lose the rest of the page.
import type { z } from 'zod';
import type { ParseResult, QuarantineEntry } from '../model/quarantine.js';
import type { RawPosting } from '../model/raw-posting.js';
import { issueFromZod, quarantineEntry } from './_quarantine-entry.js';

/**
 * A mapper's answer for an item that passed its schema but still lacks something that identifies it
 * (e.g. a Wanted detail whose title is neither in `job.position` nor `job.detail.position`).
 *
 * @example return new MissingField('position', 'the job has no title');
 */
export class MissingField {
  constructor(
    readonly field: string | number,
    readonly message: string,
  ) {}
}

/** What {@link parseItems} needs to know about one site's items. */
export interface ItemSpec<S extends z.ZodType> {
  source: string;
  /** The path of the item array inside the body, e.g. ['result', 'positions']; of the item itself when `single`. */
  path: QuarantineEntry['path'];
  /** The body holds one item (a detail), so paths get no index. */
  single?: boolean;
  schema: S;
  /** Builds the public URL from the raw item when its id can be read, for the quarantine entry. */
  urlOf: (raw: unknown) => string | undefined;
  /** Maps one valid item; returning a {@link MissingField} quarantines it as 'missing_field' instead. */
  toRaw: (item: z.infer<S>, raw: unknown) => RawPosting | MissingField;
}

/**
 * Returns the items that pass `spec.schema` mapped to RawPostings and one quarantine entry per item that
 * does not, so `items.length + issues.length === rawItems.length` always holds.
 *
 * @example parseItems(body.data, { source: 'wanted', path: ['data'], schema, urlOf, toRaw })
 */
export function parseItems<S extends z.ZodType>(
  rawItems: readonly unknown[],
  spec: ItemSpec<S>,
): ParseResult<RawPosting> {
  const items: RawPosting[] = [];
  const issues: QuarantineEntry[] = [];
  rawItems.forEach((raw, index) => {
    const path = spec.single ? [...spec.path] : [...spec.path, index];
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      issues.push(issueFromZod(parsed.error, { source: spec.source, path, raw, url: spec.urlOf(raw) }));
      return;
    }
    const mapped = spec.toRaw(parsed.data, raw);
    if (mapped instanceof MissingField) {
      issues.push(
        quarantineEntry({
          code: 'missing_field',
          source: spec.source,
          url: spec.urlOf(raw),
          path: [...path, mapped.field],
          message: mapped.message,
          raw,
        }),
      );
      return;
    }
    items.push(mapped);
  });
  return { items, issues };
}
