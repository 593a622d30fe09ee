// robots.txt per RFC 9309: fetched once per origin per client and cached. 2xx → its rules; 4xx →
// "unavailable", allow all (§2.3.1.3); 5xx, 429 (as Google does) or no answer → "unreachable",
// disallow all (§2.3.1.4). The product token is matched case-insensitively by robots-parser.
import robotsParser from 'robots-parser';
import { AbortedError } from '../model/errors/aborted-error.js';
import { HttpStatusError } from '../model/errors/http-status-error.js';
import { isOhmystackError } from '../model/errors/ohmystack-error.js';

/** What one origin's robots.txt allows. */
export type RobotsRules =
  | { kind: 'rules'; isAllowed(url: string): boolean; crawlDelayMs: number | undefined }
  | { kind: 'allow_all' }
  | { kind: 'unreachable'; detail: string };

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
 * Returns the rules implied by a failed robots.txt fetch; rethrows an abort, which says nothing
 * about the site.
 *
 * @throws {AbortedError} when the fetch was aborted.
 */
export function rulesFromError(error: unknown): RobotsRules {
  if (error instanceof AbortedError || (isOhmystackError(error) && error.code === 'aborted')) throw error;
  if (error instanceof HttpStatusError) {
    if (error.status >= 400 && error.status < 500 && error.status !== 429) return { kind: 'allow_all' };
    return { kind: 'unreachable', detail: `status ${error.status}` };
  }
  return { kind: 'unreachable', detail: isOhmystackError(error) ? error.code : 'no answer' };
}
