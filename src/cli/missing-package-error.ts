// An optional peer the command needs is not installed. It exits 69 with the install command as the hint.

/** What {@link MissingPackageError} is built from. */
export interface MissingPackageErrorDetails {
  /** The npm package, e.g. '@duckdb/node-api'. */
  packageName: string;
  /** Why the command needs it, e.g. 'querying a local lake needs DuckDB'. */
  why: string;
  /** What to do instead. @default `npm install <packageName>` */
  hint?: string;
  /** The failed import; becomes `error.cause`. */
  cause?: unknown;
}

/**
 * Thrown when a command needs an optional package that is not installed; exits 69.
 *
 * @example new MissingPackageError({ packageName: '@duckdb/node-api', why: 'querying a local lake needs DuckDB', cause })
 */
export class MissingPackageError extends Error {
  override name = 'MissingPackageError';
  readonly packageName: string;
  readonly hint: string;

  constructor(details: MissingPackageErrorDetails) {
    const { packageName, why, hint, cause } = details;
    super(`${why}, and ${packageName} is not installed`, { cause });
    this.packageName = packageName;
    this.hint = hint ?? `npm install ${packageName}`;
  }
}
