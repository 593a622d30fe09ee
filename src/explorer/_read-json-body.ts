// A request body read as JSON with a ceiling: the body is counted as it arrives and refused (413) the
// moment it passes the cap, so a client can never make the explorer hold more than that in memory.
import type { IncomingMessage } from 'node:http';
import { ApiError } from './_api-error.js';

/** The largest body POST /api/recommend accepts: a profile is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Returns the parsed JSON body of a request.
 *
 * @example const profile = await readJsonBody(request);
 * @throws {ApiError} 415 when the body is not declared JSON, 413 past `maxBytes`, 400 when it is not JSON
 */
export async function readJsonBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ApiError(
      415,
      'unsupported_media_type',
      'body',
      'send the body as JSON (Content-Type: application/json)',
    );
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, 'malformed_json', 'body', 'the body is not valid JSON');
  }
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'body_too_large', 'body', `the body must be at most ${maxBytes / 1024} KiB`);
}
