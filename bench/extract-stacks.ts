// extractStacks throughput on ~10 MB of generated Korean/English posting text (target ≥ 20 MB/s of UTF-8),
// with normalizeStacks tag throughput alongside. The text is built here from a fixed seed, so runs compare.
import { performance } from 'node:perf_hooks';
import { extractStacks, normalizeStacks } from '../src/normalize/stacks/index.js';
import { type BenchResult, medianMs } from './_measure.js';

const TARGET_MB_PER_SECOND = 20;

// Sentence pieces in the shape of real descriptions: Korean prose with English names, particles attached.
const PROSE = [
  '저희 팀은 대규모 트래픽을 처리하는 서비스를 개발하고 운영합니다. ',
  '주요 업무로는 신규 기능 설계와 개발, 코드 리뷰, 장애 대응이 있습니다. ',
  '자격 요건: 관련 경력 3년 이상, 원활한 커뮤니케이션 능력을 갖추신 분. ',
  '우대 사항: 오픈소스 기여 경험, 기술 블로그 운영 경험이 있으신 분. ',
  'We are looking for an engineer who enjoys building reliable systems at scale. ',
  '복지: 유연 근무제, 점심 식대 지원, 도서 구입비 지원, 최신 장비 제공. ',
  'You will collaborate with product managers and designers every day. ',
];
const TECH = [
  'Java와 Spring Boot 기반 백엔드 개발 경험',
  'React를 이용한 SPA 개발, TypeScript 능숙자',
  '파이썬, Django 또는 FastAPI 경험',
  'AWS(EC2, S3, RDS) 운영 경험',
  'Kubernetes, Docker, Jenkins로 CI/CD 구축',
  'MySQL, Redis, Kafka 사용 경험',
  'C/C++ 및 C# 개발 경험, .NET Core',
  'Node.js, Express, NestJS',
  'Go, Rust 언어 경험자',
  '자바스크립트와 HTML5, CSS3',
  'Elasticsearch 및 Kibana 운영',
  'Flutter 또는 React Native 앱 개발',
];

function makeText(targetBytes: number): string {
  let seed = 42;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const piece = next(3) === 0 ? `${TECH[next(TECH.length)]}. ` : PROSE[next(PROSE.length)]!;
    parts.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  return parts.join('');
}

/** Returns the extractStacks throughput in MB/s of UTF-8 on ~10 MB of generated text, plus normalizeStacks tags/s. */
export async function benchExtractStacks(): Promise<BenchResult & { mbPerSecond: number }> {
  const text = makeText(10 * 1024 * 1024);
  const bytes = Buffer.byteLength(text);
  // Descriptions are processed one posting at a time: 4 KB chunks, like a long posting body.
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += 4096) chunks.push(text.slice(at, at + 4096));
  let found = 0;
  const wholeMs = medianMs(() => {
    found = extractStacks(text).length;
  }, 3);
  const chunkMs = medianMs(() => {
    for (const chunk of chunks) extractStacks(chunk);
  }, 3);

  const tagLists = TECH.map((t) => t.split(/[,및와또는]/));
  const tags = Array.from({ length: 200_000 }, (_, i) => tagLists[i % tagLists.length]!.join(','));
  const start = performance.now();
  for (const tag of tags) normalizeStacks(tag);
  const normalizeMs = performance.now() - start;

  const mbPerSecond = bytes / 1024 / 1024 / (Math.max(wholeMs, chunkMs) / 1000);
  return {
    name: 'extractStacks',
    value: mbPerSecond,
    unit: 'MB/s',
    target: `≥ ${TARGET_MB_PER_SECOND} MB/s`,
    ok: mbPerSecond >= TARGET_MB_PER_SECOND,
    mbPerSecond,
    detail: {
      bytes,
      wholeTextMs: wholeMs,
      chunkedMs: chunkMs,
      idsFound: found,
      normalizeStacksTagsPerSecond: Math.round(tags.length / (normalizeMs / 1000)),
    },
  };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(await benchExtractStacks());
}
