// The bodies hostile answers are made of: a start that looks like the real thing (a JSON envelope, a job
// page, a sitemap), padding that keeps it well-formed however long it runs, and an end that closes it.
import type { IncomingHttpHeaders } from 'node:http';
import type { HostileFormat } from './types.js';

/** The three parts of a padded document and its Content-Type. */
export interface PaddedDocument {
  contentType: string;
  start: Buffer;
  /** 64 KiB of padding that can repeat any number of times between `start` and `end`. */
  unit: Buffer;
  end: Buffer;
}

const UNIT_BYTES = 64 * 1024;

function repeatTo(piece: string, bytes: number): Buffer {
  const one = Buffer.from(piece, 'utf8');
  const out = Buffer.alloc(bytes, ' ');
  for (let at = 0; at + one.length <= bytes; at += one.length) one.copy(out, at);
  return out;
}

const DOCUMENTS: Readonly<Record<HostileFormat, PaddedDocument>> = {
  json: {
    contentType: 'application/json; charset=utf-8',
    start: Buffer.from('{"status":200,"message":"success","result":{"totalCount":1,"positions":[', 'utf8'),
    // Items inside the array, each closed, then spaces: the document stays valid however far it runs.
    unit: repeatTo('{"id":0,"title":"padding padding padding padding padding padding"},', UNIT_BYTES),
    end: Buffer.from('{"id":1,"title":"end"}]}}', 'utf8'),
  },
  html: {
    contentType: 'text/html; charset=utf-8',
    start: Buffer.from(
      '<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>채용 공고</title></head><body><main>',
      'utf8',
    ),
    unit: repeatTo('<p class="padding">padding padding padding padding padding padding</p>\n', UNIT_BYTES),
    end: Buffer.from('</main></body></html>', 'utf8'),
  },
  xml: {
    contentType: 'application/xml; charset=utf-8',
    start: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
      'utf8',
    ),
    unit: repeatTo('<!-- padding padding padding padding padding padding padding -->\n', UNIT_BYTES),
    end: Buffer.from('</urlset>\n', 'utf8'),
  },
};

/**
 * Returns the padded document of `format`.
 *
 * @example paddedDocument('json').start.toString() // '{"status":200,"message":"success","result":{…'
 */
export function paddedDocument(format: HostileFormat): PaddedDocument {
  return DOCUMENTS[format];
}

/**
 * Returns the format an answer to this request should take: the one asked for, else the path's
 * extension, else what the Accept header prefers (JSON only when it comes first), else HTML.
 *
 * @example formatOf(undefined, '/sitemap.xml', {}) // 'xml'
 */
export function formatOf(
  asked: HostileFormat | undefined,
  pathname: string,
  headers: IncomingHttpHeaders,
): HostileFormat {
  if (asked) return asked;
  const extension = /\.(json|html?|xml)$/i.exec(pathname)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'xml') return extension;
  if (extension !== undefined) return 'html';
  const accept = headers.accept ?? '';
  return /^\s*application\/(?:[\w.+-]*\+)?json/i.test(accept) ? 'json' : 'html';
}
