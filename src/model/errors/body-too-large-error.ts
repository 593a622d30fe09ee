import { type ErrorDetails, OhmystackError, redactUrl } from './ohmystack-error.js';

/** What {@link BodyTooLargeError} is built from. */
export interface BodyTooLargeErrorDetails extends ErrorDetails {
  /** The request method, e.g. 'GET'. */
  method: string;
  /** The cap the answer went over, in decompressed bytes. */
  limitBytes: number;
  /** Decompressed bytes read before the client stopped reading. */
  bytesRead: number;
}

/**
 * Thrown when an answer's body, counted after decompression while it streams, goes over the client's
 * `maxBodyBytes` for that kind of request. Reading stops at the cap; not retryable, since the same
 * request would bring the same answer.
 *
 * @example
 * new BodyTooLargeError({ source: 'jumpit', url, method: 'GET', limitBytes: 10_485_760, bytesRead: 10_485_761 })
 */
export class BodyTooLargeError extends OhmystackError {
  override name = 'BodyTooLargeError';
  readonly method: string;
  readonly limitBytes: number;
  readonly bytesRead: number;

  constructor(details: BodyTooLargeErrorDetails) {
    const { method, limitBytes, bytesRead, hint, ...context } = details;
    const url = context.url === undefined ? '' : ` ${redactUrl(context.url)}`;
    super({
      ...context,
      message: `${method}${url} answered more than ${limitBytes} bytes (the cap); stopped after ${bytesRead}`,
      code: 'body_too_large',
      retryable: false,
      hint: hint ?? 'raise `maxBodyBytes` for this kind of request only if such answers are genuine',
    });
    this.method = method;
    this.limitBytes = limitBytes;
    this.bytesRead = bytesRead;
  }
}
