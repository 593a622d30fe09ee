// The two AWS SDK packages the S3 sink uses, as structural types and lazy loaders: @aws-sdk/client-s3 for
// every call, @aws-sdk/lib-storage for multipart uploads only (loaded when the first large part comes).
import { type AwsClientInit, type AwsClientLike, importAwsPackage } from '../aws/sdk.js';

/** The input of a command: its constructor's argument. */
type CommandClass<Input> = new (input: Input) => object;

/** The part of `@aws-sdk/client-s3` the S3 sink uses; the installed module fits as it is. */
export interface S3Module {
  S3Client: new (
    config: AwsClientInit & {
      forcePathStyle?: boolean;
      requestHandler?: { requestTimeout?: number; throwOnRequestTimeout?: boolean };
    },
  ) => AwsClientLike;
  PutObjectCommand: CommandClass<{
    Bucket: string;
    Key: string;
    Body: Uint8Array;
    ContentType?: string;
    ContentMD5?: string;
  }>;
  HeadObjectCommand: CommandClass<{ Bucket: string; Key: string }>;
  GetObjectCommand: CommandClass<{ Bucket: string; Key: string }>;
  ListObjectsV2Command: CommandClass<{ Bucket: string; Prefix?: string; ContinuationToken?: string }>;
  DeleteObjectsCommand: CommandClass<{
    Bucket: string;
    Delete: { Objects: { Key: string }[]; Quiet?: boolean };
  }>;
}

/** A running multipart upload (lib-storage's `Upload`). */
export interface UploadLike {
  done(): Promise<{ ETag?: string }>;
  abort(): Promise<void>;
}

/** The part of `@aws-sdk/lib-storage` the S3 sink uses; the installed module fits as it is. */
export interface S3StorageModule {
  Upload: new (options: {
    // lib-storage types this as the SDK's own S3Client class; the sink passes the client it sends with.
    client: never;
    params: { Bucket: string; Key: string; Body: Uint8Array; ContentType?: string };
    partSize?: number;
    queueSize?: number;
    leavePartsOnError?: boolean;
  }) => UploadLike;
}

/** The SDK modules an s3Sink may be given instead of importing them (`lib`). */
export interface S3SdkModules {
  /** `@aws-sdk/client-s3`, e.g. `await import('@aws-sdk/client-s3')`. */
  s3: S3Module;
  /** `@aws-sdk/lib-storage`; imported on the first multipart upload when left out. */
  storage?: S3StorageModule;
}

/**
 * Returns `lib` or the installed `@aws-sdk/client-s3`.
 *
 * @throws {CapabilityError} naming `npm install @aws-sdk/client-s3` when it is not installed.
 */
export function loadS3Module(lib?: S3Module): Promise<S3Module> {
  if (lib) return Promise.resolve(lib);
  return importAwsPackage<S3Module>('s3', '@aws-sdk/client-s3', () => import('@aws-sdk/client-s3'));
}

/**
 * Returns `lib` or the installed `@aws-sdk/lib-storage`.
 *
 * @throws {CapabilityError} naming `npm install @aws-sdk/lib-storage` when it is not installed.
 */
export function loadS3Storage(lib?: S3StorageModule): Promise<S3StorageModule> {
  if (lib) return Promise.resolve(lib);
  return importAwsPackage<S3StorageModule>(
    's3',
    '@aws-sdk/lib-storage',
    () => import('@aws-sdk/lib-storage'),
  );
}
