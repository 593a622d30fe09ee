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

/** Returns `text` with every secret value replaced by '***', for messages that quote URLs or errors. */
export function redactSecrets(text: string, secrets: Secrets): string {
  let out = text;
  for (const value of Object.values(secrets)) {
    if (value && value.length >= 4) out = out.split(value).join('***');
  }
  return out;
}
