// The AWS SDK for JavaScript v3 is an optional peer: s3Sink and athenaCatalog load it on first use, never
// at import, and the published types describe only the little of it they use — so a project without it
// installs and type-checks ohmystack, and the SDK's own clients and modules fit these types as they are.
import { CapabilityError } from '../../model/errors/capability-error.js';

/** Per-request options of an AWS SDK client's `send`. */
export interface AwsRequestOptions {
  /** Aborts the request, and the SDK's wait before its next retry. */
  abortSignal?: AbortSignal;
}

/** An AWS SDK v3 client (`S3Client`, `AthenaClient`): what ohmystack calls on one. */
export interface AwsClientLike {
  send(command: object, options?: AwsRequestOptions): Promise<unknown>;
  destroy(): void;
}

/** Static AWS credentials; the SDK's default provider chain (env, profile, role) applies when none are given. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The common settings of an AWS SDK v3 client config. */
export interface AwsClientSettings {
  /** e.g. 'ap-northeast-2' (Seoul). */
  region?: string | (() => Promise<string>);
  /** Another endpoint: a local replica, MinIO, R2. */
  endpoint?: unknown;
  credentials?: AwsCredentials | ((...args: never[]) => Promise<AwsCredentials>);
  /** Attempts per request, the first included. */
  maxAttempts?: number | (() => Promise<number>);
}

/**
 * The config an ohmystack factory creates its AWS client with: any `S3ClientConfig` or
 * `AthenaClientConfig` as the SDK documents it (the settings above are only the common ones).
 *
 * @example { region: 'ap-northeast-2', credentials: { accessKeyId, secretAccessKey } }
 */
export type AwsClientConfig = AwsClientSettings | { [setting: string]: unknown };

/** What ohmystack itself sets on a client it creates: typed as the SDK's constructors take it. */
export interface AwsClientInit {
  region?: string;
  endpoint?: string;
  maxAttempts?: number;
}

/** True for a client (anything with `send`), false for a config to create one from. */
export function isAwsClient(value: unknown): value is AwsClientLike {
  return typeof (value as { send?: unknown } | undefined)?.send === 'function';
}

/**
 * Returns the module `load` imports, or throws an error that names the package to install.
 *
 * @example await importAwsPackage('s3', '@aws-sdk/client-s3', () => import('@aws-sdk/client-s3'))
 * @throws {CapabilityError} when the package is not installed (code 'capability_missing').
 */
export async function importAwsPackage<Module>(
  sink: string,
  packageName: string,
  load: () => Promise<unknown>,
): Promise<Module> {
  try {
    return (await load()) as Module;
  } catch (cause) {
    throw new CapabilityError({
      sink,
      capability: `the AWS SDK (${packageName})`,
      hint: `install the optional peer: npm install ${packageName}, or pass its module as \`lib\``,
      cause,
    });
  }
}
