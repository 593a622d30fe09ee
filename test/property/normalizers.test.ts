import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Career, Deadline, Education, Employment, MilitaryService, Salary } from '../../src/model/posting.js';
import { careerFromLevels, normalizeCareer, normalizeCareerRange } from '../../src/normalize/career.js';
import { normalizeCompanyName } from '../../src/normalize/company.js';
import { normalizeDeadline } from '../../src/normalize/deadline.js';
import { normalizeEducation } from '../../src/normalize/education.js';
import { normalizeEmploymentType } from '../../src/normalize/employment.js';
import { detectMilitaryService } from '../../src/normalize/military.js';
import { JOB_FAMILIES, normalizePosition } from '../../src/normalize/position.js';
import { normalizeSalary } from '../../src/normalize/salary.js';
import { cleanDescription, htmlToText } from '../../src/normalize/text.js';

// Lone surrogates and control characters, which fc.string's default units avoid.
const rawUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
  .map((codes) => String.fromCharCode(...codes));
// Strings built from the vocabulary the normalizers look for, so the parsers' branches get exercised.
const vocabulary = fc
  .array(
    fc.constantFrom(
      '신입',
      '경력',
      '무관',
      '이상',
      '이하',
      '↑',
      '~',
      '-',
      '/',
      '·',
      '년',
      '만원',
      '억',
      '천',
      '원',
      '월',
      '연봉',
      '시급',
      '(',
      ')',
      '정규직',
      '인턴',
      '전환',
      '상시',
      '채용시',
      'D-',
      '오늘',
      '마감',
      '대졸',
      '석사',
      '고졸',
      '(주)',
      '주식회사',
      'Inc.',
      '<p>',
      '</p>',
      '<li>',
      '&amp;',
      '&#',
      ';',
      '010-1234-5678',
      '@',
      '.',
      ' ',
      '0',
      '1',
      '3',
      '12',
      '100',
      '2026',
      '9999',
      '\u0000',
      '\uD800',
      '\uDC00',
      '👩‍💻',
      'Ａ',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const anyString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  rawUnits,
  vocabulary,
);
const RUNS = { numRuns: 300 };
const FAMILY_IDS = new Set<string>(JOB_FAMILIES.map((f) => f.id));
const NOW = new Date('2026-09-30T14:30:00Z');

function expectValidOrNull(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): void {
  if (value === null) return;
  expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(true);
}

describe('normalizers never throw and return schema-valid values', () => {
  it('normalizeCareer', () => {
    fc.assert(
      fc.property(anyString, (s) => expectValidOrNull(Career, normalizeCareer(s))),
      RUNS,
    );
  });

  it('normalizeCareerRange / careerFromLevels', () => {
    const num = fc.oneof(
      fc.double(),
      fc.integer({ min: -5, max: 120 }),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(num, num, fc.option(fc.boolean()), (min, max, newcomer) => {
        expectValidOrNull(Career, normalizeCareerRange(min, max, newcomer));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.array(anyString), (levels) => expectValidOrNull(Career, careerFromLevels(levels))),
      RUNS,
    );
  });

  it('normalizePosition', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const id = normalizePosition(s);
        expect(id === null || FAMILY_IDS.has(id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('normalizeCompanyName', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(typeof normalizeCompanyName(s)).toBe('string');
      }),
      RUNS,
    );
  });

  it('normalizeEmploymentType', () => {
    fc.assert(
      fc.property(anyString, (s) => expectValidOrNull(Employment, normalizeEmploymentType(s))),
      RUNS,
    );
  });

  it('normalizeDeadline', () => {
    fc.assert(
      fc.property(anyString, fc.date({ noInvalidDate: false }), (s, now) => {
        const deadline = normalizeDeadline(s, { now });
        expectValidOrNull(Deadline, deadline);
        if (deadline?.kind === 'date') expect(deadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      RUNS,
    );
  });

  it('normalizeSalary', () => {
    fc.assert(
      fc.property(anyString, (s) => expectValidOrNull(Salary, normalizeSalary(s))),
      RUNS,
    );
    const amount = fc.oneof(fc.double(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(amount, amount, fc.option(anyString, { nil: undefined }), (min, max, text) => {
        expectValidOrNull(Salary, normalizeSalary({ min, max, text, unit: 'manwon' }));
      }),
      RUNS,
    );
  });

  it('normalizeEducation', () => {
    fc.assert(
      fc.property(anyString, (s) => expectValidOrNull(Education, normalizeEducation(s))),
      RUNS,
    );
  });

  it('detectMilitaryService', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 5 }), (texts) => {
        expect(MilitaryService.safeParse(detectMilitaryService(texts)).success).toBe(true);
      }),
      RUNS,
    );
  });

  it('htmlToText / cleanDescription leave no lone surrogate or control character', () => {
    const broken =
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B-\u001F]/;
    fc.assert(
      fc.property(anyString, (s) => {
        expect(htmlToText(s)).not.toMatch(broken);
        expect(cleanDescription(s)).not.toMatch(broken);
      }),
      RUNS,
    );
  });

  it('handles huge hostile inputs', () => {
    const huge = [
      '<a'.repeat(100_000),
      '<script'.repeat(50_000),
      'a'.repeat(200_000),
      `${'1,'.repeat(100_000)}만원`,
      '경력 '.repeat(100_000),
      '&#'.repeat(100_000),
      `${'x'.repeat(100_000)}@${'y'.repeat(100_000)}`,
      '\uD800'.repeat(100_000),
    ];
    for (const s of huge) {
      expectValidOrNull(Career, normalizeCareer(s));
      expectValidOrNull(Salary, normalizeSalary(s));
      expectValidOrNull(Deadline, normalizeDeadline(s, { now: NOW }));
      expectValidOrNull(Employment, normalizeEmploymentType(s));
      expectValidOrNull(Education, normalizeEducation(s));
      expect(typeof normalizeCompanyName(s)).toBe('string');
      expect(typeof cleanDescription(s)).toBe('string');
      normalizePosition(s);
      detectMilitaryService([s]);
    }
  });
});
