// Everything a source hands a run — raw postings, and its result's warnings, error and quarantine
// entries — passes the run's scrubber here, before it is staged, normalized or written anywhere. A site
// that echoes a key into a posting (or a custom Source that carries one) stops at this door.

import type { RawPosting } from '../model/raw-posting.js';
import type { SecretScrubber } from '../model/secret-scrubber.js';
import type { CollectOptions, Source, SourceRun } from '../sources/types.js';

/**
 * Returns `source` with every posting it yields and its result scrubbed by `scrubber`; its id, its
 * incremental state and its commit are the source's own.
 *
 * @example const sources = buildSources(config.sources, secrets).map((source) => scrubbedSource(source, scrubber));
 */
export function scrubbedSource(source: Source, scrubber: SecretScrubber): Source {
  return {
    id: source.id,
    collect: (options?: CollectOptions) => scrubbedRun(source.collect(options), scrubber),
  };
}

function scrubbedRun(run: SourceRun, scrubber: SecretScrubber): SourceRun {
  return {
    result: run.result.then((result) => scrubber.scrubValue(result)),
    commit: () => run.commit(),
    [Symbol.asyncIterator](): AsyncIterator<RawPosting> {
      const inner = run[Symbol.asyncIterator]();
      return {
        async next() {
          const step = await inner.next();
          return step.done ? step : { done: false, value: scrubber.scrubValue(step.value) };
        },
        // A consumer that stops early must stop the crawl: the source's own return does that.
        async return(value?: unknown) {
          return inner.return ? inner.return(value) : { done: true, value: undefined };
        },
      };
    },
  };
}
