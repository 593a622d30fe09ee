// Our Aho–Corasick automaton (src/normalize/stacks/aho-corasick.ts) beside modern-ahocorasick 3, both
// backends (the default compact one and the double-array `modern-ahocorasick/fast`), on what
// extractStacks does with it: the stack dictionary's patterns over the demo's posting texts (4,000
// generated postings, title and description sections, NFKC and lowercased as extractStacks scans them).
// Every occurrence is reported with its range on both sides ('all' strategy), and the bench first checks
// that both find the same occurrences. Rounds alternate the sides; medians after one warm-up round.
import { performance } from 'node:perf_hooks';
import AhoCorasick from 'modern-ahocorasick';
import FastAhoCorasick from 'modern-ahocorasick/fast';
import { buildAhoCorasick } from '../src/normalize/stacks/aho-corasick.js';
import { STACK_PATTERNS } from '../src/normalize/stacks/dictionary.gen.js';
import { generatePostings } from '../src/testing/generate-postings.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

const POSTINGS = Number(process.env.OHMYSTACK_BENCH_COUNT ?? 4000);
const ROUNDS = Number(process.env.OHMYSTACK_BENCH_ROUNDS ?? 7);
/** Ours is kept only when it is at least this much faster than the library, by the median. */
const KEEP_OURS_AT = 1.3;

/** The demo's posting texts, in the form extractStacks scans (NFKC, lowercase). */
function postingTexts(): string[] {
  return generatePostings({ count: POSTINGS }).map((p) =>
    [p.title, p.intro, p.mainTasks, p.requirements, p.preferred].join('\n').normalize('NFKC').toLowerCase(),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Returns ours/theirs scan time for the stack dictionary over the demo's posting texts. */
export async function benchAhoCorasick(): Promise<BenchResult[]> {
  const patterns = STACK_PATTERNS.split('\n').map((line) => line.split('\t')[0]!);
  const texts = postingTexts();
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);

  const buildTimes = { ours: [] as number[], library: [] as number[], libraryFast: [] as number[] };
  const build = <T>(into: number[], make: () => T): T => {
    const start = performance.now();
    const made = make();
    into.push(performance.now() - start);
    return made;
  };
  let ours = buildAhoCorasick(patterns);
  let library = new AhoCorasick(patterns);
  let libraryFast = new FastAhoCorasick(patterns);
  for (let round = 0; round < ROUNDS; round++) {
    ours = build(buildTimes.ours, () => buildAhoCorasick(patterns));
    library = build(buildTimes.library, () => new AhoCorasick(patterns));
    libraryFast = build(buildTimes.libraryFast, () => new FastAhoCorasick(patterns));
  }

  // The same occurrences on every text, or the timing compares different work.
  let occurrences = 0;
  let disagreements = 0;
  for (const text of texts) {
    const mine: string[] = [];
    ours.scan(text, (pattern, start, end) => mine.push(`${start}:${end}:${pattern}`));
    const theirs = library.search(text).map((m) => `${m.start}:${m.end}:${m.patternIndex}`);
    occurrences += mine.length;
    if (mine.sort().join() !== theirs.sort().join()) disagreements++;
  }

  let found = 0;
  const medians = sideBySide(
    {
      ours: () => {
        for (const text of texts) ours.scan(text, () => found++);
      },
      library: () => {
        for (const text of texts) for (const _ of library.iterate(text)) found++;
      },
      libraryFast: () => {
        for (const text of texts) for (const _ of libraryFast.iterate(text)) found++;
      },
    },
    ROUNDS,
  );
  const best = Math.min(medians.library, medians.libraryFast);
  const ratio = medians.ours / best;
  return [
    {
      name: 'ahoCorasick: ours / modern-ahocorasick, stack dictionary over the demo postings',
      value: ratio,
      unit: '× library time',
      target: `≤ ${Math.round((1 / KEEP_OURS_AT) * 100) / 100}× to keep ours (${KEEP_OURS_AT}× faster)`,
      ok: ratio <= 1 / KEEP_OURS_AT,
      detail: {
        oursFasterBy: best / medians.ours,
        oursMs: medians.ours,
        libraryMs: medians.library,
        libraryFastMs: medians.libraryFast,
        oursMBps: bytes / 1e6 / (medians.ours / 1000),
        libraryMBps: bytes / 1e6 / (best / 1000),
        oursBuildMs: median(buildTimes.ours),
        libraryBuildMs: median(buildTimes.library),
        libraryFastBuildMs: median(buildTimes.libraryFast),
        patterns: patterns.length,
        texts: texts.length,
        megabytes: bytes / 1e6,
        occurrences,
        textsWhereTheyDisagree: disagreements,
      },
    },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await benchAhoCorasick()) console.log(formatResult(result));
}
