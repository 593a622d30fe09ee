import { collectSite } from './_collect.js';
import type { CollectOptions, SiteAdapter, Source } from './types.js';

/** A site factory that also carries the site's pure parsers (`jumpit.parseList`, `jumpit.parseDetail`). */
export type SourceFactory<Options, Parsers> = ((options?: Options) => Source) & Parsers;

/**
 * Returns a site factory: each call resolves the options into a {@link SiteAdapter} and wires it into the
 * shared collector. Sites never subclass a crawler; they only describe what to fetch and how to read it.
 *
 * @example export const jumpit = defineSource((options?: JumpitOptions) => jumpitAdapter(options), jumpitParsers);
 */
export function defineSource<Options, Parsers extends object>(
  build: (options: Options | undefined) => SiteAdapter,
  parsers: Parsers,
): SourceFactory<Options, Parsers> {
  const factory = (options?: Options): Source => {
    const adapter = build(options);
    return {
      id: adapter.id,
      collect: (collectOptions?: CollectOptions) => collectSite(adapter, collectOptions),
    };
  };
  return Object.assign(factory, parsers);
}
