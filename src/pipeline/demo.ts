// `runDemo` was first published from ohmystack/pipeline. The demo runs against the site replica, which
// belongs to ohmystack/testing; this wrapper loads it only when called, so importing the pipeline (or
// the root) never loads the replicas.
import type { DemoOptions, DemoResult } from '../testing/demo.js';

export type { DemoCount, DemoOptions, DemoResult } from '../testing/demo.js';

/**
 * Returns the demo's run report with the top stacks, regions and job families, after running the whole
 * flow offline into `options.out` — exactly `runDemo` from ohmystack/testing, loaded on first call.
 *
 * @deprecated Use `runDemo` from `ohmystack/testing`.
 * @example
 * const demo = await runDemo({ out: 'demo', postings: 500 });
 * demo.topStacks[0]; // { name: 'Java', postings: 102 }
 * @throws whatever `runDemo` from ohmystack/testing throws (ConfigError, AbortedError, …).
 */
export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const demo = await import('../testing/demo.js');
  return demo.runDemo(options);
}
