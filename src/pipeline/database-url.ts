// What a database connection string says: its dialect by the URL's scheme, or a SQLite file. Anything
// else with a scheme ('oracle://…', 'mssql://…', 'file:…') is refused rather than taken as a SQLite path,
// which would create a stray file named after the URL and report the run as loaded.

/** The SQL dialects a connection string can name. */
export type DatabaseDialect = 'postgres' | 'mysql' | 'sqlite';

/** The connection strings ohmystack reads, for messages. */
export const DATABASE_URL_FORMS =
  "postgres:// (or postgresql://), mysql:// (or mariadb://), sqlite:PATH, or a file path (':memory:' too)";

const SCHEMES: Readonly<Record<string, DatabaseDialect>> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  sqlite: 'sqlite',
};

// Two letters at least, so a Windows drive ('C:\data\jobs.db') stays a path.
const SCHEME = /^([a-z][a-z0-9+.-]+):/i;

/**
 * Returns the scheme of a connection string ohmystack cannot use ('oracle'), or undefined when it can.
 *
 * @example unsupportedScheme('oracle://db/x') // 'oracle'
 * @example unsupportedScheme('data/jobs.db') // undefined
 */
export function unsupportedScheme(connection: string): string | undefined {
  const scheme = SCHEME.exec(connection)?.[1];
  return scheme === undefined || scheme.toLowerCase() in SCHEMES ? undefined : scheme;
}

/**
 * Returns the message for a connection string with a scheme ohmystack cannot use.
 *
 * @example unsupportedSchemeMessage('oracle') // "unsupported scheme 'oracle:' — use postgres:// …"
 */
export function unsupportedSchemeMessage(scheme: string): string {
  return `unsupported scheme '${scheme}:' — use ${DATABASE_URL_FORMS}`;
}

/**
 * Returns the dialect of a usable connection string: by its scheme, else SQLite (a file path).
 *
 * @example dialectOfConnection('postgresql://db/jobs') // 'postgres'
 * @example dialectOfConnection('sqlite:data/jobs.db') // 'sqlite'
 */
export function dialectOfConnection(connection: string): DatabaseDialect {
  return SCHEMES[SCHEME.exec(connection)?.[1]?.toLowerCase() ?? ''] ?? 'sqlite';
}

/**
 * Returns the file a SQLite connection string names: without its 'sqlite:' (or 'sqlite://') scheme.
 *
 * @example sqliteFileOf('sqlite:data/jobs.db') // 'data/jobs.db'
 * @example sqliteFileOf('sqlite:///var/lib/jobs.db') // '/var/lib/jobs.db'
 * @example sqliteFileOf('data/jobs.db') // 'data/jobs.db'
 */
export function sqliteFileOf(connection: string): string {
  return connection.replace(/^sqlite:(\/\/)?/i, '');
}
