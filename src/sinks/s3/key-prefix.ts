// The lake's key prefix on S3 is joined into every key and so into every request path. A '..' segment
// there is resolved away by URL normalization before the request leaves: with path-style URLs,
// 'endpoint/lake/../victim-bucket/x' is a PUT into the bucket 'victim-bucket', while the sink reports
// its own bucket as committed. '.', empty segments, a leading '/', backslashes and control characters
// are refused with it, as no store reads them the same way.

/**
 * Returns what is wrong with an S3 key prefix, or undefined when it is usable ('' is: the bucket's root).
 *
 * @example keyPrefixProblem('ohmystack/lake') // undefined
 * @example keyPrefixProblem('../victim-bucket/x') // "must not contain '.' or '..' segments, got '../victim-bucket/x'"
 */
export function keyPrefixProblem(prefix: string): string | undefined {
  if (typeof prefix !== 'string') return `must be a string, got ${typeof prefix}`;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(prefix)) return 'must not contain control characters';
  if (prefix.includes('\\')) return `must not contain a backslash (keys use '/'), got '${prefix}'`;
  if (prefix.startsWith('/')) {
    const rest = prefix.replace(/^\/+/, '');
    return `must not start with '/' (${rest ? `write '${rest}'` : "leave it out for the bucket's root"})`;
  }
  const segments = withoutTrailingSlash(prefix).split('/');
  if (prefix !== '' && segments.includes(''))
    return `must not contain empty segments ('//'), got '${prefix}'`;
  if (segments.some((segment) => segment === '.' || segment === '..'))
    return `must not contain '.' or '..' segments, got '${prefix}'`;
  return undefined;
}

/**
 * Returns a usable prefix as keys are built from it: without its trailing '/'.
 *
 * @example keyPrefixOf('ohmystack/') // 'ohmystack'
 */
export function keyPrefixOf(prefix: string): string {
  return withoutTrailingSlash(prefix);
}

function withoutTrailingSlash(prefix: string): string {
  return prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
}
