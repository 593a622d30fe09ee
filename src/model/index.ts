export type { AbortedErrorDetails } from './errors/aborted-error.js';
export { AbortedError } from './errors/aborted-error.js';
export type { AuthErrorDetails } from './errors/auth-error.js';
export { AuthError } from './errors/auth-error.js';
export type { BodyParseErrorDetails } from './errors/body-parse-error.js';
export { BodyParseError } from './errors/body-parse-error.js';
export type { BodyTooLargeErrorDetails } from './errors/body-too-large-error.js';
export { BodyTooLargeError } from './errors/body-too-large-error.js';
export type { CapabilityErrorDetails } from './errors/capability-error.js';
export { CapabilityError } from './errors/capability-error.js';
export type { ConfigErrorDetails } from './errors/config-error.js';
export { ConfigError } from './errors/config-error.js';
export type { HttpStatusErrorDetails } from './errors/http-status-error.js';
export { HttpStatusError } from './errors/http-status-error.js';
export type { MissingOptionErrorDetails } from './errors/missing-option-error.js';
export { MissingOptionError } from './errors/missing-option-error.js';
export type { NetworkErrorDetails } from './errors/network-error.js';
export { NetworkError } from './errors/network-error.js';
export type { OffsiteUrlErrorDetails } from './errors/offsite-url-error.js';
export { OffsiteUrlError } from './errors/offsite-url-error.js';
export type {
  ErrorCode,
  ErrorContext,
  ErrorDetails,
  OhmystackErrorDetails,
  OhmystackErrorOptions,
} from './errors/ohmystack-error.js';
export { isOhmystackError, isRetryable, OhmystackError } from './errors/ohmystack-error.js';
export type { ParseErrorDetails } from './errors/parse-error.js';
export { ParseError } from './errors/parse-error.js';
export type { PrivateNetworkErrorDetails } from './errors/private-network-error.js';
export { PrivateNetworkError } from './errors/private-network-error.js';
export type { ProfileErrorDetails } from './errors/profile-error.js';
export { ProfileError } from './errors/profile-error.js';
export type { QuotaExceededErrorDetails } from './errors/quota-exceeded-error.js';
export { QuotaExceededError } from './errors/quota-exceeded-error.js';
export type { RobotsDeniedErrorDetails } from './errors/robots-denied-error.js';
export { RobotsDeniedError } from './errors/robots-denied-error.js';
export type { RunLockedErrorDetails } from './errors/run-locked-error.js';
export { RunLockedError } from './errors/run-locked-error.js';
export type { SinkWriteErrorDetails } from './errors/sink-write-error.js';
export { SinkWriteError } from './errors/sink-write-error.js';
export type { TimeoutErrorDetails } from './errors/timeout-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export type { ValidationErrorDetails, ValidationIssue } from './errors/validation-error.js';
export { ValidationError } from './errors/validation-error.js';
export { ChangeField, LifecycleRecord, PostingChange, TrackedField, TrackedFields } from './lifecycle.js';
export {
  Address,
  Career,
  Deadline,
  Education,
  EducationLevel,
  Employment,
  EmploymentType,
  GeoPoint,
  GeoPrecision,
  LocationKind,
  MilitaryService,
  Posting,
  PostingRaw,
  Salary,
} from './posting.js';
export type { ParseResult } from './quarantine.js';
export { QuarantineCode, QuarantineEntry } from './quarantine.js';
export { describeQuarantine } from './quarantine-messages.js';
export type { ParsedRawPosting } from './raw-posting.js';
export { RawCareer, RawCoordinates, RawPosting, RawSalary, RawSections } from './raw-posting.js';
export { FeatureRow, PostingRow } from './rows.js';
export type { RunSlot } from './run.js';
export { parseRunId, runSlot } from './run.js';
export { RunReport, SinkReport, SourceReport, StageReport } from './run-report.js';
