// Athena DDL for the lake with partition projection. AWS documents (Athena User Guide, "Use partition
// projection with Amazon Athena") that a projected table computes its partitions from table properties at
// query time: no Glue crawler, no `MSCK REPAIR TABLE`, no `ALTER TABLE ADD PARTITION`, and partition
// metadata in the Glue catalog is ignored for it. This is the gap dlt leaves open (dlt #555).
import { ValidationError } from '../../model/errors/validation-error.js';
import { keyPrefixProblem } from '../s3/key-prefix.js';
import type { Dataset } from '../types.js';
import { ATHENA_COLUMNS } from './columns.js';

/** The datasets a catalog declares, in creation order. */
export const ATHENA_DATASETS: readonly Dataset[] = ['raw', 'postings', 'features'];

/** What {@link athenaTableDdl} needs. */
export interface AthenaDdlOptions {
  database: string;
  /** The lake root, 's3://bucket/prefix' (a trailing slash is ignored). */
  s3Location: string;
  /** @default 'parquet' */
  format?: 'parquet' | 'json';
  /** First day the dt projection covers. @default '2024-01-01' */
  since?: string;
}

const quoteIdent = (name: string): string => `\`${name.replaceAll('`', '``')}\``;
const quoteString = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/**
 * Returns the lake root without a trailing slash; throws on anything but an s3:// URL, and on a prefix
 * s3Sink would refuse (a '..' segment would point the tables at another bucket's keys).
 */
export function normalizeS3Location(s3Location: string): string {
  if (!/^s3:\/\/[^/]+/.test(s3Location)) throw new TypeError(`s3Location must look like s3://bucket/prefix`);
  const root = s3Location.replace(/\/+$/, '');
  const problem = keyPrefixProblem(root.replace(/^s3:\/\/[^/]+\/?/, ''));
  if (problem !== undefined) {
    throw new ValidationError({
      what: 'Athena options',
      issues: [{ path: ['s3Location'], message: `its prefix ${problem}` }],
      hint: "give the lake root as s3://bucket/prefix, e.g. 's3://my-lake/ohmystack'",
    });
  }
  return root;
}

/**
 * Returns the table properties that project `dt` and `hr`. Facts from the AWS docs ("Supported types for
 * partition projection"): a `date` projection takes a `range` whose bounds may be `NOW` and a `format` in
 * Java DateTimeFormatter syntax; an `integer` projection's `digits` left-pads with zeros (so 9 → '09');
 * `storage.location.template` must hold a `${column}` placeholder for every partition column.
 */
export function projectionProperties(location: string, since = '2024-01-01'): Record<string, string> {
  return {
    'projection.enabled': 'true',
    'projection.dt.type': 'date',
    'projection.dt.range': `${since},NOW`,
    'projection.dt.format': 'yyyy-MM-dd',
    'projection.dt.interval': '1',
    'projection.dt.interval.unit': 'DAYS',
    'projection.hr.type': 'integer',
    'projection.hr.range': '0,23',
    'projection.hr.digits': '2',
    'storage.location.template': `${location}/dt=\${dt}/hr=\${hr}/`,
  };
}

/**
 * Returns the `CREATE EXTERNAL TABLE IF NOT EXISTS` statement of one dataset over the lake, with `dt` and
 * `hr` as projected string partitions. JSON tables use the OpenX JSON SerDe (one object per line, the
 * lake's .jsonl parts); keep one format per lake, because Athena reads every file under a table's
 * location whatever its extension (only names starting with '_' or '.' are hidden). `raw` is always JSON:
 * the lake writes raw postings as JSONL only.
 *
 * @example
 * athenaTableDdl('postings', { database: 'jobs', s3Location: 's3://my-lake/ohmystack' });
 * // CREATE EXTERNAL TABLE IF NOT EXISTS `jobs`.`postings` (…) PARTITIONED BY (`dt` string, `hr` string) …
 * @throws TypeError when `s3Location` is not an s3:// URL.
 */
export function athenaTableDdl(dataset: Dataset, options: AthenaDdlOptions): string {
  const root = normalizeS3Location(options.s3Location);
  const location = `${root}/${dataset}`;
  const columns = ATHENA_COLUMNS[dataset].map((c) => `  ${quoteIdent(c.name)} ${c.type}`).join(',\n');
  // Raw postings are nested and schema-less, so the lake keeps them as JSONL only (serialize-parquet.ts).
  const json = dataset === 'raw' || (options.format ?? 'parquet') === 'json';
  const storage = json
    ? "ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'\nWITH SERDEPROPERTIES ('ignore.malformed.json' = 'false')\nSTORED AS TEXTFILE"
    : 'STORED AS PARQUET';
  const properties = Object.entries(projectionProperties(location, options.since))
    .map(([key, value]) => `  ${quoteString(key)} = ${quoteString(value)}`)
    .join(',\n');
  return [
    `CREATE EXTERNAL TABLE IF NOT EXISTS ${quoteIdent(options.database)}.${quoteIdent(dataset)} (`,
    columns,
    ')',
    'PARTITIONED BY (`dt` string, `hr` string)',
    storage,
    `LOCATION ${quoteString(`${location}/`)}`,
    'TBLPROPERTIES (',
    properties,
    ')',
  ].join('\n');
}

/**
 * Returns the statements that declare the whole lake: the database, then raw, postings and features.
 *
 * @example athenaDdl({ database: 'jobs', s3Location: 's3://my-lake/ohmystack', format: 'json' }).length // 4
 * @throws TypeError when `s3Location` is not an s3:// URL.
 */
export function athenaDdl(options: AthenaDdlOptions): string[] {
  return [
    `CREATE DATABASE IF NOT EXISTS ${quoteIdent(options.database)}`,
    ...ATHENA_DATASETS.map((dataset) => athenaTableDdl(dataset, options)),
  ];
}
