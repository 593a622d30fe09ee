// Sitemaps that never stop listing: a urlset of tens of thousands of entries and an index of a thousand
// children, generated while they are written (never held whole), pointing on the site, off it, or into
// private networks.
import type { Reply } from './reply.js';
import type { HostileEntries } from './types.js';

/** Where entries point, by kind. */
export interface FloodContext {
  /** 'http://127.0.0.1:PORT'. */
  origin: string;
  /** 'http://localhost:PORT'. */
  offsiteOrigin: string;
}

/** Loopback, private, link-local and metadata origins, taken in turn by 'private' entries. */
export const PRIVATE_ORIGINS: readonly string[] = [
  'http://169.254.169.254',
  'http://127.0.0.1:5432',
  'http://10.0.0.1',
  'http://192.168.0.1',
];

const BATCH = 1000;

function originOf(entries: HostileEntries, index: number, context: FloodContext): string {
  if (entries === 'site') return context.origin;
  if (entries === 'offsite') return context.offsiteOrigin;
  return PRIVATE_ORIGINS[index % PRIVATE_ORIGINS.length]!;
}

async function writeEntries(
  reply: Reply,
  head: string,
  tail: string,
  count: number,
  entry: (index: number) => string,
): Promise<void> {
  reply.head(200, { 'content-type': 'application/xml; charset=utf-8' });
  if (!(await reply.write(Buffer.from(head, 'utf8')))) return;
  for (let from = 1; from <= count; from += BATCH) {
    const lines: string[] = [];
    for (let index = from; index < Math.min(from + BATCH, count + 1); index++) lines.push(entry(index));
    if (!(await reply.write(Buffer.from(lines.join(''), 'utf8')))) return;
  }
  reply.end(Buffer.from(tail, 'utf8'));
}

/**
 * Returns once a `urlset` of `count` job pages (`/jobs/1`, `/jobs/2`… on the origin `entries` picks) is
 * written, or the client hung up.
 */
export function answerSitemapFlood(
  reply: Reply,
  count: number,
  entries: HostileEntries,
  context: FloodContext,
): Promise<void> {
  return writeEntries(
    reply,
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    '</urlset>\n',
    count,
    (index) =>
      `<url><loc>${originOf(entries, index, context)}/jobs/${index}</loc><lastmod>2026-11-29</lastmod></url>\n`,
  );
}

/**
 * Returns once a `sitemapindex` of `count` children is written, or the client hung up. Children on this
 * server or the off-site name are sitemap floods themselves ('/sitemap-flood/child-1.xml').
 */
export function answerSitemapIndexFlood(
  reply: Reply,
  count: number,
  entries: HostileEntries,
  context: FloodContext,
): Promise<void> {
  return writeEntries(
    reply,
    '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n',
    '</sitemapindex>\n',
    count,
    (index) =>
      `<sitemap><loc>${originOf(entries, index, context)}/sitemap-flood/child-${index}.xml</loc></sitemap>\n`,
  );
}
