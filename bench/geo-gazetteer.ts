// Throughput of the offline gazetteer over realistic, varied job-posting location fields.
// Run alone: npx tsx bench/geo-gazetteer.ts (bench/index.ts may collect it with the others).
import { gazetteerGeocoder, gazetteerLookup, parseAddress } from '../src/geo/index.js';
import type { Address } from '../src/model/posting.js';
import { type BenchResult, formatResult, sideBySide } from './_measure.js';

/** Location fields in the shapes Korean job sites publish them, across every 시도. */
const SEED: readonly string[] = [
  '서울특별시 강남구 테헤란로 152, 33층 (역삼동, 강남파이낸스센터)',
  '경기 성남시 분당구 판교역로 235 에이치스퀘어 N동 7층',
  '서울 강남구 역삼동',
  '서울 마포구 양화로 45 메세나폴리스 10층',
  '부산 해운대구 센텀중앙로 97, A동 1203호',
  '대전 유성구 대학로 291 (구성동, 한국과학기술원)',
  '광주 광산구 하남산단6번로 107',
  '전남 목포시 영산로 100',
  '제주 제주시 첨단로 242',
  '세종특별자치시 조치원읍',
  '인천광역시 중구 공항로 272 (운서동)',
  '경기 수원시 영통구 (매탄동)',
  '강남구 신사동 524-36 루에랑 사옥',
  '대구 달서구 성서공단로 11',
  '울산 남구 삼산로 100',
  '강원도 춘천시 중앙로 1',
  '전라북도 전주시 완산구 효자로 225',
  '충남 천안시 서북구 불당동',
  '경북 포항시 남구 지곡로 80',
  '경남 창원시 성산구 중앙대로 151',
];

const TARGET_PER_SECOND = 100_000;
const SIZE = 20_000;

/**
 * Returns gazetteer lookups/s (median of runs) over ~20,000 varied location fields through the
 * memoized geocoder (`lookup`, the synchronous core of `geocode`); detail shows a fresh memo per run,
 * fully uncached parse + lookup, Address lookups without parsing, and the async `geocode` path.
 *
 * @example const { value } = await benchGazetteer(); // lookups per second
 */
export async function benchGazetteer(): Promise<BenchResult> {
  // Vary building numbers so fields are distinct; a tenth repeat, as one company's postings do.
  const corpus: string[] = [];
  for (let i = 0; corpus.length < SIZE; i++) {
    for (const s of SEED) corpus.push(i % 10 === 9 ? s : s.replace(/\d+/, (d) => String(Number(d) + i)));
  }
  const addresses = corpus.map((s) => parseAddress(s)).filter((a): a is Address => a !== null);
  const warm = gazetteerGeocoder({ memoSize: SIZE * 2 });
  let placed = 0;
  const ms = sideBySide({
    warm: () => {
      placed = 0;
      for (const s of corpus) if (warm.lookup(s) !== null) placed++;
    },
    cold: () => {
      const fresh = gazetteerGeocoder({ memoSize: SIZE * 2 });
      for (const s of corpus) fresh.lookup(s);
    },
    // No memo and no parse cache at all: parseAddress + gazetteerLookup per field.
    uncached: () => {
      for (const s of corpus) {
        const a = parseAddress(s);
        if (a) gazetteerLookup(a);
      }
    },
    addresses: () => {
      for (const a of addresses) gazetteerLookup(a);
    },
  });
  // The Promise wrapper too, once: what `geocodeAll` pays per distinct query.
  const start = performance.now();
  for (const s of corpus) await warm.geocode(s);
  const asyncMs = performance.now() - start;
  // The honest figure is the uncached one: every field parsed and looked up, no memo helping.
  const perSecond = (corpus.length / ms.uncached) * 1000;
  return {
    name: 'gazetteer (parseAddress + lookup, uncached)',
    value: perSecond,
    unit: 'lookups/s',
    target: `>= ${TARGET_PER_SECOND}`,
    ok: perSecond >= TARGET_PER_SECOND,
    detail: {
      lookups: corpus.length,
      placed,
      warmPerSecond: (corpus.length / ms.warm) * 1000,
      // Fresh memo per run; the address parser's own field cache is process-wide and stays warm.
      coldPerSecond: (corpus.length / ms.cold) * 1000,
      addressPerSecond: (addresses.length / ms.addresses) * 1000,
      asyncPerSecond: (corpus.length / asyncMs) * 1000,
    },
  };
}

if (process.argv[1]?.endsWith('geo-gazetteer.ts')) {
  benchGazetteer().then((result) => console.log(formatResult(result)));
}
