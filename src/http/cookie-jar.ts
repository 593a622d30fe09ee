// A deliberately small cookie jar: enough for a login session or a site that sets a cookie on its first
// answer. Per origin (not per domain/path, which a crawler of a few API origins never needs), no
// dependency. Cookies never leave the client: not in errors, not in stats.

interface StoredCookie {
  value: string;
  /** Epoch ms after which the cookie is gone; undefined for a session cookie. */
  expiresAt: number | undefined;
}

/** Returns a per-origin cookie jar that reads `Set-Cookie` and writes `Cookie`. */
export class CookieJar {
  readonly #origins = new Map<string, Map<string, StoredCookie>>();

  /**
   * Returns nothing; stores the cookies of an answer from `origin` (an expired or `Max-Age=0` cookie
   * deletes the stored one, as browsers do).
   */
  store(origin: string, headers: Headers, now = Date.now()): void {
    const lines = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : [];
    if (lines.length === 0) return;
    let jar = this.#origins.get(origin);
    if (!jar) {
      jar = new Map();
      this.#origins.set(origin, jar);
    }
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expiresAt = readExpiry(attributes, now);
      if (expiresAt !== undefined && expiresAt <= now) jar.delete(name);
      else jar.set(name, { value, expiresAt });
    }
  }

  /** Returns the `Cookie` header value for `origin`, or undefined when it has no live cookie. */
  header(origin: string, now = Date.now()): string | undefined {
    const jar = this.#origins.get(origin);
    if (!jar) return undefined;
    const pairs: string[] = [];
    for (const [name, cookie] of jar) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) jar.delete(name);
      else pairs.push(`${name}=${cookie.value}`);
    }
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }
}

// Max-Age wins over Expires (RFC 6265 §5.3 step 3).
function readExpiry(attributes: readonly string[], now: number): number | undefined {
  let expires: number | undefined;
  for (const attribute of attributes) {
    const eq = attribute.indexOf('=');
    const key = (eq < 0 ? attribute : attribute.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? '' : attribute.slice(eq + 1).trim();
    if (key === 'max-age' && /^-?\d+$/.test(value)) return now + Number(value) * 1000;
    if (key === 'expires') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) expires = at;
    }
  }
  return expires;
}
