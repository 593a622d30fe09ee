// The AWS SDK package the Athena catalog uses, as a structural type and a lazy loader.
import { type AwsClientInit, type AwsClientLike, importAwsPackage } from '../aws/sdk.js';

/** The input of a command: its constructor's argument. */
type CommandClass<Input> = new (input: Input) => object;

/** The part of `@aws-sdk/client-athena` the Athena catalog uses; the installed module fits as it is. */
export interface AthenaModule {
  AthenaClient: new (config: AwsClientInit) => AwsClientLike;
  StartQueryExecutionCommand: CommandClass<{
    QueryString: string;
    QueryExecutionContext?: { Database?: string };
    WorkGroup?: string;
    ResultConfiguration?: { OutputLocation?: string };
    ExecutionParameters?: string[];
  }>;
  GetQueryExecutionCommand: CommandClass<{ QueryExecutionId: string }>;
  GetQueryResultsCommand: CommandClass<{ QueryExecutionId: string; MaxResults?: number; NextToken?: string }>;
  StopQueryExecutionCommand: CommandClass<{ QueryExecutionId: string }>;
}

/** What GetQueryExecution answers, as far as the catalog reads it. */
export interface QueryExecutionOutput {
  QueryExecution?: {
    StatementType?: string;
    Status?: {
      State?: string;
      StateChangeReason?: string;
      AthenaError?: { ErrorType?: number; Retryable?: boolean; ErrorMessage?: string };
    };
  };
}

/**
 * Returns `lib` or the installed `@aws-sdk/client-athena`.
 *
 * @throws {CapabilityError} naming `npm install @aws-sdk/client-athena` when it is not installed.
 */
export function loadAthenaModule(lib?: AthenaModule): Promise<AthenaModule> {
  if (lib) return Promise.resolve(lib);
  return importAwsPackage<AthenaModule>(
    'athena',
    '@aws-sdk/client-athena',
    () => import('@aws-sdk/client-athena'),
  );
}
