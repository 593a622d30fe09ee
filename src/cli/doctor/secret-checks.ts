// The doctor's checks of the secrets a run reads from the environment: set or not set, and what that
// means for a run — never the value.
import type { ResolvedPipelineConfig } from '../../pipeline/config.js';
import {
  dialectOfConnection,
  unsupportedScheme,
  unsupportedSchemeMessage,
} from '../../pipeline/database-url.js';
import { dialectOfUrl } from '../../pipeline/env-config.js';
import { SECRET_ENV, type Secrets } from '../../pipeline/secrets.js';
import type { DoctorCheck } from './doctor-check.js';

/**
 * Returns one check per secret (Kakao key, Saramin key, database URL), each failing only when the
 * configuration needs the secret and it is not set.
 *
 * @example secretChecks(resolved, {})[0] // { name: 'KAKAO_REST_API_KEY', status: 'ok', detail: 'not set (the offline gazetteer geocodes)' }
 */
export function secretChecks(resolved: ResolvedPipelineConfig | null, secrets: Secrets): DoctorCheck[] {
  const geocoder = resolved?.geo.geocoder ?? 'auto';
  const kakao: DoctorCheck = secrets.kakaoApiKey
    ? { name: SECRET_ENV.kakao, status: 'ok', detail: 'set (Kakao geocoding, the gazetteer behind it)' }
    : geocoder === 'kakao'
      ? { name: SECRET_ENV.kakao, status: 'fail', detail: 'not set, but geo.geocoder is "kakao"' }
      : { name: SECRET_ENV.kakao, status: 'ok', detail: 'not set (the offline gazetteer geocodes)' };
  const saramin: DoctorCheck = {
    name: SECRET_ENV.saramin,
    status: 'ok',
    detail: secrets.saraminAccessKey
      ? 'set (Saramin open API)'
      : 'not set (Saramin is read from its web pages)',
  };
  const dialect =
    resolved && resolved.database !== false
      ? (dialectOfUrl(secrets.databaseUrl ?? resolved.database.connection) ?? resolved.database.dialect)
      : null;
  const database: DoctorCheck = secrets.databaseUrl
    ? databaseUrlCheck(secrets.databaseUrl)
    : dialect === 'postgres' || dialect === 'mysql'
      ? { name: SECRET_ENV.database, status: 'fail', detail: `not set, but the database is ${dialect}` }
      : { name: SECRET_ENV.database, status: 'ok', detail: 'not set (SQLite in the work dir)' };
  return [kakao, saramin, database];
}

// Set but unusable ('oracle://…') fails here with the forms it can take, rather than crashing the doctor.
function databaseUrlCheck(url: string): DoctorCheck {
  const scheme = unsupportedScheme(url);
  return scheme === undefined
    ? { name: SECRET_ENV.database, status: 'ok', detail: `set (${dialectOfConnection(url)})` }
    : { name: SECRET_ENV.database, status: 'fail', detail: `set, but ${unsupportedSchemeMessage(scheme)}` };
}
