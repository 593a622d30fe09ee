// The lookup rows a PostgreSQL publish adds before its postings: companies and branches from the new
// and changed staged postings, and the stacks and job families their links name. Lookups go first, so
// the postings upsert can resolve names to ids with plain joins.
import { freshRows } from './classify-staged-postgres.js';
import { dialectOf, rowsPerInsert } from './dialect.js';
import { type LinkKind, lookupValue } from './link-values.js';
import type { PublishScope } from './publish-scope.js';
import type { LinkValues } from './staged-runs.js';

const postgres = dialectOf('postgres');

/** How many lookup rows of each table were new. */
export interface InsertedLookups {
  companies: number;
  branches: number;
  stacks: number;
  families: number;
}

/**
 * Returns how many companies, branches, stacks and job families were inserted; call after
 * classifyStagedPostgres. `known` is the complete list of the run's link values when the sink has it
 * (staged-runs.ts); without it they are found by unnesting the staged arrays.
 *
 * @example
 * const lookups = await insertPostgresLookups(scope, written?.values);
 * lookups.stacks; // 2 (say 'Spring Boot' and '리액트' were new)
 */
export async function insertPostgresLookups(
  scope: PublishScope,
  known: LinkValues | undefined,
): Promise<InsertedLookups> {
  const { exec, q, runId } = scope;
  const companies = await exec(
    `INSERT INTO ${q.companies} (name, first_seen_run) SELECT s.company, ? ${freshRows(q)} AND NOT EXISTS (SELECT 1 FROM ${q.companies} c WHERE c.name = s.company) GROUP BY s.company`,
    [runId, runId],
  );
  const branches = await exec(
    `INSERT INTO ${q.branches} (company_ref, name, lat, lng, sido, sigungu) SELECT c.id, s.branch, MIN(s.lat), MIN(s.lng), MIN(s.sido), MIN(s.sigungu) ${freshRows(q, `JOIN ${q.companies} c ON c.name = s.company`)} AND s.branch IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${q.branches} b WHERE b.company_ref = c.id AND b.name = s.branch) GROUP BY c.id, s.branch`,
    [runId],
  );
  const stacks = await insertLinkLookups(
    scope,
    'stack',
    known?.stack ?? (await stagedValues(scope, 'stack')),
  );
  const families = await insertLinkLookups(
    scope,
    'family',
    known?.family ?? (await stagedValues(scope, 'family')),
  );
  return { companies: companies.affected, branches: branches.affected, stacks, families };
}

/** Returns the link values of new and changed postings that their lookup table lacks. */
async function stagedValues({ exec, q, runId }: PublishScope, kind: LinkKind): Promise<string[]> {
  const [table, array] = kind === 'stack' ? [q.stacks, 'stack_ids'] : [q.job_families, 'family_ids'];
  const { rows } = await exec(
    `SELECT d.value FROM (SELECT DISTINCT v.value ${freshRows(q, `CROSS JOIN LATERAL unnest(s.${array}) AS v(value)`)}) d WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = d.value)`,
    [runId],
  );
  return rows.map((row) => String(row.value));
}

/** Inserts those of `ids` their lookup table lacks (stacks or job families); returns how many. */
async function insertLinkLookups(
  { exec, q }: PublishScope,
  kind: LinkKind,
  ids: Iterable<string>,
): Promise<number> {
  const [table, columns] =
    kind === 'stack' ? [q.stacks, 'id, name, category'] : [q.job_families, 'id, name_ko, name_en'];
  // Names and categories come from the dictionary, as staging would have labelled them.
  const values = [...ids].map((id) => lookupValue(kind, id));
  const perInsert = rowsPerInsert(postgres, 3);
  let inserted = 0;
  for (let start = 0; start < values.length; start += perInsert) {
    const chunk = values.slice(start, start + perInsert);
    const result = await exec(
      `INSERT INTO ${table} (${columns}) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')} ON CONFLICT (id) DO NOTHING`,
      chunk.flatMap((value) => [value.id, value.label, value.category]),
    );
    inserted += result.affected;
  }
  return inserted;
}
