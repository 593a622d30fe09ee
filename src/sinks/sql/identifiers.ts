// Table names are the one thing that cannot be a bind parameter, so everything that reaches an
// identifier is validated against a strict pattern first; nothing is quoted or escaped.
import { OhmystackError } from '../../model/errors/ohmystack-error.js';

/** Lowercase ASCII, digits and underscores, starting with a letter or underscore, at most 63 characters. */
export const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless `value` matches {@link IDENTIFIER}; returns it otherwise. */
export function checkIdentifier(value: string, what: string): string {
  if (typeof value !== 'string' || !IDENTIFIER.test(value)) {
    throw new OhmystackError({
      message: `invalid ${what} ${JSON.stringify(value)}`,
      code: 'validation_failed',
      sink: 'sql',
      hint: `${what} must match ${IDENTIFIER} (lowercase letters, digits, underscores)`,
    });
  }
  return value;
}

/** The tables of the sink, by logical name. */
export const TABLE_NAMES = [
  'companies',
  'branches',
  'job_families',
  'stacks',
  'postings',
  'posting_stacks',
  'posting_families',
  'posting_seen',
  'stg_postings',
  'stg_links',
  'stg_closed',
  'stg_seen',
  'ohmystack_runs',
  'ohmystack_migrations',
] as const;

/** A logical table name. */
export type TableName = (typeof TABLE_NAMES)[number];

/** Fully qualified table names ('schema.prefix_postings'), plus the bare prefixed names for index names. */
export interface TableNames {
  /** Qualified names to use in SQL. */
  readonly qualified: Readonly<Record<TableName, string>>;
  /** Prefixed, unqualified names. */
  readonly bare: Readonly<Record<TableName, string>>;
}

/** Builds validated table names from an optional prefix and schema. */
export function tableNames(prefix = '', schema?: string): TableNames {
  if (prefix !== '') checkIdentifier(prefix, 'tablePrefix');
  if (schema !== undefined) checkIdentifier(schema, 'schema');
  const bare = {} as Record<TableName, string>;
  const qualified = {} as Record<TableName, string>;
  for (const name of TABLE_NAMES) {
    bare[name] = checkIdentifier(`${prefix}${name}`, 'table name');
    qualified[name] = schema ? `${schema}.${bare[name]}` : bare[name];
  }
  return { qualified, bare };
}
