// The production database's open postings, for an explorer started with a database URL (read the way
// the pipeline reads OHMYSTACK_DATABASE_URL). A SQLite file that does not exist is refused: opening it
// would create an empty database.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../model/errors/config-error.js';
import type { Posting } from '../model/posting.js';
import {
  DATABASE_URL_FORMS,
  dialectOfConnection,
  sqliteFileOf,
  unsupportedScheme,
  unsupportedSchemeMessage,
} from '../pipeline/database-url.js';
import { readDatabasePostings, sqlSink } from '../sinks/sql/index.js';

/**
 * Returns the open postings of the database at `url` (postgres://, mysql://, sqlite: or a file path).
 *
 * @throws {ConfigError} when the URL's scheme is not supported or the SQLite file does not exist
 * @throws {SinkWriteError} when the database cannot be read
 */
export async function databasePostings(url: string): Promise<Posting[]> {
  const scheme = unsupportedScheme(url);
  if (scheme !== undefined) throw dbError(unsupportedSchemeMessage(scheme));
  const dialect = dialectOfConnection(url);
  const file = dialect === 'sqlite' ? resolve(sqliteFileOf(url)) : undefined;
  if (file !== undefined && !existsSync(file)) {
    throw dbError(`no database at ${file}`);
  }
  const sink = sqlSink({ dialect, connection: file ?? url });
  try {
    return await readDatabasePostings(sink);
  } finally {
    await sink.dispose();
  }
}

function dbError(message: string): ConfigError {
  return new ConfigError({
    issues: [{ path: ['db'], message }],
    origin: 'explorer options',
    hint: `give ${DATABASE_URL_FORMS}`,
  });
}
