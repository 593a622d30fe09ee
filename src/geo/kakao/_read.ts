// Defensive readers for Kakao bodies: every field may be missing or of the other type (x/y are strings in
// search results and numbers in coord2regioncode, per Kakao's Local API guide), so nothing is trusted.

/** Returns `value` as a plain object, or undefined. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** Returns a trimmed non-empty string field, or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** Returns a coordinate from a string ('127.0364') or a number, or undefined when not a finite number. */
export function coordinate(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Returns `{ lat, lng }` from Kakao's `y`/`x` when both are in range, else undefined. */
export function latLng(x: unknown, y: unknown): { lat: number; lng: number } | undefined {
  const lng = coordinate(x);
  const lat = coordinate(y);
  if (lat === undefined || lng === undefined) return undefined;
  if (lat < -90 || lat > 90 || lng < -180 || lng > 180) return undefined;
  return { lat, lng };
}

/** Returns the `documents` array of a Kakao answer, or undefined when the body has none. */
export function documents(body: unknown): unknown[] | undefined {
  const docs = record(body)?.documents;
  return Array.isArray(docs) ? docs : undefined;
}

/** Returns a 10-digit administrative code, or undefined (REGION documents send `h_code: ""`). */
export function adminCode(value: unknown): string | undefined {
  const code = text(value);
  return code && /^\d{10}$/.test(code) ? code : undefined;
}
