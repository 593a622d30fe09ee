// Secret values out of everything the CLI prints: each secret variable's value, and the password inside
// OHMYSTACK_DATABASE_URL on its own (a driver may quote it without the rest of the URL).
import { readSecrets } from '../pipeline/secrets.js';

/**
 * Returns `text` with every secret value from `env` replaced by '***'.
 *
 * @example redact('failed: postgres://app:s3cret@db/x', { OHMYSTACK_DATABASE_URL: 'postgres://app:s3cret@db/x' }) // 'failed: ***'
 */
export function redact(text: string, env: Readonly<Record<string, string | undefined>>): string {
  const secrets = readSecrets(env);
  const values = [
    secrets.kakaoApiKey,
    secrets.saraminAccessKey,
    secrets.databaseUrl,
    passwordOf(secrets.databaseUrl),
  ];
  let out = text;
  // Longest first, so a URL is masked whole before its password is.
  for (const value of values
    .filter((v): v is string => !!v && v.length >= 4)
    .sort((a, b) => b.length - a.length)) {
    out = out.split(value).join('***');
  }
  return out;
}

function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const password = new URL(url).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}
