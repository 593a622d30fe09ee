import type { SiteName, SiteReplica } from './types.js';

/** The path prefix of each base URL; the real site's path follows it. */
export const SITE_PREFIXES: Readonly<Record<keyof SiteReplica['baseUrls'], string>> = {
  jumpit: '/jumpit',
  wanted: '/wanted',
  wantedStatic: '/wanted-static',
  programmers: '/programmers',
  saraminApi: '/saramin-api',
  saramin: '/saramin',
  jobkorea: '/jobkorea',
  careers: '/careers',
};

/** The site each prefix serves. */
export const PREFIX_SITES: Readonly<Record<keyof SiteReplica['baseUrls'], SiteName>> = {
  jumpit: 'jumpit',
  wanted: 'wanted',
  wantedStatic: 'wanted',
  programmers: 'programmers',
  saraminApi: 'saramin',
  saramin: 'saramin',
  jobkorea: 'jobkorea',
  careers: 'careers',
};
