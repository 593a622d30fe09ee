// Site job categories → one job-family taxonomy. Order of evidence: a site id ('wanted:872'), then an
// exact category name (squashed), then keyword rules in priority order. Tables: positions-data.ts.
import { cleanText } from './clean-text.js';
import { CATEGORY_NAMES, JOB_FAMILIES, type JobFamilyId, SITE_CATEGORY_IDS } from './positions-data.js';

export { JOB_FAMILIES, type JobFamilyId };

/** One job family: stable id, Korean and English names. */
export type JobFamilyInfo = (typeof JOB_FAMILIES)[number];

const MAX_INPUT = 200;
const MEMO_LIMIT = 4096;

// 'wanted:872', 'Jumpit:1', 'saramin: 84' — only known sites, so 'DevOps: SRE' stays a name.
const SITE_ID =
  /^(jumpit|wanted|saramin|programmers|jobkorea|remember|rallit|jobplanet)\s*:\s*([a-z0-9_-]+)$/;
// Characters that never tell two categories apart: '서버/백엔드 개발자' ≡ '서버 백엔드개발자' ('+' and '#' stay: C++, C#).
const SQUASH_CHARS = /[\s.,/\\|()[\]{}<>\-_·・•&:;'"!?~*]+/g;
// Trailing job words: 'Backend Engineer' ≡ 'Backend', '서버 개발자' ≡ '서버개발' ≡ '서버'.
const JOB_SUFFIX = /(?:개발자|엔지니어|개발|담당자|전문가|developer|engineer|programmer)$/;
// Separators turned into spaces for the keyword rules, so '\b' works on 'BACKEND_DEVELOPER', 'QA/테스터'.
const KEYWORD_SEPARATORS = /[_/·,|()[\]{}:;]+/g;
// Non-development families whose names contain dev words ('UI 디자이너', '서버 영업', '게임 기획').
const NON_DEV =
  /디자인|디자이너|design|마케팅|marketing|영업|sales|사업\s?개발|business dev|기획|\bhr\b|인사|회계|재무|경영|법무|고객\s?서비스|상담|생산|제조|건축|토목/;

/** Keyword rules, first match wins; specific families before the broad ones ('데이터 보안' is security). */
const KEYWORD_RULES: ReadonlyArray<readonly [RegExp, JobFamilyId]> = [
  [/블록체인|blockchain|web3|스마트\s?컨트랙트|smart contract/, 'blockchain'],
  [/보안|security|\bsecops\b|정보보호|모의해킹|침해|pentest|\bciso\b/, 'security'],
  [/\bdba\b|\bdb\s?(?:admin|엔지니어|관리)|데이터베이스\s?관리|database admin/, 'dba'],
  [/\bs?qa\b|테스트|테스터|\btest(?:er|ing)?\b|품질\s?보증|quality assurance/, 'qa'],
  [
    /인공지능|머신\s?러닝|딥\s?러닝|\bai\b|\bml\b|\bmlops\b|\bllm\b|\bnlp\b|자연어|컴퓨터\s?비전|computer vision|machine learning|deep learning|데이터\s?사이언|data scien/,
    'ai-ml',
  ],
  [/데이터|\bdata\b|\bbi\b|\betl\b|analytics|하둡|hadoop/, 'data-engineering'],
  [
    /게임|\bgames?\b|\bvr\b|\bar\b|\bxr\b|\b3d\b|메타버스|unity|unreal|언리얼|유니티|그래픽스|graphics/,
    'game',
  ],
  [
    /임베디드|embedded|펌웨어|firmware|\bhw\b|하드웨어|hardware|fpga|\bbsp\b|회로|반도체|\biot\b|사물\s?인터넷|로보틱스|robotics/,
    'embedded',
  ],
  [
    /devops|데브옵스|\bsre\b|site reliability|인프라|infra|클라우드|cloud|네트워크|network|시스템\s?(?:엔지니어|관리|운영)|system (?:engineer|admin)|sysadmin|\bse\b|platform engineer|kubernetes|쿠버네티스/,
    'devops',
  ],
  [
    /모바일|mobile|안드로이드|android|\bios\b|\bapps?\b|앱|flutter|플러터|react native|크로스\s?플랫폼|cross.?platform/,
    'mobile',
  ],
  [/풀\s?스택|full\s?-?stack/, 'fullstack'],
  [/프론트|프런트|front\s?-?end|퍼블리셔|publisher|퍼블리싱|마크업|markup/, 'frontend'],
  [
    /백\s?엔드|back\s?-?end|서버|server|\bapi\b|자바|\bjava\b|파이썬|python|node\.?js|spring|스프링|\bphp\b|\.net|닷넷|golang|ruby|rails|django|kotlin|코틀린|\bc#/,
    'backend',
  ],
  [
    /\bp[mo]\b|프로덕트\s?(?:매니저|오너)|product (?:manager|owner)|개발\s?(?:pm|매니저|팀장)|engineering manager|\bcto\b|\bcio\b|project manager|program manager/,
    'dev-pm',
  ],
  [
    /기술\s?지원|tech(?:nical)? support|유지\s?보수|헬프\s?데스크|help\s?desk|\bfae\b|컨설팅|consult|웹마스터|webmaster|전산|solutions? engineer/,
    'tech-support',
  ],
  [
    /소프트웨어|software|\bsw\b|솔루션|solution|\bsi\b|\berp\b|\bc\+\+|응용\s?프로그램|프로그래머|programmer|\bdeveloper\b/,
    'software',
  ],
];

function squash(text: string): string {
  let key = text.toLowerCase().replace(SQUASH_CHARS, '');
  for (let stripped = key.replace(JOB_SUFFIX, ''); stripped !== key && stripped !== ''; ) {
    key = stripped;
    stripped = key.replace(JOB_SUFFIX, '');
  }
  return key;
}

/** Squashed category name → family; the first family listing a name keeps it. */
const NAME_INDEX: ReadonlyMap<string, JobFamilyId> = (() => {
  const index = new Map<string, JobFamilyId>();
  for (const family of JOB_FAMILIES) {
    for (const chunk of CATEGORY_NAMES[family.id]) {
      for (const name of chunk.split('|')) {
        const key = squash(cleanText(name));
        if (key !== '' && !index.has(key)) index.set(key, family.id);
      }
    }
  }
  return index;
})();

const FAMILY_INDEX: ReadonlyMap<string, JobFamilyInfo> = new Map(JOB_FAMILIES.map((f) => [f.id, f]));

// Categories repeat across thousands of postings; a bounded memo keeps the hot path to one Map lookup.
const memo = new Map<string, JobFamilyId | null>();

/**
 * Returns the job-family id of one site category — a site id ('wanted:872', 'jumpit:1', 'saramin:84',
 * 'programmers:1'), a category name in Korean or English ('서버/백엔드 개발자', 'Backend Engineer') — or
 * `null` when it maps to no family (callers keep it visible as unknown). An unknown site id is `null`
 * too: ids are never guessed from keywords.
 *
 * @example normalizePosition('서버/백엔드 개발자') // 'backend'
 * @example normalizePosition('wanted:1634') // 'ai-ml'
 */
export function normalizePosition(raw: string): JobFamilyId | null {
  if (typeof raw !== 'string') return null;
  const cached = memo.get(raw);
  if (cached !== undefined) return cached;
  const result = classify(raw);
  if (raw.length > MAX_INPUT) return result;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, result);
  return result;
}

function classify(raw: string): JobFamilyId | null {
  const text = cleanText(raw.length > MAX_INPUT ? raw.slice(0, MAX_INPUT) : raw).toLowerCase();
  if (text === '') return null;
  const site = SITE_ID.exec(text);
  if (site) return SITE_CATEGORY_IDS[`${site[1]}:${site[2]}`] ?? null;
  const exact = NAME_INDEX.get(squash(text));
  if (exact) return exact;
  const spaced = ` ${text.replace(KEYWORD_SEPARATORS, ' ')} `;
  if (NON_DEV.test(spaced)) return null;
  for (const [rule, id] of KEYWORD_RULES) {
    if (rule.test(spaced)) return id;
  }
  return null;
}

/**
 * Returns the id, Korean and English name of a job family, or `undefined` for an unknown id.
 *
 * @example jobFamilyInfo('ai-ml') // { id: 'ai-ml', nameKo: '인공지능/머신러닝', nameEn: 'AI / Machine learning' }
 */
export function jobFamilyInfo(id: string): JobFamilyInfo | undefined {
  return FAMILY_INDEX.get(id);
}
