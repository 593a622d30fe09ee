// Throughput of parseAddress over a corpus of realistic job-posting location fields.
// Run alone: npx tsx bench/parse-address.ts (bench/index.ts may collect it with the others).
import { parseAddress } from '../src/geo/index.js';
import { type BenchResult, formatResult, medianMs } from './_measure.js';

/** Location fields in the shapes Korean job sites publish them (Wanted, Jumpit, Saramin, JobKorea). */
const CORPUS_SEED: readonly string[] = [
  '서울특별시 강남구 테헤란로 152, 33층 (역삼동, 강남파이낸스센터)',
  '경기 성남시 분당구 대왕판교로 670 유스페이스2 B동 403호',
  '대한민국 서울 강남구 역삼로1길 8, 평익빌딩',
  '서울 강남구',
  '경기 성남시 분당구',
  '서울 종로구 율곡로2길25, 10층',
  '(10857) 경기 파주시 한산로 69',
  '대한민국 경기도 성남시 분당구 황새울로258번길 31',
  '서울시 서초구 반포대로21길17 B101호',
  '강남구 신사동 524-36 루에랑 사옥',
  '서울특별시 강남구 테헤란로13길',
  '광주 광산구 하남산단6번로 107',
  '전남 목포시 영산로 100',
  '강원도 춘천시 중앙로 1',
  '전라북도 전주시 완산구 효자로 225',
  '세종 한누리대로 2130',
  '제주 제주시 첨단로 242',
  '경기 용인시 처인구, 수원시 영통구',
  '서울 > 강남구',
  '대구 달서구 외',
  '전면 재택',
  '서울 전지역',
  '인천광역시 중구 공항로 272 (운서동)',
  '서울 마포구 양화로 45 메세나폴리스 10층',
  '부산 해운대구 센텀중앙로 97, A동 1203호',
  '대전 유성구 대학로 291 (구성동, 한국과학기술원)',
  '경기도 화성시 동탄대로 537 ',
  '서울 금천구 가산디지털1로 168 우림라이온스밸리 C동 9층',
  '서울 영등포구 여의대로 108 파크원타워1 (여의도동)',
  '성남시 분당구 판교역로 235 에이치스퀘어 N동 7층',
];

const TARGET_PER_SECOND = 200_000;

/**
 * Returns parseAddress throughput (addresses/s, median of runs) over a corpus built from realistic
 * job-site location fields with varied numbers.
 *
 * @example const { value } = await benchParseAddress(); // addresses per second
 */
export async function benchParseAddress(): Promise<BenchResult> {
  // Vary building numbers and floors so no input repeats exactly (no accidental caching anywhere).
  const corpus: string[] = [];
  for (let i = 0; i < 200; i++) {
    for (const s of CORPUS_SEED) corpus.push(i === 0 ? s : s.replace(/\d+/, (d) => String(Number(d) + i)));
  }
  let parsed = 0;
  const ms = medianMs(() => {
    parsed = 0;
    for (const s of corpus) if (parseAddress(s) !== null) parsed++;
  });
  const perSecond = (corpus.length / ms) * 1000;
  return {
    name: 'parseAddress',
    value: perSecond,
    unit: 'addresses/s',
    target: `>= ${TARGET_PER_SECOND}`,
    ok: perSecond >= TARGET_PER_SECOND,
    detail: { addresses: corpus.length, parsed, medianMs: ms },
  };
}

if (process.argv[1]?.endsWith('parse-address.ts')) {
  benchParseAddress().then((result) => console.log(formatResult(result)));
}
