// The only place the pipeline reads secrets: the environment. Keys go straight into the clients that
// need them; every text a run writes or throws passes a scrubber that knows all of them, so even a
// server that echoes a key back cannot put it into a report, the lake, errors or logs.
import { createSecretScrubber, type SecretScrubber } from '../model/secret-scrubber.js';

/** The environment variables that hold secrets. */
export const SECRET_ENV = {
  kakao: 'KAKAO_REST_API_KEY',
  saramin: 'SARAMIN_ACCESS_KEY',
  database: 'OHMYSTACK_DATABASE_URL',
  awsSecretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  awsSessionToken: 'AWS_SESSION_TOKEN',
  odsay: 'ODSAY_API_KEY',
  kakaoMobility: 'KAKAO_MOBILITY_API_KEY',
} as const;

/** The secrets a run may use; absent ones are undefined. */
export interface Secrets {
  kakaoApiKey?: string;
  saraminAccessKey?: string;
  /** A database URL with its password. */
  databaseUrl?: string;
  /** Read by the AWS SDK itself; known here only so that no text repeats it. */
  awsSecretAccessKey?: string;
  /** Read by the AWS SDK itself; known here only so that no text repeats it. */
  awsSessionToken?: string;
  /** The ODsay transit routing key. */
  odsayApiKey?: string;
  /** The Kakao Mobility directions key. */
  kakaoMobilityApiKey?: string;
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
    awsSecretAccessKey: read(SECRET_ENV.awsSecretAccessKey),
    awsSessionToken: read(SECRET_ENV.awsSessionToken),
    odsayApiKey: read(SECRET_ENV.odsay),
    kakaoMobilityApiKey: read(SECRET_ENV.kakaoMobility),
  };
}

/**
 * Returns a scrubber that knows every secret in `secrets` (the database URL whole and its password on
 * its own) plus `more` (credentials a config or code passed in).
 *
 * @example secretScrubber(readSecrets(process.env)).scrubValue(report)
 */
export function secretScrubber(secrets: Secrets, more: Iterable<string> = []): SecretScrubber {
  return createSecretScrubber([...Object.values(secrets), ...more]);
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
  return secretScrubber(secrets).scrub(text);
}
