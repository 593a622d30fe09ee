// Geo benchmarks, side by side in one run (issue: geo):
// - Kakao calls for 4,000 postings with 1,500 distinct addresses: the first run calls once per distinct
//   uncached query, a second run (same file cache) calls nothing; beside the original pipeline's count,
//   one forward and one reverse call per row per run.
// - gazetteer lookups/s and splitBranches beside a naive pairwise comparison (their own files).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cachedGeocoder,
  fallbackGeocoder,
  fileCache,
  gazetteerGeocoder,
  geocodeAll,
  kakaoGeocoder,
} from '../src/geo/index.js';
import type { Posting } from '../src/model/posting.js';
import { normalizePosting } from '../src/normalize/index.js';
import { WORKPLACES } from '../src/testing/_vocabulary.js';
import { createKakaoReplica } from '../src/testing/index.js';
import type { BenchResult } from './_measure.js';
import { benchBranches } from './geo-branches.js';
import { benchGazetteer } from './geo-gazetteer.js';

const POSTINGS = 4000;
const PER_WORKPLACE = 50; // 30 workplaces × 50 building numbers = 1,500 distinct addresses

function postings(): Posting[] {
  const addresses = WORKPLACES.flatMap(([sido, sigungu, road]) =>
    Array.from({ length: PER_WORKPLACE }, (_, n) => `${sido} ${sigungu} ${road} ${n + 1}, ${(n % 20) + 1}층`),
  );
  return Array.from({ length: POSTINGS }, (_, index) =>
    normalizePosting({
      source: 'bench',
      sourceId: String(index),
      url: `https://example.test/${index}`,
      fetchedAt: '2026-11-29T09:00:00+09:00',
      title: '백엔드 개발자',
      company: `회사 ${index % 300}`,
      locations: [addresses[(index * 7) % addresses.length]!],
    }),
  );
}

async function kakaoCalls(): Promise<BenchResult> {
  const kakao = await createKakaoReplica();
  const dir = mkdtempSync(join(tmpdir(), 'ohmystack-geocache-'));
  const batch = postings();
  const distinct = new Set(batch.map((posting) => posting.address?.query)).size;
  try {
    // Each run builds its geocoders anew, as the eight-times-daily job does; only the file cache persists.
    const run = async () => {
      const cache = fileCache({ dir });
      const geocoder = fallbackGeocoder([
        cachedGeocoder(
          kakaoGeocoder({ apiKey: kakao.apiKey, baseUrl: kakao.url, rate: 2000, concurrency: 8 }),
          cache,
        ),
        gazetteerGeocoder(),
      ]);
      kakao.resetCalls();
      const start = performance.now();
      const { report } = await geocodeAll(batch, { geocoder, concurrency: 8 });
      await cache.flush();
      const calls = Object.values(kakao.calls()).reduce((sum, count) => sum + count, 0);
      return { calls, ms: performance.now() - start, byProvider: report.byProvider };
    };
    const first = await run();
    const second = await run();
    const original = POSTINGS * 2;
    return {
      name: 'Kakao calls, 4,000 postings / 1,500 addresses: first run / original pipeline per run',
      value: first.calls / original,
      unit: '×',
      target: 'first run = distinct uncached queries, second run = 0',
      ok: first.calls === distinct && second.calls === 0,
      detail: {
        distinctAddresses: distinct,
        firstRunCalls: first.calls,
        secondRunCalls: second.calls,
        originalCallsPerRun: original,
        firstRunMs: first.ms,
        secondRunMs: second.ms,
        firstRunKakaoPoints: first.byProvider.kakao ?? 0,
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await kakao.close();
  }
}

/** Returns the geo benchmarks: Kakao calls against the original approach, gazetteer speed, branches. */
export async function benchGeo(): Promise<BenchResult[]> {
  return [await kakaoCalls(), await benchGazetteer(), ...(await benchBranches())];
}

if (process.argv[1]?.endsWith('geo.ts')) {
  const { formatResult } = await import('./_measure.js');
  for (const result of await benchGeo()) console.log(formatResult(result));
}
