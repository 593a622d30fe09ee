import { describe, expect, it } from 'vitest';
import {
  isJobPostingNode,
  ldAddressText,
  ldCareer,
  ldLocations,
  ldSalary,
  ldText,
} from '../../../../src/sources/json-ld/ld-values.js';

describe('schema.org value readers', () => {
  it.each([
    [{ '@type': 'JobPosting' }, true],
    [{ '@type': ['Thing', 'JobPosting'] }, true],
    [{ '@type': 'schema:JobPosting' }, true],
    [{ '@type': 'JobPostingDraft' }, false],
    [{ '@type': 'Organization' }, false],
    ['JobPosting', false],
  ])('isJobPostingNode(%j) is %s', (node, expected) => {
    expect(isJobPostingNode(node)).toBe(expected);
  });

  it.each([
    [
      { addressRegion: '서울특별시', addressLocality: '강남구', streetAddress: '테헤란로 152' },
      '서울특별시 강남구 테헤란로 152',
    ],
    [
      {
        addressRegion: '서울특별시',
        addressLocality: '강남구',
        streetAddress: '서울특별시 강남구 테헤란로 152',
      },
      '서울특별시 강남구 테헤란로 152',
    ],
    [{ addressLocality: '성남시 분당구', postalCode: '13494', addressCountry: 'KR' }, '성남시 분당구'],
    [{ addressCountry: 'KR' }, undefined],
    ['부산 해운대구 센텀중앙로 79', '부산 해운대구 센텀중앙로 79'],
  ])('ldAddressText(%j)', (address, text) => {
    expect(ldAddressText(address)).toBe(text);
  });

  it('reads the first non-zero point and adds 재택 for telecommute', () => {
    expect(
      ldLocations(
        [
          { address: '서울 중구', geo: { latitude: 0, longitude: 0 } },
          { address: '서울 종로구', geo: { latitude: 37.57, longitude: '126.98' } },
        ],
        ['TELECOMMUTE'],
      ),
    ).toEqual({ locations: ['서울 중구', '서울 종로구', '재택'], coordinates: { lat: 37.57, lng: 126.98 } });
  });

  it.each([
    [
      { currency: 'KRW', value: { minValue: 1, maxValue: 2, unitText: 'HOUR' } },
      { min: 1, max: 2, unit: 'won', period: 'hour' },
    ],
    [{ value: { minValue: 40000000, unitText: 'WEEK' } }, { min: 40000000, unit: 'won' }],
    [
      { currency: 'USD', value: { minValue: 100, maxValue: 200, unitText: 'YEAR' } },
      { text: 'USD 100~200 YEAR' },
    ],
    [{ currency: 'KRW', value: '면접 후 결정' }, { text: '면접 후 결정' }],
    [undefined, undefined],
  ])('ldSalary(%j)', (salary, expected) => {
    expect(ldSalary(salary)).toEqual(expected);
  });

  it.each([
    [[{ monthsOfExperience: 60 }], { min: 5 }],
    ['3년 이상', { text: '3년 이상' }],
    [{ '@type': 'OccupationalExperienceRequirements' }, undefined],
  ])('ldCareer(%j)', (value, expected) => {
    expect(ldCareer(value)).toEqual(expected);
  });

  it('ldText reads Things, lists and numbers', () => {
    expect(ldText([{ name: 'A' }, 'B', 3])).toBe('A,B,3');
    expect(ldText({ '@value': 'x&amp;y' })).toBe('x&y');
  });
});
