// robots.txt per RFC 9309: fetched once per origin per client and cached. 2xx → its rules; 4xx →
// "unavailable", allow all; 5xx or 429 (as Google does) → "unreachable", disallow all. A robots.txt that
// never answered (DNS failure, connection refused, a timeout) or that the client refused to fetch (a
// redirect off the site) says nothing about the site's wishes: the request fails with that error, so the
// report names the real cause instead of blaming robots.txt. The product token is matched
// case-insensitively by robots-parser.
import robotsParser from 'robots-parser';
import { AbortedError } from '../model/errors/aborted-error.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { isOhmystackError, type OhmystackError } from '../model/errors/ohmystack-error.js';

/** What one origin's robots.txt allows. */
export type RobotsRules =
  | { kind: 'rules'; isAllowed(url: string): boolean; crawlDelayMs: number | undefined }
  | { kind: 'allow_all' }
  | { kind: 'unreachable'; detail: string }
  /** robots.txt got no answer, or was refused before sending: requests to the origin fail with `error`. */
  | { kind: 'unfetched'; error: OhmystackError };

// What a robots.txt fetch can fail with before any answer came back.
const UNFETCHED_CODES: ReadonlySet<string> = new Set([
  'network',
  'timeout',
  'offsite_url',
  'private_network',
  'body_too_large',
]);

/**
 * Returns the rules of one robots.txt answer: parsed rules for text, or the RFC 9309 reading of the
 * error that fetching it ended with.
 *
 * @example rulesFromText('https://www.wanted.co.kr/robots.txt', 'User-agent: *\nDisallow: /api', 'ohmystack')
 */
export function rulesFromText(robotsUrl: string, text: string, agent: string): RobotsRules {
  const robot = robotsParser(robotsUrl, text);
  const delay = robot.getCrawlDelay(agent);
  return {
    kind: 'rules',
    // undefined means the URL is not on this robots.txt's origin; the caller never asks that.
    isAllowed: (url) => robot.isAllowed(url, agent) !== false,
    crawlDelayMs: typeof delay === 'number' && delay > 0 ? delay * 1000 : undefined,
  };
}

/**
 * Returns the rules implied by a failed robots.txt fetch: allow all for a 4xx, disallow all for a 5xx
 * or 429, the error itself when no answer came; rethrows an abort, which says nothing about the site.
 *
 * @throws {AbortedError} when the fetch was aborted.
 * @example rulesFromError(new HttpStatusError({ source: 'jumpit', url, method: 'GET', status: 503 })) // { kind: 'unreachable', detail: 'status 503' }
 */
export function rulesFromError(error: unknown): RobotsRules {
  if (error instanceof AbortedError || (isOhmystackError(error) && error.code === 'aborted')) throw error;
  if (error instanceof HttpStatusError) {
    if (error.status >= 400 && error.status < 500 && error.status !== 429) return { kind: 'allow_all' };
    return { kind: 'unreachable', detail: `status ${error.status}` };
  }
  if (isOhmystackError(error) && UNFETCHED_CODES.has(error.code)) return { kind: 'unfetched', error };
  return { kind: 'unreachable', detail: isOhmystackError(error) ? error.code : 'no answer' };
}
