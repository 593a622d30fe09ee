// The answers that try to lead a client astray or make it leak: redirects off the site, into the network
// the client runs in, or back to themselves; and echoes of the request's secrets into the body.
import type { IncomingMessage } from 'node:http';
import type { Reply } from './reply.js';
import type { HostileEchoStatus } from './types.js';

/** Where the cloud metadata redirect goes: the instance credentials of the usual clouds. */
export const METADATA_URL = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';

/** Where the loopback redirect goes: a database port on the client's own machine. */
export const LOOPBACK_URL = 'http://127.0.0.1:5432/';

/** What a redirect needs to know about the server it comes from. */
export interface RedirectContext {
  /** 'http://localhost:PORT': this server under another site's name. */
  offsiteOrigin: string;
}

/**
 * Returns nothing; answers 302 to `to`: 'offsite' (the same path on another site), 'metadata',
 * 'loopback', 'loop' (this very URL) or a URL of its own.
 */
export function answerRedirect(
  reply: Reply,
  req: IncomingMessage,
  to: string,
  context: RedirectContext,
): void {
  const asked = req.url ?? '/';
  const location =
    to === 'offsite'
      ? `${context.offsiteOrigin}${asked}`
      : to === 'metadata'
        ? METADATA_URL
        : to === 'loopback'
          ? LOOPBACK_URL
          : to === 'loop'
            ? asked
            : to;
  reply.send(302, 'text/html; charset=utf-8', `<a href="${location}">moved</a>`, { location });
}

// The Kakao Local error types a client sorts these statuses by.
const ERROR_TYPES: Readonly<Record<Exclude<HostileEchoStatus, 200>, string>> = {
  400: 'InvalidArgument',
  401: 'AccessDeniedError',
  429: 'RequestThrottled',
  500: 'InternalServerError',
};

/**
 * Returns nothing; answers `status` with the request's Authorization header and query string in the
 * body: a Kakao-shaped JSON error `{ errorType, message }` for 4xx/5xx, an HTML page (not JSON) for 200.
 */
export function answerEcho(reply: Reply, req: IncomingMessage, status: HostileEchoStatus): void {
  const authorization = req.headers.authorization ?? '';
  const query = new URL(req.url ?? '/', 'http://hostile.invalid').search.slice(1);
  if (status === 200) {
    reply.send(
      200,
      'text/html; charset=utf-8',
      `<!DOCTYPE html><html><body><h1>Something went wrong</h1><pre>Authorization: ${authorization}\nQuery: ${query}</pre></body></html>`,
    );
    return;
  }
  const body = {
    errorType: ERROR_TYPES[status],
    message: `rejected request with Authorization: ${authorization} and query: ${query}`,
  };
  reply.send(status, 'application/json; charset=utf-8', JSON.stringify(body));
}
