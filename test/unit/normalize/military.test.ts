import { describe, expect, it } from 'vitest';
import { detectMilitaryService } from '../../../src/normalize/military.js';

const flags = (exemption: boolean, researcher: boolean, industrial: boolean) => ({
  exemption,
  researcher,
  industrial,
});

describe('detectMilitaryService', () => {
  it.each([
    [['병역특례'], flags(true, false, false)],
    [['병역 특례 가능'], flags(true, false, false)],
    [['병특 가능'], flags(true, false, false)],
    [['전문연구요원'], flags(false, true, false)],
    [['전문연 편입 가능'], flags(false, true, false)],
    [['산업기능요원'], flags(false, false, true)],
    [['산업기능요원(보충역)'], flags(false, false, true)],
    [['현역 산업기능요원 가능'], flags(false, false, true)],
    [['보충역 가능'], flags(false, false, true)],
    [['alternative_military'], flags(true, false, false)],
    [['MILITARY'], flags(true, false, false)],
    [['FOUR_DOT_FIVE_DAYS', 'MILITARY'], flags(true, false, false)],
    [['병역특례 (산업기능요원 보충역) 가능', '전문연구요원 편입'], flags(true, true, true)],
    [['군필 또는 면제자'], flags(false, false, false)],
    [['전문연구소 근무'], flags(false, false, false)],
    [['현역 개발자와 함께'], flags(false, false, false)],
    [['military history museum'], flags(false, false, false)],
    [[], flags(false, false, false)],
    [[''], flags(false, false, false)],
  ])('%j', (texts, expected) => {
    expect(detectMilitaryService(texts)).toEqual(expected);
  });
});
