import { describe, expect, it } from 'vitest';
import { normalizeEducation } from '../../../src/normalize/education.js';

describe('normalizeEducation', () => {
  it.each([
    ['학력무관', 'any', false, '학력무관'],
    ['학력 무관', 'any', false, '학력무관'],
    ['none', 'any', false, '학력무관'],
    ['고졸↑', 'highschool', false, '고졸 이상'],
    ['고졸 이상', 'highschool', false, '고졸 이상'],
    ['고등학교 졸업 이상', 'highschool', false, '고졸 이상'],
    ['초대졸↑', 'associate', false, '초대졸 이상'],
    ['대졸(2,3년)', 'associate', false, '초대졸 이상'],
    ['대학(2,3년) 졸업', 'associate', false, '초대졸 이상'],
    ['대졸↑', 'bachelor', false, '대졸 이상'],
    ['대학교졸업(4년) 이상', 'bachelor', false, '대졸 이상'],
    ['대졸(4년제) 이상', 'bachelor', false, '대졸 이상'],
    ['bachelor', 'bachelor', false, '대졸 이상'],
    ['석사', 'master', false, '석사 이상'],
    ['석사↑', 'master', false, '석사 이상'],
    ['master', 'master', false, '석사 이상'],
    ['박사', 'doctor', false, '박사'],
    ['doctor', 'doctor', false, '박사'],
    ['Ph.D', 'doctor', false, '박사'],
    ['대졸 이상 (석사 우대)', 'bachelor', false, '대졸 이상'],
    ['대졸(4년) 이상 (졸업예정자 가능)', 'bachelor', true, '대졸 이상 (졸업예정자 가능)'],
    ['고졸↑ 졸업예정자 가능', 'highschool', true, '고졸 이상 (졸업예정자 가능)'],
    ['8', 'bachelor', false, '대졸 이상'],
    ['0', 'any', false, '학력무관'],
    ['7', 'associate', false, '초대졸 이상'],
    ['9', 'master', false, '석사 이상'],
  ])('%j → %s', (text, level, expectedOk, label) => {
    expect(normalizeEducation(text)).toEqual({ level, expectedOk, label });
  });

  it.each(['', '  ', '우대사항 없음', '12', 'abc'])('%j → null', (text) => {
    expect(normalizeEducation(text)).toBeNull();
  });
});
