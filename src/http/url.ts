// URL helpers of the HTTP client: query strings built the way Korean job APIs expect (repeated keys),
// and URLs made safe to show in errors.
import { redactUrl } from '../model/errors/ohmystack-error.js';
import type { SearchParams } from './types.js';

/**
 * Returns `url` with `searchParams` appended; an array repeats its key, keeping the URL's own query.
 *
 * @example buildUrl('https://jumpit.saramin.co.kr/api/positions', { jobCategory: [1, 2], page: 1 })
 * // 'https://jumpit.saramin.co.kr/api/positions?jobCategory=1&jobCategory=2&page=1'
 */
export function buildUrl(url: string, searchParams?: SearchParams): URL {
  const result = new URL(url);
  if (!searchParams) return result;
  for (const [key, value] of Object.entries(searchParams)) {
    if (Array.isArray(value)) {
      for (const item of value as readonly (string | number)[]) result.searchParams.append(key, String(item));
    } else {
      result.searchParams.append(key, String(value));
    }
  }
  return result;
}

/**
 * Returns `url` fit for an error message: user and password removed, key-like parameters masked.
 *
 * @example safeUrl('https://u:p@api.example.com/x?api_key=abc') // 'https://api.example.com/x?api_key=***'
 */
export function safeUrl(url: string | URL): string {
  try {
    const parsed = new URL(String(url));
    parsed.username = '';
    parsed.password = '';
    return redactUrl(parsed.toString());
  } catch {
    return redactUrl(String(url));
  }
}
