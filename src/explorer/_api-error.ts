// The one shape every failed API call answers with: `{ error: { code, field, message } }`, the field
// naming what to fix (a query parameter, a profile field, 'body'), so a caller never parses prose.

/** A request the explorer refuses, with the HTTP status it answers. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly field: string | null;

  constructor(status: number, code: string, field: string | null, message: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** The JSON body of the answer. */
  toJSON(): { error: { code: string; field: string | null; message: string } } {
    return { error: { code: this.code, field: this.field, message: this.message } };
  }
}

/** Returns the 400 answer for a query parameter or body field with a bad value. */
export function badValue(field: string, message: string): ApiError {
  return new ApiError(400, 'bad_value', field, message);
}
