// The first check of every parser: is this body the kind of page it reads at all? A body that is not
// throws ParseError (the whole page is unusable); everything after that is per item.
import type { z } from 'zod';
import { ParseError } from '../model/errors/parse-error.js';

/**
 * Returns `body` parsed by an envelope schema, or throws when the body is not that envelope at all.
 *
 * @throws {ParseError} when the body does not match the envelope.
 * @example readEnvelope(body, JumpitListEnvelope, { source: 'jumpit', what: 'position list' })
 */
export function readEnvelope<S extends z.ZodType>(
  body: unknown,
  schema: S,
  ctx: { source: string; what: string },
): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  throw new ParseError({
    message: `body is not a ${ctx.what} (${detail})`,
    source: ctx.source,
    cause: parsed.error,
  });
}

/**
 * Returns the HTML string, or throws when the body is not a string that contains markup.
 *
 * @throws {ParseError} when the body is not HTML.
 * @example readHtml('<html><title>백엔드 개발자</title></html>', 'jobkorea') // the same string
 */
export function readHtml(body: unknown, source: string): string {
  if (typeof body !== 'string')
    throw new ParseError({ message: `body is a ${typeof body}, not an HTML string`, source });
  if (!/<[a-zA-Z!][^>]*>/.test(body)) throw new ParseError({ message: 'body has no HTML markup', source });
  return body;
}
