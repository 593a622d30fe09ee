// An optional peer the command needs is not installed. It exits 69 with the install command as the hint.

/** Thrown when a command needs an optional package that is not installed; exits 69. */
export class MissingPackageError extends Error {
  override name = 'MissingPackageError';
  readonly packageName: string;
  readonly hint: string;

  /** @example new MissingPackageError('@duckdb/node-api', 'querying a local lake needs DuckDB') */
  constructor(packageName: string, why: string, cause?: unknown) {
    super(`${why}, and ${packageName} is not installed`, { cause });
    this.packageName = packageName;
    this.hint = `npm install ${packageName}`;
  }
}
