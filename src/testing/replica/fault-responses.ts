import { html, json, type ReplicaResponse, type RouteFormat } from './route.js';

// Bodies of injected failures, in the route's own format: the JSON APIs answer JSON errors, the HTML
// sites error pages, as the real ones do behind their CDNs.

/** Returns an error response (429, 500, 503) with `Retry-After` when given. */
export function errorResponse(
  status: number,
  format: RouteFormat,
  retryAfterSeconds?: number,
): ReplicaResponse {
  const headers = retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) };
  const message =
    status === 429 ? 'Too Many Requests' : status === 503 ? 'Service Unavailable' : 'Internal Server Error';
  const response =
    format === 'json'
      ? json(status, { status, message })
      : html(
          status,
          `<!DOCTYPE html><html><head><title>${status} ${message}</title></head><body><h1>${message}</h1></body></html>`,
        );
  return headers ? { ...response, headers } : response;
}

/**
 * Returns a 200 whose body is not what the route serves: cut-off JSON for JSON routes, a block page
 * for HTML routes (the "비정상적인 접근" page scrapers meet), noise for the rest.
 */
export function garbageResponse(format: RouteFormat): ReplicaResponse {
  if (format === 'json')
    return {
      status: 200,
      body: '{"data":[{"id":1,"position":"백엔드',
      contentType: 'application/json; charset=utf-8',
    };
  if (format === 'html')
    return html(
      200,
      '<!DOCTYPE html><html><body><div class="captcha_wrap"><p>비정상적인 접근이 감지되었습니다. 잠시 후 다시 시도해 주세요.</p></div></body></html>',
    );
  return { status: 200, body: '\u0000\u0001garbage\u00ff', contentType: 'text/plain; charset=utf-8' };
}
