import { describe, expect, it } from 'vitest';
import { JOB_FAMILIES, jobFamilyInfo, normalizePosition } from '../../../src/normalize/position.js';

describe('normalizePosition', () => {
  it.each([
    // Jumpit names and close variants
    ['서버/백엔드 개발자', 'backend'],
    ['서버 / 백엔드개발자', 'backend'],
    ['프론트엔드 개발자', 'frontend'],
    ['웹 풀스택 개발자', 'fullstack'],
    ['안드로이드 개발자', 'mobile'],
    ['iOS 개발자', 'mobile'],
    ['크로스플랫폼 앱 개발자', 'mobile'],
    ['게임 클라이언트 개발자', 'game'],
    ['게임 서버 개발자', 'game'],
    ['DBA', 'dba'],
    ['빅데이터 엔지니어', 'data-engineering'],
    ['인공지능/머신러닝', 'ai-ml'],
    ['devops/시스템 엔지니어', 'devops'],
    ['정보보안 담당자', 'security'],
    ['QA 엔지니어', 'qa'],
    ['개발 PM', 'dev-pm'],
    ['HW/임베디드', 'embedded'],
    ['SW/솔루션', 'software'],
    ['웹퍼블리셔', 'frontend'],
    ['VR/AR/3D', 'game'],
    ['블록체인', 'blockchain'],
    ['기술지원', 'tech-support'],
    // Wanted names
    ['서버 개발자', 'backend'],
    ['웹 개발자', 'fullstack'],
    ['자바 개발자', 'backend'],
    ['파이썬 개발자', 'backend'],
    ['데이터 엔지니어', 'data-engineering'],
    ['머신러닝 엔지니어', 'ai-ml'],
    ['DevOps / 시스템 관리자', 'devops'],
    ['시스템,네트워크 관리자', 'devops'],
    ['보안 엔지니어', 'security'],
    ['QA,테스트 엔지니어', 'qa'],
    ['임베디드 개발자', 'embedded'],
    ['.NET 개발자', 'backend'],
    ['C,C++ 개발자', 'software'],
    ['PHP 개발자', 'backend'],
    ['웹 퍼블리셔', 'frontend'],
    ['데이터 사이언티스트', 'ai-ml'],
    ['블록체인 플랫폼 엔지니어', 'blockchain'],
    ['BI 엔지니어', 'data-engineering'],
    ['ERP전문가', 'software'],
    ['VR 엔지니어', 'game'],
    ['개발 매니저', 'dev-pm'],
    ['프로덕트 매니저', 'dev-pm'],
    ['CTO,Chief Technology Officer', 'dev-pm'],
    ['Node.js 개발자', 'backend'],
    ['소프트웨어 엔지니어', 'software'],
    // JobKorea / Remember / Saramin names
    ['백엔드개발자', 'backend'],
    ['프론트엔드개발자', 'frontend'],
    ['웹개발', 'fullstack'],
    ['앱개발', 'mobile'],
    ['소프트웨어개발', 'software'],
    ['데이터엔지니어', 'data-engineering'],
    ['AI/ML엔지니어', 'ai-ml'],
    ['게임개발', 'game'],
    ['보안', 'security'],
    ['QA/테스터', 'qa'],
    ['PM/PO', 'dev-pm'],
    ['백엔드/서버개발', 'backend'],
    ['SE(시스템엔지니어)', 'devops'],
    ['SI개발', 'software'],
    ['퍼블리셔', 'frontend'],
    ['보안관제', 'security'],
    // English and keyword fallbacks
    ['Backend Engineer', 'backend'],
    ['Frontend', 'frontend'],
    ['Data Engineer', 'data-engineering'],
    ['ML Engineer', 'ai-ml'],
    ['SRE', 'devops'],
    ['Senior Backend Engineer (Kotlin)', 'backend'],
    ['BACKEND_DEVELOPER', 'backend'],
    ['Full-stack Developer', 'fullstack'],
    ['Android Engineer', 'mobile'],
    ['LLM 리서치 엔지니어', 'ai-ml'],
    ['클라우드 인프라 엔지니어', 'devops'],
    ['Unity 클라이언트 프로그래머', 'game'],
    ['펌웨어 엔지니어', 'embedded'],
    ['Security Engineer', 'security'],
    ['ＤＢＡ', 'dba'],
    // site ids
    ['jumpit:1', 'backend'],
    ['jumpit:8', 'ai-ml'],
    ['jumpit:16', 'mobile'],
    ['jumpit:22', 'blockchain'],
    ['wanted:872', 'backend'],
    ['wanted:669', 'frontend'],
    ['wanted:1634', 'ai-ml'],
    ['wanted:10231', 'dba'],
    ['Wanted: 674', 'devops'],
    ['saramin:84', 'backend'],
    ['saramin:92', 'frontend'],
    ['saramin:99', 'qa'],
    ['programmers:1', 'backend'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePosition(raw)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'UI/UX 디자이너',
    '서버 영업',
    '게임 기획',
    '사업개발',
    '마케팅',
    '회계',
    'jumpit:999',
    'wanted:1',
    'saramin:97',
  ])('%j → null', (raw) => {
    expect(normalizePosition(raw)).toBeNull();
  });

  it('gives the same answer the second time (memo)', () => {
    expect(normalizePosition('프론트엔드 개발자')).toBe('frontend');
    expect(normalizePosition('프론트엔드 개발자')).toBe('frontend');
  });
});

describe('JOB_FAMILIES / jobFamilyInfo', () => {
  it('lists the 16 families with unique ids', () => {
    expect(JOB_FAMILIES).toHaveLength(16);
    expect(new Set(JOB_FAMILIES.map((f) => f.id)).size).toBe(16);
  });

  it.each([
    ['backend', '서버/백엔드'],
    ['ai-ml', '인공지능/머신러닝'],
    ['dba', 'DBA'],
  ])('%s → %s', (id, nameKo) => {
    expect(jobFamilyInfo(id)?.nameKo).toBe(nameKo);
  });

  it('returns undefined for an unknown id', () => {
    expect(jobFamilyInfo('designer')).toBeUndefined();
  });
});
