// Decoding answer bodies: text decoded by the charset the site declares (a few Korean sites still send
// EUC-KR), and short, safe copies of bodies for errors and quarantine.

/** At most this many characters of a body are kept in errors and quarantine entries. */
export const BODY_SNIPPET_CHARS = 2048;

/**
 * At most this many bytes of an error (non-2xx) answer are read: only a snippet of it is kept, and an
 * error page has no reason to be large.
 */
export const ERROR_BODY_BYTES = 64 * 1024;

/**
 * Returns `bytes` as text, decoded with the `charset` of `contentType` (UTF-8 when absent or unknown to
 * this runtime). With `cut`, the bytes end where a cap cut the body, so a character split by the cut is
 * dropped rather than shown as U+FFFD.
 *
 * @example decodeText(bytes, 'text/html; charset=euc-kr') // '<html lang="ko">…'
 */
export function decodeText(bytes: Uint8Array, contentType: string | null, cut = false): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  return decoderFor(charset).decode(bytes, { stream: cut });
}

// Inferred return type: this project's lib has TextDecoder as a value only.
function decoderFor(charset: string | undefined) {
  if (charset && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset);
    } catch {
      // An unknown label: fall through to UTF-8 rather than fail the request.
    }
  }
  return new TextDecoder();
}

/**
 * Returns `text` cut to {@link BODY_SNIPPET_CHARS} characters, with '…' when it was longer.
 *
 * @example truncateBody('x'.repeat(5000)).length // 2049
 */
export function truncateBody(text: string): string {
  return text.length > BODY_SNIPPET_CHARS ? `${text.slice(0, BODY_SNIPPET_CHARS)}…` : text;
}

/**
 * Returns an error answer's body for {@link HttpStatusError}: the parsed JSON when the text is short
 * JSON (so `isGone(status, body)` can read `{ code: 'C003' }`), else the text truncated to ~2 KB.
 *
 * @example errorBody('{"code":"C003"}') // { code: 'C003' }
 */
export function errorBody(text: string): unknown {
  if (text.length <= BODY_SNIPPET_CHARS) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return truncateBody(text);
}
