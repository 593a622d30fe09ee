/** The default source id of postings read from JSON-LD; callers usually pass their own (`options.source`). */
export const JSONLD_SOURCE = 'jsonld';

/**
 * Returns a stable 16-hex-digit id for a text (two 32-bit FNV-1a hashes over its UTF-16 code units),
 * used as the `sourceId` of a JobPosting without an `identifier`. Pure and platform-independent, so the
 * same page URL gives the same id on every run and machine.
 *
 * @example stableId('https://careers.example.test/jobs/42') // '96f1bd51236703dd'
 */
export function stableId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

/**
 * Returns `url` made absolute against `base`, or undefined when it is not an http(s) URL.
 *
 * @example absoluteUrl('/jobs/42', 'https://careers.example.test/') // 'https://careers.example.test/jobs/42'
 */
export function absoluteUrl(url: string | undefined, base: string): string | undefined {
  if (url === undefined) return undefined;
  try {
    const resolved = new URL(url, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    // Neither absolute nor resolvable against the page URL: the caller falls back to the page URL.
    return undefined;
  }
}
