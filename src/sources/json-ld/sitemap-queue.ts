// The sitemaps one run reads, in order: the root, then each child sitemap an index names, once. A Set
// beside the list keeps adding a child constant-time, so an index of 50,000 children is read in one pass.
import { SITEMAP_MAX_ENTRIES } from './parse-sitemap.js';

/** One sitemap to read and the index that named it (none for the root the user gave). */
export interface QueuedSitemap {
  url: string;
  from?: string;
}

/**
 * The child sitemaps one run reads at most, across every index it meets: what one index may list by
 * the sitemap protocol, so nested indexes cannot multiply it.
 */
export const MAX_CHILD_SITEMAPS = SITEMAP_MAX_ENTRIES;

/**
 * Returns a queue holding the root sitemap; children are added as indexes are read, at most `max`.
 *
 * @example
 * const queue = new SitemapQueue('https://careers.acme.test/sitemap.xml');
 * queue.add(['https://careers.acme.test/jobs-1.xml'], 'https://careers.acme.test/sitemap.xml'); // 0 ignored
 * queue.at(1); // { url: 'https://careers.acme.test/jobs-1.xml', from: 'https://careers.acme.test/sitemap.xml' }
 */
export class SitemapQueue {
  readonly #sitemaps: QueuedSitemap[];
  readonly #known: Set<string>;
  readonly #max: number;

  constructor(root: string, max = MAX_CHILD_SITEMAPS) {
    this.#sitemaps = [{ url: root }];
    this.#known = new Set([root]);
    this.#max = max;
  }

  /** How many sitemaps the queue holds, the root included. */
  get size(): number {
    return this.#sitemaps.length;
  }

  /** Returns the `index`-th sitemap (0 is the root), or undefined past the end. */
  at(index: number): QueuedSitemap | undefined {
    return this.#sitemaps[index];
  }

  /** Returns how many new children were left out because the run already holds `max` of them. */
  add(children: readonly string[], from: string): number {
    let ignored = 0;
    for (const url of children) {
      if (this.#known.has(url)) continue;
      if (this.#sitemaps.length - 1 >= this.#max) {
        ignored++;
        continue;
      }
      this.#known.add(url);
      this.#sitemaps.push({ url, from });
    }
    return ignored;
  }
}
