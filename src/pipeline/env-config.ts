// Settings from OHMYSTACK_* environment variables, for containers and schedulers that configure by
// environment. They override the config file; secrets are read separately (secrets.ts).
import { ConfigError } from '../model/errors/config-error.js';
import type { PipelineConfig } from './config.js';
import {
  type DatabaseDialect,
  dialectOfConnection,
  unsupportedScheme,
  unsupportedSchemeMessage,
} from './database-url.js';
import { SECRET_ENV } from './secrets.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Returns the settings the environment gives, as a partial config (nothing for unset variables).
 * OHMYSTACK_WORK_DIR, OHMYSTACK_SOURCES ('jumpit,wanted'), OHMYSTACK_GEOCODER, OHMYSTACK_CONTACT,
 * OHMYSTACK_LAKE_DIR, OHMYSTACK_S3_BUCKET / _PREFIX / _REGION / _ENDPOINT, OHMYSTACK_ATHENA_DATABASE /
 * _OUTPUT / _WORKGROUP, and the dialect of OHMYSTACK_DATABASE_URL.
 *
 * @throws {ConfigError} when OHMYSTACK_DATABASE_URL has a scheme ohmystack cannot use ('oracle://…').
 * @example configFromEnv({ OHMYSTACK_SOURCES: 'jumpit, wanted' }).sources // ['jumpit', 'wanted']
 */
export function configFromEnv(env: Env): Record<string, unknown> {
  const get = (name: string) => env[`OHMYSTACK_${name}`]?.trim() || undefined;
  const config: Record<string, unknown> = {};
  const set = (path: string[], value: unknown) => {
    if (value === undefined) return;
    let node = config;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1)!] = value;
  };
  set(['workDir'], get('WORK_DIR'));
  set(
    ['sources'],
    get('SOURCES')
      ?.split(',')
      .map((site) => site.trim())
      .filter(Boolean),
  );
  set(['geo', 'geocoder'], get('GEOCODER'));
  set(['http', 'contact'], get('CONTACT'));
  set(['lake', 'dir'], get('LAKE_DIR'));
  if (get('S3_BUCKET')) {
    set(['lake', 's3'], {
      bucket: get('S3_BUCKET'),
      ...optional('prefix', get('S3_PREFIX')),
      ...optional('region', get('S3_REGION')),
      ...optional('endpoint', get('S3_ENDPOINT')),
      ...(get('S3_ENDPOINT') ? { forcePathStyle: true } : {}),
    });
  }
  if (get('ATHENA_DATABASE')) {
    set(['athena'], {
      database: get('ATHENA_DATABASE'),
      ...optional('outputLocation', get('ATHENA_OUTPUT')),
      ...optional('workgroup', get('ATHENA_WORKGROUP')),
    });
  }
  const dialect = dialectOfUrl(get('DATABASE_URL'));
  if (dialect) set(['database', 'dialect'], dialect);
  return config satisfies PipelineConfig as Record<string, unknown>;
}

/**
 * Returns the SQL dialect a database URL names ('postgres://…' → 'postgres'; a file path or 'sqlite:…'
 * → 'sqlite'), or undefined when there is no URL.
 *
 * @throws {ConfigError} naming `setting` and the supported forms for a scheme ohmystack cannot use
 *   ('oracle://…'); the URL itself is never quoted, as it may hold a password.
 * @example dialectOfUrl('mariadb://db/jobs') // 'mysql'
 */
export function dialectOfUrl(
  url: string | undefined,
  setting: string = SECRET_ENV.database,
): DatabaseDialect | undefined {
  if (!url) return undefined;
  const scheme = unsupportedScheme(url);
  if (scheme !== undefined)
    throw new ConfigError({ issues: [{ path: [setting], message: unsupportedSchemeMessage(scheme) }] });
  return dialectOfConnection(url);
}

/**
 * Returns `base` with `over` laid on top: plain objects merge key by key, anything else (arrays too)
 * is replaced.
 *
 * @example mergeConfig({ geo: { cache: false } }, { geo: { geocoder: 'kakao' } }) // { geo: { cache: false, geocoder: 'kakao' } }
 */
export function mergeConfig(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeConfig(base[key], value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}
