// The only place the pipeline reads secrets: the environment. Keys go straight into the clients that
// need them and never into the report, the lake, errors or logs.

/** The environment variables that hold secrets. */
export const SECRET_ENV = {
  kakao: 'KAKAO_REST_API_KEY',
  saramin: 'SARAMIN_ACCESS_KEY',
  database: 'OHMYSTACK_DATABASE_URL',
} as const;

/** The secrets a run may use; absent ones are undefined. */
export interface Secrets {
  kakaoApiKey?: string;
  saraminAccessKey?: string;
  /** A database URL with its password. */
  databaseUrl?: string;
}

/**
 * Returns the secrets set in `env` (blank values count as unset).
 *
 * @example readSecrets({ KAKAO_REST_API_KEY: 'k' }).kakaoApiKey // 'k'
 */
export function readSecrets(env: Readonly<Record<string, string | undefined>>): Secrets {
  const read = (name: string) => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  return {
    kakaoApiKey: read(SECRET_ENV.kakao),
    saraminAccessKey: read(SECRET_ENV.saramin),
    databaseUrl: read(SECRET_ENV.database),
  };
}

/**
 * Returns `text` with every secret value replaced by '***', for anything that quotes URLs, errors or
 * driver messages: each secret, and the password inside `databaseUrl` on its own (a driver may quote it
 * without the rest of the URL), both as written in the URL and decoded. Longer values go first, so a
 * URL is masked whole before its password is; values shorter than 4 characters are left alone, as
 * masking them would garble ordinary text.
 *
 * @example redactSecrets('failed: postgres://app:s3cret@db/x', { databaseUrl: 'postgres://app:s3cret@db/x' }) // 'failed: ***'
 * @example redactSecrets('password s3cret rejected', { databaseUrl: 'postgres://app:s3cret@db/x' }) // 'password *** rejected'
 */
export function redactSecrets(text: string, secrets: Secrets): string {
  const values = [
    secrets.kakaoApiKey,
    secrets.saraminAccessKey,
    secrets.databaseUrl,
    ...passwordsOf(secrets.databaseUrl),
  ];
  let out = text;
  for (const value of values
    .filter((v): v is string => v !== undefined && v.length >= 4)
    .sort((a, b) => b.length - a.length)) {
    out = out.split(value).join('***');
  }
  return out;
}

/** The password of a URL as written in it and percent-decoded; none when the URL has none or is unreadable. */
function passwordsOf(url: string | undefined): string[] {
  if (!url) return [];
  let password: string;
  try {
    password = new URL(url).password;
  } catch {
    return [];
  }
  if (!password) return [];
  try {
    return [password, decodeURIComponent(password)];
  } catch {
    // A malformed escape ('%zz') cannot be decoded; the password is masked as written.
    return [password];
  }
}
