import { SITE_PREFIXES } from '../prefixes.js';
import type { RouteContext } from '../route.js';

/**
 * Returns the replica's robots.txt: everything allowed except `/private/` under each site prefix,
 * an optional `Crawl-delay`, and the career sitemap.
 */
export function robotsTxt(context: RouteContext): string {
  const lines = ['User-agent: *'];
  for (const prefix of new Set(Object.values(SITE_PREFIXES))) lines.push(`Disallow: ${prefix}/private/`);
  lines.push('Allow: /');
  if (context.crawlDelay !== undefined) lines.push(`Crawl-delay: ${context.crawlDelay}`);
  lines.push('', `Sitemap: ${context.origin}/careers/sitemap.xml`, '');
  return lines.join('\n');
}
