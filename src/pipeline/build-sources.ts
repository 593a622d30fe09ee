// Site ids and specs from a config become Source objects; a Source given in code is used as is.
import { jobkorea } from '../sources/jobkorea/index.js';
import { jsonLdJobPosting } from '../sources/json-ld/index.js';
import { jumpit } from '../sources/jumpit/index.js';
import { programmers } from '../sources/programmers/index.js';
import { saramin } from '../sources/saramin/index.js';
import type { Source } from '../sources/types.js';
import { wanted } from '../sources/wanted/index.js';
import { isSource, type ResolvedPipelineConfig, type SiteId } from './config.js';
import type { Secrets } from './secrets.js';

// Each factory validates its own options; the config only says which site and passes them on.
const FACTORIES: Record<SiteId, (options: Record<string, unknown>, secrets: Secrets) => Source> = {
  jumpit: (options) => jumpit(options),
  wanted: (options) => wanted(options),
  programmers: (options) => programmers(options),
  saramin: (options, secrets) =>
    saramin({ ...options, ...(secrets.saraminAccessKey ? { accessKey: secrets.saraminAccessKey } : {}) }),
  jobkorea: (options) => jobkorea(options),
  jsonLd: (options) => jsonLdJobPosting(options),
};

/**
 * Returns the run's sources, in config order.
 *
 * @throws {TypeError} when two sources share an id (their state and staging would collide).
 */
export function buildSources(entries: ResolvedPipelineConfig['sources'], secrets: Secrets): Source[] {
  const sources = entries.map((entry) => {
    if (isSource(entry)) return entry;
    const { site, ...options } = entry as { site: SiteId } & Record<string, unknown>;
    return FACTORIES[site](options, secrets);
  });
  const seen = new Set<string>();
  for (const source of sources) {
    if (seen.has(source.id))
      throw new TypeError(
        `[ohmystack:pipeline] two sources have the id "${source.id}"; give each jsonLd source its own "source" name`,
      );
    seen.add(source.id);
  }
  return sources;
}
