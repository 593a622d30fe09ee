// The job-family taxonomy and the tables that map site categories onto it. Data only; the matching
// logic lives in position.ts. Site ids and names are the ones each site's own filters and answers use;
// only Saramin publishes its codes (tables linked from https://oapi.saramin.co.kr/guide/job-search).

/** The 16 job families of the original pipeline, in its order, with stable English ids. */
export const JOB_FAMILIES = [
  { id: 'backend', nameKo: '서버/백엔드', nameEn: 'Backend' },
  { id: 'frontend', nameKo: '프론트엔드', nameEn: 'Frontend' },
  { id: 'fullstack', nameKo: '웹풀스택', nameEn: 'Full-stack' },
  { id: 'mobile', nameKo: '모바일', nameEn: 'Mobile' },
  { id: 'devops', nameKo: 'DevOps/시스템엔지니어', nameEn: 'DevOps / Systems' },
  { id: 'ai-ml', nameKo: '인공지능/머신러닝', nameEn: 'AI / Machine learning' },
  { id: 'data-engineering', nameKo: '데이터엔지니어', nameEn: 'Data engineering' },
  { id: 'game', nameKo: '게임/VR/AR/3D', nameEn: 'Game / VR / AR / 3D' },
  { id: 'embedded', nameKo: '임베디드', nameEn: 'Embedded / Hardware' },
  { id: 'software', nameKo: 'SW/솔루션', nameEn: 'Software / Solutions' },
  { id: 'dev-pm', nameKo: '개발PM', nameEn: 'Engineering / Product management' },
  { id: 'blockchain', nameKo: '블록체인', nameEn: 'Blockchain' },
  { id: 'qa', nameKo: 'QA', nameEn: 'QA / Testing' },
  { id: 'security', nameKo: '인터넷보안', nameEn: 'Security' },
  { id: 'tech-support', nameKo: '기술지원', nameEn: 'Technical support' },
  { id: 'dba', nameKo: 'DBA', nameEn: 'Database administration' },
] as const;

/** A job-family id: 'backend', 'frontend', … (literal union of {@link JOB_FAMILIES} ids). */
export type JobFamilyId = (typeof JOB_FAMILIES)[number]['id'];

/**
 * Site category ids as `'<site>:<id>'`.
 * - Jumpit `jobCategory` (the 2023 list of a public client; a 2026 listing conflicts, so ids are data to
 *   re-check).
 * - Wanted dev sub-jobs under parent 518; 672 하드웨어, 896 영상·음성, 898 그래픽스 are
 *   from a public enum of the same ids. 793 CIO / 795 CTO are counted as dev-pm.
 * - Saramin `job_cd` keywords under `job_mid_cd` 2 (IT개발·데이터): read from public client code, not
 *   the official code table — approximate. 88 웹마스터 / 89 유지보수 / 98·102 컨설팅 → tech-support and
 *   82 데이터분석가 → data-engineering are our judgement calls; 97 GM(게임운영) is left unmapped.
 * - Programmers `job_category_ids` (the site's filter list: 28 named categories and 데이터 분석), ids as
 *   a public crawler of the site pairs them with those names; 1 서버/백엔드 is also the id every public
 *   client filters on. Judgement calls: 시스템/네트워크 (9) is devops, 시스템 소프트웨어 (18), 응용
 *   프로그램 (17) and ERP (129) software, 사물인터넷 (13) and 로보틱스 미들웨어 (27) embedded, 그래픽스
 *   (130) and VR/AR/3D (128) game as on Wanted, 데이터 분석 (158) data as on Saramin. The site has no
 *   technical-support category.
 */
export const SITE_CATEGORY_IDS: Readonly<Record<string, JobFamilyId>> = {
  'jumpit:1': 'backend',
  'jumpit:2': 'frontend',
  'jumpit:3': 'fullstack',
  'jumpit:4': 'mobile',
  'jumpit:5': 'game',
  'jumpit:6': 'game',
  'jumpit:7': 'dba',
  'jumpit:8': 'ai-ml',
  'jumpit:9': 'devops',
  'jumpit:10': 'security',
  'jumpit:11': 'qa',
  'jumpit:12': 'dev-pm',
  'jumpit:13': 'embedded',
  'jumpit:15': 'software',
  'jumpit:16': 'mobile',
  'jumpit:17': 'frontend',
  'jumpit:18': 'mobile',
  'jumpit:19': 'data-engineering',
  'jumpit:20': 'game',
  'jumpit:21': 'tech-support',
  'jumpit:22': 'blockchain',
  'wanted:872': 'backend',
  'wanted:873': 'fullstack',
  'wanted:669': 'frontend',
  'wanted:660': 'backend',
  'wanted:899': 'backend',
  'wanted:655': 'data-engineering',
  'wanted:1634': 'ai-ml',
  'wanted:674': 'devops',
  'wanted:677': 'mobile',
  'wanted:678': 'mobile',
  'wanted:10110': 'software',
  'wanted:10111': 'mobile',
  'wanted:895': 'backend',
  'wanted:665': 'devops',
  'wanted:671': 'security',
  'wanted:676': 'qa',
  'wanted:658': 'embedded',
  'wanted:672': 'embedded',
  'wanted:661': 'backend',
  'wanted:900': 'software',
  'wanted:893': 'backend',
  'wanted:894': 'backend',
  'wanted:896': 'software',
  'wanted:898': 'game',
  'wanted:939': 'frontend',
  'wanted:1024': 'ai-ml',
  'wanted:1025': 'data-engineering',
  'wanted:1026': 'tech-support',
  'wanted:1027': 'blockchain',
  'wanted:1022': 'data-engineering',
  'wanted:10230': 'software',
  'wanted:10231': 'dba',
  'wanted:10112': 'game',
  'wanted:877': 'dev-pm',
  'wanted:876': 'dev-pm',
  'wanted:795': 'dev-pm',
  'wanted:793': 'dev-pm',
  'saramin:80': 'game',
  'saramin:81': 'tech-support',
  'saramin:82': 'data-engineering',
  'saramin:83': 'data-engineering',
  'saramin:84': 'backend',
  'saramin:85': 'security',
  'saramin:86': 'mobile',
  'saramin:87': 'fullstack',
  'saramin:88': 'tech-support',
  'saramin:89': 'tech-support',
  'saramin:90': 'security',
  'saramin:91': 'frontend',
  'saramin:92': 'frontend',
  'saramin:93': 'security',
  'saramin:94': 'security',
  'saramin:95': 'dba',
  'saramin:96': 'tech-support',
  'saramin:98': 'tech-support',
  'saramin:99': 'qa',
  'saramin:100': 'devops',
  'saramin:101': 'software',
  'saramin:102': 'tech-support',
  'saramin:2229': 'qa',
  'saramin:2239': 'security',
  'saramin:2246': 'data-engineering',
  'saramin:2247': 'dev-pm',
  'saramin:2248': 'ai-ml',
  'programmers:1': 'backend',
  'programmers:2': 'mobile',
  'programmers:3': 'mobile',
  'programmers:4': 'frontend',
  'programmers:5': 'ai-ml',
  'programmers:6': 'blockchain',
  'programmers:7': 'game',
  'programmers:9': 'devops',
  'programmers:10': 'qa',
  'programmers:11': 'ai-ml',
  'programmers:12': 'data-engineering',
  'programmers:13': 'embedded',
  'programmers:16': 'game',
  'programmers:17': 'software',
  'programmers:18': 'software',
  'programmers:20': 'game',
  'programmers:22': 'security',
  'programmers:25': 'fullstack',
  'programmers:26': 'embedded',
  'programmers:27': 'embedded',
  'programmers:59': 'devops',
  'programmers:92': 'dba',
  'programmers:125': 'dev-pm',
  'programmers:126': 'frontend',
  'programmers:127': 'mobile',
  'programmers:128': 'game',
  'programmers:129': 'software',
  'programmers:130': 'game',
  'programmers:158': 'data-engineering',
};

/**
 * Category names per family, as the sites write them (Jumpit, Wanted, Saramin/JobKorea/Remember,
 * Programmers, English), several per string separated by '|'. They are squashed (see position.ts) at load time,
 * so spacing, punctuation and a trailing '개발자'/'엔지니어' do not matter. Names that fit two families are decided here, not by keywords:
 * '웹 개발자' / '웹개발' are full-stack (web covers both ends); language jobs ('자바 개발자') backend;
 * 'C,C++ 개발자', 'ERP전문가' and 'SI개발' software; '데이터 사이언티스트' ai-ml; '데이터분석가', 'BI' data.
 */
export const CATEGORY_NAMES: Readonly<Record<JobFamilyId, readonly string[]>> = {
  backend: [
    '서버/백엔드 개발자|서버 개발자|백엔드 개발자|백엔드/서버개발|서버개발|자바 개발자|파이썬 개발자|Node.js 개발자|.NET 개발자',
    'PHP 개발자|루비온레일즈 개발자|RoR|Backend Engineer|Backend Developer|Server Engineer',
    'Server Developer|Java Developer',
  ],
  frontend: [
    '프론트엔드 개발자|프론트엔드|프런트엔드|웹퍼블리셔|웹 퍼블리셔|퍼블리셔|Frontend|Front-end Engineer',
    'Frontend Developer|Web Publisher',
  ],
  fullstack: ['웹 풀스택 개발자|풀스택 개발자|웹 개발자|웹개발|Fullstack|Full Stack Engineer|Web Developer'],
  mobile: [
    '안드로이드 개발자|iOS 개발자|크로스플랫폼 앱 개발자|크로스플랫폼|앱개발|앱 개발자|모바일 개발자|모바일 앱 개발자',
    'Android Developer|iOS Engineer|Mobile Engineer|Flutter 개발자',
  ],
  devops: [
    'devops/시스템 엔지니어|DevOps / 시스템 관리자|시스템,네트워크 관리자|SE(시스템엔지니어)|시스템엔지니어|인프라 엔지니어',
    '클라우드 엔지니어|네트워크 엔지니어|DevOps|SRE|Site Reliability Engineer|Infrastructure Engineer',
    'Platform Engineer|Cloud Engineer|데브옵스|시스템/네트워크',
  ],
  'ai-ml': [
    '인공지능/머신러닝|머신러닝 엔지니어|데이터 사이언티스트|AI/ML엔지니어|AI 엔지니어|AI(인공지능)|인공지능|ML Engineer',
    'Machine Learning Engineer|Data Scientist|AI Engineer',
  ],
  'data-engineering': [
    '데이터 엔지니어|데이터엔지니어|빅데이터 엔지니어|BI 엔지니어|데이터분석가|데이터 분석가|Data Engineer',
    'Big Data Engineer|Data Analyst|Analytics Engineer',
  ],
  game: [
    '게임 클라이언트 개발자|게임 서버 개발자|게임개발|게임 개발자|VR/AR/3D|VR 엔지니어|그래픽스 엔지니어|Game Developer',
    'Game Client Programmer|Unity 개발자',
  ],
  embedded: [
    'HW/임베디드|임베디드 개발자|임베디드|하드웨어 엔지니어|펌웨어 개발자|Embedded Engineer|Firmware Engineer',
    'Hardware Engineer|임베디드 소프트웨어|사물인터넷(IoT)|사물인터넷|IoT|로보틱스 미들웨어',
  ],
  software: [
    'SW/솔루션|소프트웨어 엔지니어|소프트웨어개발|소프트웨어 개발자|C,C++ 개발자|ERP전문가|ERP|SI개발|응용프로그램 개발자',
    '영상,음성 엔지니어|Software Engineer|Software Developer',
  ],
  'dev-pm': [
    '개발 PM|개발PM|개발 매니저|프로덕트 매니저|PM/PO|PM|PO|CTO,Chief Technology Officer|CTO',
    'CIO,Chief Information Officer|CIO|Engineering Manager|Product Manager',
    'Product Owner|Technical Program Manager',
  ],
  blockchain: ['블록체인|블록체인 플랫폼 엔지니어|블록체인 개발자|Blockchain Engineer|Web3 Engineer'],
  qa: ['QA 엔지니어|QA,테스트 엔지니어|QA/테스터|QA|SQA|테스트 엔지니어|QA Engineer|Test Engineer'],
  security: [
    '정보보안 담당자|보안 엔지니어|보안|정보보안|보안컨설팅|보안관제|CISO|CPO|Security Engineer',
    'Information Security',
  ],
  'tech-support': [
    '기술지원|기술 지원|유지보수|웹마스터|IT컨설팅|ICT컨설팅|FAE|Technical Support|Tech Support',
    'Solutions Engineer',
  ],
  dba: ['DBA|데이터베이스 관리자|Database Administrator|DB 엔지니어'],
};
