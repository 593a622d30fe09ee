import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOhmystackError, Posting, type RawPosting, ValidationError } from '../../../src/index.js';
import { normalizePosting } from '../../../src/normalize/index.js';

const BASE: RawPosting = {
  source: 'jumpit',
  sourceId: '42',
  url: 'https://jumpit.saramin.co.kr/position/42',
  fetchedAt: '2026-11-29T09:00:00+09:00',
  title: '  백엔드 개발자 (Java)  ',
  company: '(주)카카오',
  companyId: '1208147521',
  categories: ['서버/백엔드 개발자', '블록체인', '마케팅'],
  stackTags: ['Java/Spring', '리액트', 'ReactJS', 'Foo Bar DB'],
  career: { text: '경력 3~5년' },
  locations: ['경기 성남시 분당구 판교역로 235, 7층 (삼평동, 에이치스퀘어)'],
  coordinates: { lat: 37.4, lng: 127.1 },
  deadline: '~12/13',
  employmentType: '인턴 (정규직 전환 가능)',
  salary: { text: '3,600~4,800만원' },
  education: '대졸↑',
  tags: ['전문연구요원'],
  sections: {
    intro: '<p>우리는 <b>결제</b> 서비스를 만듭니다 🚀</p>',
    requirements: '• Kotlin 경험\r\n• 문의: 010-1234-5678, hr@example.com',
  },
  payload: { id: 42 },
};

describe('normalizePosting', () => {
  const posting = normalizePosting(BASE);

  it('passes the Posting schema', () => {
    expect(Posting.safeParse(posting).success).toBe(true);
    expect(posting.warnings).toEqual([]);
  });

  it('normalizes every field and keeps the raw values', () => {
    expect(posting).toMatchObject({
      id: 'jumpit:42',
      title: '백엔드 개발자 (Java)',
      company: '카카오',
      companyId: '1208147521',
      career: { minYears: 3, maxYears: 5, newcomer: false },
      stacks: ['java', 'spring', 'react', 'foo bar db'],
      positions: ['backend', 'blockchain'],
      unknownPositions: ['마케팅'],
      address: { sido: '경기도', sigungu: '성남시 분당구', road: '판교역로', buildingNo: '235' },
      locationKind: 'address',
      geo: { lat: 37.4, lng: 127.1, precision: 'building', provider: 'jumpit' },
      deadline: { kind: 'date', date: '2026-12-13' },
      expired: false,
      employment: { types: ['intern'], conversion: true },
      salary: { min: 36_000_000, max: 48_000_000, period: 'year', negotiable: false },
      education: { level: 'bachelor' },
      military: { researcher: true },
      raw: { company: '(주)카카오', career: '경력 3~5년', deadline: '~12/13', salary: '3,600~4,800만원' },
    });
    expect(posting.address?.query).toBe('경기도 성남시 분당구 판교역로 235');
  });

  it('cleans description text: HTML out, emoji out, contacts masked', () => {
    expect(posting.sections.intro).toBe('우리는 결제 서비스를 만듭니다');
    expect(posting.sections.requirements).toBe('• Kotlin 경험\n• 문의: [연락처], [이메일]');
  });

  it('finds technologies mentioned in descriptions only when asked', () => {
    expect(posting.mentionedStacks).toEqual([]);
    expect(normalizePosting(BASE, { mentions: true }).mentionedStacks).toEqual(['kotlin']);
  });

  it('reads structured career fields before the text', () => {
    const career = normalizePosting({
      ...BASE,
      career: { min: 0, max: 100, newcomer: true, text: '무시' },
    }).career;
    expect(career).toMatchObject({ minYears: 0, maxYears: null, newcomer: true });
  });

  it('reads Rallit level codes', () => {
    expect(normalizePosting({ ...BASE, career: { text: 'SENIOR,MIDDLE' } }).career).toMatchObject({
      minYears: 3,
      maxYears: null,
    });
  });

  it('takes the job family from the title when a site gives no category', () => {
    expect(
      normalizePosting({ ...BASE, categories: [], title: '시니어 프론트엔드 개발자' }).positions,
    ).toEqual(['frontend']);
  });

  it('marks postings without a deadline as always open', () => {
    expect(normalizePosting({ ...BASE, deadline: undefined, alwaysOpen: true }).deadline).toEqual({
      kind: 'always',
      date: null,
    });
  });

  it('reads several places as multi', () => {
    const multi = normalizePosting({ ...BASE, locations: ['경기 용인시 처인구, 수원시 영통구'] });
    expect(multi.locationKind).toBe('multi');
    expect(multi.addresses.map((address) => address.sigungu)).toEqual(['용인시 처인구', '수원시 영통구']);
  });

  it('drops coordinates outside Korea with a warning', () => {
    const swapped = normalizePosting({ ...BASE, coordinates: { lat: 127.1, lng: 37.4 } });
    expect(swapped.geo).toBeNull();
    expect(swapped.warnings.join()).toMatch(/coordinates/);
  });

  it('reads numeric-string coordinates and ignores hostile ones (fast-check counterexample)', () => {
    expect(
      normalizePosting({ ...BASE, coordinates: { lat: '37.5', lng: '127.0' } } as never).geo,
    ).toMatchObject({ lat: 37.5, lng: 127 });
    const hostile = normalizePosting({ ...BASE, coordinates: { lat: '', lng: { toString: [] } } } as never);
    expect(hostile.geo).toBeNull();
  });

  it('treats wrong-typed fields as missing and says so', () => {
    const odd = normalizePosting({
      ...BASE,
      stackTags: 'Java',
      categories: [1, '프론트엔드 개발자'],
      deadline: 5,
      career: 7,
    } as never);
    expect(odd.stacks).toEqual(['java']);
    expect(odd.positions).toEqual(['frontend']);
    expect(odd.career).toBeNull();
    expect(odd.warnings.length).toBeGreaterThanOrEqual(2);
    expect(Posting.safeParse(odd).success).toBe(true);
  });

  it.each([
    [null, ''],
    [[], ''],
    [{ ...BASE, source: '' }, 'source'],
    [{ ...BASE, sourceId: undefined }, 'sourceId'],
  ])('refuses a record it cannot identify (%#) with a ValidationError', (input, path) => {
    try {
      normalizePosting(input as never);
      expect.fail('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(isOhmystackError(error)).toBe(true);
      expect((error as ValidationError).issues[0]?.path.join('.')).toBe(path);
    }
  });

  it('never crashes on hostile records: a Posting or a ValidationError', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
      fc.boolean(),
    );
    const record = fc.record(
      {
        source: fc.oneof(fc.constant('jumpit'), anyValue),
        sourceId: fc.oneof(fc.string({ minLength: 1 }), anyValue),
        url: anyValue,
        fetchedAt: anyValue,
        title: anyValue,
        company: anyValue,
        categories: anyValue,
        stackTags: anyValue,
        career: fc.oneof(
          anyValue,
          fc.record({ text: anyValue, min: anyValue, max: anyValue, newcomer: anyValue }),
        ),
        locations: anyValue,
        coordinates: fc.oneof(anyValue, fc.record({ lat: anyValue, lng: anyValue })),
        deadline: anyValue,
        alwaysOpen: anyValue,
        employmentType: anyValue,
        salary: anyValue,
        education: anyValue,
        tags: anyValue,
        sections: fc.oneof(
          anyValue,
          fc.dictionary(fc.constantFrom('intro', 'requirements', 'etc'), anyValue),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (raw) => {
        try {
          expect(Posting.safeParse(normalizePosting(raw as never, { mentions: true })).success).toBe(true);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
        }
      }),
      { numRuns: 1500 },
    );
  });
});
