// Vocabulary of the synthetic job market: company names, workplaces and the stacks and titles of
// each job family. Real place and technology names, invented postings.

/** Company names as sites write them, legal-form affixes included on purpose. */
export const COMPANIES = [
  '(주)카카오', '네이버', '주식회사 비바리퍼블리카', '(주)우아한형제들', '쿠팡(주)', '라인플러스㈜', '당근마켓',
  '(주)야놀자', '크래프톤', '엔씨소프트', '넥슨코리아', '(주)컬리', '무신사', '(주)리디', '직방', '주식회사 뱅크샐러드',
  '쏘카', '에이블리코퍼레이션', '(주)당근페이', '하이퍼커넥트', '센드버드코리아', '몰로코코리아', '(주)업스테이지',
  '뤼튼테크놀로지스', '(주)마키나락스', '스캐터랩', '(주)래블업', '리벨리온', '퓨리오사에이아이', '딥엑스',
  '노타', '(주)씨메스', '트웰브랩스', '(주)클래스101', '오늘의집 버킷플레이스', '주식회사 드림어스컴퍼니',
  '㈜한컴', '티맥스소프트', '더존비즈온', '(주)안랩', '이글루코퍼레이션', '파수', '지니언스', '(주)시큐아이',
  '삼성SDS', 'LG CNS', 'SK C&C', '현대오토에버', '(주)포스코DX', 'KT DS', 'CJ올리브네트웍스', '롯데정보통신',
  '하이닉스 주식회사', '(주)텔레칩스', '넥스트칩', '(주)알티스트', '스트라드비젼', '(주)모빌린트', '에이치엘만도',
  '두나무(주)', '(주)빗썸코리아', '람다256', '해시드', '(주)그라운드엑스', '카카오페이증권', '토스증권',
  '케이뱅크', '(주)핀다', '렌딧', '(주)에임', '뱅크샐러드', '마이리얼트립', '여기어때컴퍼니', '야놀자클라우드',
] as const;

/** Workplaces: 시도 as sites shorten it, 시군구, a real road and a building name. */
export const WORKPLACES = [
  ['서울', '강남구', '테헤란로', '역삼동', '강남파이낸스센터'],
  ['서울', '강남구', '강남대로', '논현동', '에이프로스퀘어'],
  ['서울', '강남구', '선릉로', '삼성동', '선릉빌딩'],
  ['서울', '서초구', '서초대로', '서초동', '서초타워'],
  ['서울', '서초구', '강남대로', '양재동', '양재센터'],
  ['서울', '송파구', '올림픽로', '잠실동', '잠실타워'],
  ['서울', '송파구', '송파대로', '문정동', '문정테라타워'],
  ['서울', '마포구', '양화로', '서교동', '홍대입구빌딩'],
  ['서울', '영등포구', '여의대로', '여의도동', '파크원타워'],
  ['서울', '구로구', '디지털로', '구로동', '지밸리비즈플라자'],
  ['서울', '금천구', '가산디지털1로', '가산동', '대륭포스트타워'],
  ['서울', '성동구', '왕십리로', '성수동1가', '성수에스타워'],
  ['서울', '중구', '세종대로', '태평로1가', '프레스센터'],
  ['서울', '종로구', '율곡로', '중학동', '트윈트리타워'],
  ['경기', '성남시 분당구', '판교역로', '백현동', '판교테크원'],
  ['경기', '성남시 분당구', '대왕판교로', '삼평동', '유스페이스2'],
  ['경기', '성남시 분당구', '분당내곡로', '삼평동', '판교세븐벤처밸리'],
  ['경기', '수원시 영통구', '삼성로', '매탄동', '디지털시티'],
  ['경기', '용인시 기흥구', '기흥로', '구갈동', '기흥센터'],
  ['경기', '안양시 동안구', '시민대로', '관양동', '평촌스마트타워'],
  ['경기', '화성시', '동탄대로', '오산동', '동탄테크노밸리'],
  ['경기', '이천시', '경충대로', '부발읍', '이천캠퍼스'],
  ['인천', '연수구', '송도과학로', '송도동', '송도테크노파크'],
  ['대전', '유성구', '대학로', '궁동', '대덕연구센터'],
  ['대전', '유성구', '테크노중앙로', '용산동', '대덕테크노밸리'],
  ['부산', '해운대구', '센텀중앙로', '우동', '센텀사이언스파크'],
  ['대구', '동구', '동대구로', '신천동', '대구스마트시티센터'],
  ['광주', '북구', '첨단과기로', '오룡동', '첨단벤처센터'],
  ['충북', '청주시 흥덕구', '대신로', '송정동', '오창과학단지'],
  ['제주', '제주시', '첨단로', '영평동', '제주첨단과학단지'],
] as const;

/** Job families with site category names, title stems and the stacks such postings ask for. */
export const FAMILIES = [
  { category: '서버/백엔드 개발자', titles: ['백엔드 개발자', '서버 개발자', 'Backend Engineer'], stacks: ['Java', 'Spring Boot', 'Kotlin', 'JPA', 'MySQL', 'Redis', 'Kafka', 'AWS', 'Docker', 'Node.js', 'Go', 'PostgreSQL'] },
  { category: '프론트엔드 개발자', titles: ['프론트엔드 개발자', 'Frontend Engineer', '웹 프론트엔드 개발자'], stacks: ['React', 'TypeScript', 'JavaScript', 'Next.js', 'Vue.js', 'Redux', 'HTML/CSS', 'Webpack', 'Jest'] },
  { category: '웹 풀스택 개발자', titles: ['풀스택 개발자', 'Fullstack Engineer'], stacks: ['React', 'Node.js', 'TypeScript', 'NestJS', 'PostgreSQL', 'AWS', 'GraphQL'] },
  { category: '안드로이드 개발자', titles: ['Android 개발자', '안드로이드 앱 개발자'], stacks: ['Kotlin', 'Android', 'Java', 'Coroutine', 'Jetpack Compose', 'Retrofit'] },
  { category: 'iOS 개발자', titles: ['iOS 개발자', 'iOS Engineer'], stacks: ['Swift', 'iOS', 'SwiftUI', 'RxSwift', 'Objective-C'] },
  { category: 'devops/시스템 엔지니어', titles: ['DevOps 엔지니어', 'SRE', '인프라 엔지니어'], stacks: ['Kubernetes', 'Docker', 'AWS', 'Terraform', 'Linux', 'Jenkins', 'Prometheus', 'ArgoCD'] },
  { category: '인공지능/머신러닝', titles: ['머신러닝 엔지니어', 'AI 리서처', 'ML Engineer'], stacks: ['Python', 'PyTorch', 'TensorFlow', 'scikit-learn', 'CUDA', 'Hugging Face', 'LLM'] },
  { category: '빅데이터 엔지니어', titles: ['데이터 엔지니어', 'Data Engineer'], stacks: ['Python', 'Spark', 'Airflow', 'Kafka', 'Hadoop', 'SQL', 'BigQuery', 'AWS'] },
  { category: '게임 클라이언트 개발자', titles: ['게임 클라이언트 프로그래머', 'Unity 개발자'], stacks: ['C#', 'Unity', 'C++', 'Unreal Engine', 'DirectX'] },
  { category: 'HW/임베디드', titles: ['임베디드 SW 개발자', '펌웨어 엔지니어'], stacks: ['C', 'C++', 'RTOS', 'Linux Kernel', 'ARM', 'Yocto'] },
  { category: 'SW/솔루션', titles: ['솔루션 개발자', 'SW 엔지니어'], stacks: ['C++', 'Qt', 'C#', '.NET', 'MFC', 'OpenCV'] },
  { category: '개발 PM', titles: ['개발 PM', 'Technical PM'], stacks: ['Jira', 'Confluence', 'SQL', 'Agile'] },
  { category: '블록체인', titles: ['블록체인 개발자', 'Smart Contract Engineer'], stacks: ['Solidity', 'Ethereum', 'Go', 'Rust', 'Web3'] },
  { category: 'QA 엔지니어', titles: ['QA 엔지니어', '테스트 자동화 엔지니어'], stacks: ['Selenium', 'Appium', 'Python', 'Jira', 'TestRail'] },
  { category: '정보보안 담당자', titles: ['보안 엔지니어', '정보보호 담당자'], stacks: ['Linux', 'Python', 'AWS', 'ISMS', 'Wireshark'] },
  { category: '기술지원', titles: ['기술지원 엔지니어', '솔루션 엔지니어'], stacks: ['Linux', 'Windows Server', 'Oracle', 'Shell'] },
  { category: 'DBA', titles: ['DBA', '데이터베이스 엔지니어'], stacks: ['Oracle', 'MySQL', 'PostgreSQL', 'MongoDB', 'Tibero'] },
] as const;

export const EMPLOYMENT_TYPES = ['정규직', '정규직', '정규직', '계약직', '인턴 (정규직 전환 가능)', '계약직 (정규직 전환가능)', '프리랜서'] as const;

export const EDUCATIONS = ['학력무관', '대졸↑', '대학교졸업(4년) 이상', '초대졸↑', '석사↑'] as const;

export const SALARIES = ['회사내규에 따름', '면접 후 결정', '3,600~4,800만원', '연봉 5,000만원 이상', '월급 3,000,000원'] as const;

export const BENEFITS = ['유연근무제', '재택근무', '점심 식대 지원', '도서 구입비 지원', '최신 장비 지원', '건강검진', '산업기능요원', '전문연구요원'] as const;
