import { describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../../src/normalize/company.js';

describe('normalizeCompanyName', () => {
  it.each([
    ['(주)카카오', '카카오'],
    ['㈜카카오', '카카오'],
    ['㈜ 카카오', '카카오'],
    ['（주）카카오', '카카오'],
    ['( 주 )카카오', '카카오'],
    ['주식회사 카카오', '카카오'],
    ['주식회사카카오', '카카오'],
    ['카카오 주식회사', '카카오'],
    ['카카오(주)', '카카오'],
    ['카카오 (주)', '카카오'],
    ['(유)한국마이크로소프트', '한국마이크로소프트'],
    ['유한회사 한국마이크로소프트', '한국마이크로소프트'],
    ['구글코리아 유한책임회사', '구글코리아'],
    ['(사)한국정보통신진흥협회', '한국정보통신진흥협회'],
    ['사단법인 코드포코리아', '코드포코리아'],
    ['재단법인 네이버커넥트', '네이버커넥트'],
    ['(재)네이버커넥트', '네이버커넥트'],
    ['합자회사 우리', '우리'],
    ['Kakao Corp.', 'Kakao'],
    ['Naver Co., Ltd.', 'Naver'],
    ['Toss Inc.', 'Toss'],
    ['Samsung Electronics Co.,Ltd', 'Samsung Electronics'],
    ['Foo Pte. Ltd.', 'Foo'],
    ['Ｋａｋａｏ　Ｃｏｒｐ．', 'Kakao'],
    ['  카카오   모빌리티  ', '카카오 모빌리티'],
    ['카카오모빌리티', '카카오모빌리티'],
    ['주식회사이음', '이음'],
    ['우아한형제들', '우아한형제들'],
    ['Costco Korea', 'Costco Korea'],
    ['주식회사 Viva Republica Inc.', 'Viva Republica'],
    ['(주)', ''],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeCompanyName(raw)).toBe(expected);
  });

  it('maps every spelling of one company to one string', () => {
    const forms = ['(주)카카오', '㈜카카오', '주식회사 카카오', '카카오 주식회사', '카카오(주)', '㈜ 카카오'];
    expect(new Set(forms.map(normalizeCompanyName))).toEqual(new Set(['카카오']));
  });
});
