import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_SOURCE_DIR,
  buildLegalDongsModule,
  buildRoadNamesModule,
  LEGAL_DONG_FILE,
  LEGAL_DONGS_OUTPUT,
  ROAD_NAME_FILE,
  ROAD_NAMES_OUTPUT,
} from '../../../scripts/gen-addresses.js';
import {
  LEGAL_DONG_RENAMES,
  LEGAL_DONG_RENAMES_TABLE,
  LEGAL_DONGS,
  LEGAL_DONGS_TABLE,
} from '../../../src/geo/address/_legal-dongs.gen.js';
import { ROAD_NAMES, ROAD_NAMES_TABLE } from '../../../src/geo/address/_road-names.gen.js';
import { decodeSyllables, encodeSyllables, SYLLABLE_CAPACITY } from '../../../src/geo/address/_syllables.js';
import { findLegalDong } from '../../../src/geo/address/legal-dong-index.js';
import { proveSigungu } from '../../../src/geo/address/prove-sigungu.js';
import { baseRoadOf, findRoad } from '../../../src/geo/address/road-index.js';
import { gazetteerGeocoder, gazetteerLookup } from '../../../src/geo/gazetteer.js';
import { classifyLocation, parseAddress, readLocation } from '../../../src/geo/index.js';
import { getSigungu } from '../../../src/geo/regions/regions.js';

const root = resolve(import.meta.dirname, '../../..');
const sourceDir = resolve(root, ADDRESS_SOURCE_DIR);

describe('generated address indexes', () => {
  const generated: [output: string, file: string, build: (tsv: string) => string][] = [
    [LEGAL_DONGS_OUTPUT, LEGAL_DONG_FILE, buildLegalDongsModule],
    [ROAD_NAMES_OUTPUT, ROAD_NAME_FILE, buildRoadNamesModule],
  ];
  for (const [output, file, build] of generated) {
    const source = resolve(sourceDir, file);
    const hasSource = existsSync(source);
    if (!hasSource) console.warn(`[address-indexes.test] ${file} is absent: skipping the staleness check`);
    it.skipIf(!hasSource)(
      `${output} is not stale (regenerate with \`npx tsx scripts/gen-addresses.ts\`)`,
      () => {
        const expected = build(readFileSync(source, 'utf8'));
        const committed = readFileSync(resolve(root, output), 'utf8');
        expect(committed === expected, `${output} differs from the generator output`).toBe(true);
      },
    );
  }

  it('stays small enough to ship (< 40 KB of 법정동, < 90 KB of roads, nearly all ASCII)', () => {
    expect(readFileSync(resolve(root, LEGAL_DONGS_OUTPUT)).byteLength).toBeLessThan(40_000);
    expect(readFileSync(resolve(root, ROAD_NAMES_OUTPUT)).byteLength).toBeLessThan(90_000);
    // Bundlers escape each character beyond ASCII to six bytes: only the syllable tables hold any.
    for (const data of [LEGAL_DONGS, LEGAL_DONG_RENAMES, ROAD_NAMES])
      expect(data).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('decodes what it encodes', () => {
    const text = '11680|테헤란로:,7,3*|역삼동\n12011|상무·치평동|없는로';
    const { table, encoded } = encodeSyllables(text);
    expect(encoded).toMatch(/^[\x20-\x7e\n]*$/);
    expect(decodeSyllables(encoded, table)).toBe(text);
    // Past the one-letter codes: two-letter codes up to the capacity.
    const many = Array.from({ length: SYLLABLE_CAPACITY }, (_, k) => String.fromCharCode(0xac00 + k)).join(
      '|',
    );
    const wide = encodeSyllables(many);
    expect(decodeSyllables(wide.encoded, wide.table)).toBe(many);
    expect(() => encodeSyllables(`${many}힝`)).toThrow(/too many/);
    expect(() => encodeSyllables('LH로')).toThrow(/ASCII letters/);
  });

  const dongLines = decodeSyllables(LEGAL_DONGS, LEGAL_DONGS_TABLE).split('\n');
  const renameLines = decodeSyllables(LEGAL_DONG_RENAMES, LEGAL_DONG_RENAMES_TABLE).split('\n');
  const roadLines = decodeSyllables(ROAD_NAMES, ROAD_NAMES_TABLE).split('\n');

  it('names every 시군구 by a code of the region table', () => {
    const codes = [
      ...dongLines.map((line) => line.slice(0, line.indexOf('|'))),
      ...renameLines.map((line) => line.split('|')[1]!),
      ...roadLines.map((line) => line.slice(0, line.indexOf('|'))),
    ];
    expect(codes.length).toBeGreaterThan(500);
    expect(codes.filter((code) => getSigungu(code) === undefined)).toEqual([]);
  });

  it('holds every active 법정동 at 읍면동 level and roads of every 시도', () => {
    const dongs = dongLines.reduce((n, line) => n + line.split('|').length - 1, 0);
    expect(dongs).toBe(5067);
    const sidos = new Set(roadLines.map((line) => line.slice(0, 2)));
    expect(sidos.size).toBe(16);
  });
});

describe('findRoad', () => {
  it('finds a road known in one 시군구', () => {
    expect(findRoad('왕십리로')).toEqual({ road: '왕십리로', viaBase: false, sigunguCodes: ['11200'] });
    expect(findRoad('동탄순환대로')?.sigunguCodes).toEqual(['41597']);
    expect(getSigungu('41597')?.name).toBe('화성시 동탄구');
  });

  it('falls back from an unknown branch road to its base road', () => {
    expect(findRoad('테헤란로7길')).toEqual({ road: '테헤란로', viaBase: true, sigunguCodes: ['11680'] });
    expect(findRoad('판교역로146번길')).toEqual({ road: '판교역로', viaBase: true, sigunguCodes: ['41135'] });
    expect(baseRoadOf('반포대로21길')).toBe('반포대로');
    expect(baseRoadOf('테헤란로')).toBeUndefined();
  });

  it('keeps every 시군구 of a road known in several, and filters by 시도', () => {
    expect(findRoad('학동로')?.sigunguCodes).toEqual(['11680', '41650']);
    expect(findRoad('학동로', '11')?.sigunguCodes).toEqual(['11680']);
    expect(findRoad('퇴계로')?.sigunguCodes).toEqual(['11140', '47170', '51110']);
  });

  it('answers undefined for a road it does not know (unknown, not invalid)', () => {
    expect(findRoad('없는대로99길')).toBeUndefined();
    expect(findRoad('왕십리로', '26')).toBeUndefined();
    expect(findRoad('')).toBeUndefined();
  });
});

describe('findLegalDong', () => {
  it('finds a 법정동 in its 시군구', () => {
    expect(findLegalDong('역삼동')).toEqual([{ sigunguCode: '11680', sidoCode: '11', names: ['역삼동'] }]);
  });

  it('answers a 가-numbered 법정동 to its base name', () => {
    expect(findLegalDong('성수동')).toEqual([
      { sigunguCode: '11200', sidoCode: '11', names: ['성수동1가', '성수동2가'] },
    ]);
    expect(findLegalDong('성수동2가')).toEqual([
      { sigunguCode: '11200', sidoCode: '11', names: ['성수동2가'] },
    ]);
    // Only 동 names: '을지로1가' does not make '을지로' a 법정동.
    expect(findLegalDong('을지로')).toEqual([]);
  });

  it('keeps every 시군구 of a name several have', () => {
    expect(findLegalDong('삼성동').map((p) => p.sigunguCode)).toEqual(['11680', '30110']);
    expect(findLegalDong('삼성동', '30').map((p) => p.sigunguCode)).toEqual(['30110']);
  });

  it('answers an abolished name with what replaced it', () => {
    // 용인 양지면 became 양지읍 on 2026-01-02; 음성 대소면 became 대소읍.
    expect(findLegalDong('양지면')).toEqual([
      { sigunguCode: '41461', sidoCode: '41', names: ['양지읍'], formerName: '양지면' },
    ]);
    expect(findLegalDong('대소면')[0]?.names).toEqual(['대소읍']);
    // 군위군 moved to 대구 in 2023 and its 고로면 was renamed: the name still proves the 군.
    expect(findLegalDong('고로면')).toEqual([
      { sigunguCode: '27720', sidoCode: '27', names: [], formerName: '고로면' },
    ]);
    // Re-coded names keep answering under their new 시군구: 인천 서구 백석동 is now in 검단구.
    expect(findLegalDong('백석동', '28').map((p) => p.sigunguCode)).toEqual(['28290']);
    expect(findLegalDong('농성동', '12').map((p) => getSigungu(p.sigunguCode)?.name)).toEqual(['서구']);
  });

  it('does not know 행정동 or 리', () => {
    expect(findLegalDong('역삼1동')).toEqual([]);
    expect(findLegalDong('송산리')).toEqual([]);
  });
});

describe('proveSigungu', () => {
  const name = (code: string | undefined): string | undefined => (code ? getSigungu(code)?.name : undefined);

  it('proves a 시군구 from a road or 법정동 alone when the index has it once', () => {
    expect(name(proveSigungu({ road: '테헤란로7길' }).sigungu?.code)).toBe('강남구');
    expect(name(proveSigungu({ road: '왕십리로' }).sigungu?.code)).toBe('성동구');
    expect(name(proveSigungu({ dongs: ['역삼동'] }).sigungu?.code)).toBe('강남구');
    const seongsu = proveSigungu({ dongs: ['성수동'], road: '연무장길' });
    expect(seongsu.sigungu?.code).toBe('11200');
    expect(seongsu.dongs).toEqual(['성수동1가', '성수동2가']);
  });

  it('keeps the candidates when they are several, with the 시도 they share', () => {
    const samseong = proveSigungu({ dongs: ['삼성동'] });
    expect(samseong.sigungu).toBeUndefined();
    expect(samseong.candidates.map((s) => s.code)).toEqual(['11680', '30110']);
    expect(samseong.sidoCode).toBeUndefined();
    const hakdong = proveSigungu({ road: '학동로' });
    expect(hakdong.sigungu).toBeUndefined();
    expect(hakdong.candidates.map((s) => s.code)).toEqual(['11680', '41650']);
  });

  it('settles with a hint: a 시도, a 구 name, or a road only one candidate has', () => {
    expect(proveSigungu({ dongs: ['삼성동'], sidoCode: '30' }).sigungu?.code).toBe('30110');
    expect(proveSigungu({ dongs: ['삼성동'], sigunguCodes: ['11680'] }).sigungu?.code).toBe('11680');
    expect(proveSigungu({ dongs: ['삼성동'], road: '테헤란로' }).sigungu?.code).toBe('11680');
    // '중구 퇴계로': 중구 is in six 시도, 퇴계로 is known in 서울 중구 among them.
    const junggu = ['11140', '26110', '27110', '30140', '31110'];
    expect(proveSigungu({ sigunguCodes: junggu, road: '퇴계로' }).sigungu?.code).toBe('11140');
    // A city holds its 일반구: 성남시 + 판교역로 → 분당구.
    expect(proveSigungu({ sigunguCodes: ['41130'], road: '판교역로' }).sigungu?.code).toBe('41135');
  });

  it('sets aside a road the index knows only elsewhere (the index is partial)', () => {
    expect(proveSigungu({ dongs: ['역삼동'], road: '왕십리로' }).sigungu?.code).toBe('11680');
  });

  it('proves nothing from nothing', () => {
    expect(proveSigungu({}).candidates).toEqual([]);
    expect(proveSigungu({ road: '없는대로', dongs: ['없는동'] }).sigungu).toBeUndefined();
  });
});

describe('gazetteerLookup with the indexes', () => {
  it('places an address with a 시도 and a road at the road’s 시군구', () => {
    const point = gazetteerLookup({ sido: '서울특별시', road: '테헤란로', buildingNo: '152', query: 'x' });
    expect(point?.precision).toBe('sigungu');
    expect(point?.code).toBe('1168000000');
  });

  it('places a 가-numbered 법정동 at its 시군구 (no 행정동 of that name to stand on)', () => {
    const point = gazetteerLookup({ sido: '서울특별시', eupmyeondong: '성수동', query: 'x' });
    expect(point).toMatchObject({ precision: 'sigungu', code: '1120000000' });
  });

  it('settles a shared 구 name by its road, a shared 법정동 by its 시도', () => {
    const point = gazetteerLookup({ sido: '서울특별시', sigungu: '중구', road: '퇴계로', query: 'x' });
    expect(point).toMatchObject({ precision: 'sigungu', code: '1114000000' });
    const daejeon = gazetteerLookup({ sido: '대전광역시', eupmyeondong: '삼성동', query: 'x' });
    expect(daejeon?.precision).toBe('eupmyeondong');
    expect(daejeon?.code?.startsWith('30110')).toBe(true);
  });
});

describe('a road address without any region', () => {
  it.each([
    ['테헤란로7길 22', '서울특별시', '강남구', '서울특별시 강남구 테헤란로7길 22'],
    ['왕십리로 115, 2층', '서울특별시', '성동구', '서울특별시 성동구 왕십리로 115'],
    ['동탄순환대로 830', '경기도', '화성시 동탄구', '경기도 화성시 동탄구 동탄순환대로 830'],
  ])('%s → the road’s 시군구', (input, sido, sigungu, query) => {
    expect(parseAddress(input)).toMatchObject({ sido, sigungu, query });
    expect(classifyLocation(input)).toBe('address');
  });

  it('keeps the detail after the road', () => {
    expect(parseAddress('왕십리로 115, 2층')).toMatchObject({
      road: '왕십리로',
      buildingNo: '115',
      detail: '2층',
    });
  });

  it('keeps the candidates of a road known in several 시군구 and guesses none', () => {
    const reading = readLocation('학동로 224');
    expect(reading.kind).toBe('ambiguous');
    expect(reading.addresses).toEqual([]);
    expect(reading.candidates).toEqual([
      { sido: '서울특별시', sigungu: '강남구' },
      { sido: '경기도', sigungu: '포천시' },
    ]);
    expect(parseAddress('학동로 224')).toBeNull();
    expect(gazetteerGeocoder().lookup('학동로 224')).toBeNull();
  });

  it('leaves a road the index does not know unread (unknown, not invalid)', () => {
    expect(readLocation('없는대로 12').kind).toBe('unknown');
    expect(parseAddress('없는대로 12')).toBeNull();
  });
});

describe('a 법정동 without a region', () => {
  it('reads a 법정동 unique in the country', () => {
    expect(parseAddress('역삼동 명우빌딩 3층')).toMatchObject({
      sido: '서울특별시',
      sigungu: '강남구',
      eupmyeondong: '역삼동',
      detail: '명우빌딩 3층',
      query: '서울특별시 강남구 역삼동',
    });
  });

  it('answers a 가-numbered 법정동 to its base name', () => {
    expect(parseAddress('성수동 연무장길 89')).toMatchObject({
      sido: '서울특별시',
      sigungu: '성동구',
      eupmyeondong: '성수동',
      road: '연무장길',
      query: '서울특별시 성동구 연무장길 89',
    });
  });

  it('keeps a 법정동 two 시군구 have unresolved, with its candidates', () => {
    const reading = readLocation('삼성동 144-19');
    expect(reading.kind).toBe('ambiguous');
    expect(reading.candidates).toEqual([
      { sido: '서울특별시', sigungu: '강남구' },
      { sido: '대전광역시', sigungu: '동구' },
    ]);
    expect(parseAddress('삼성동 144-19')).toBeNull();
  });

  it('resolves it with a hint: a 구 name in the text, a road only one candidate has, a 시도', () => {
    expect(parseAddress('삼성동 144-19 강남구')).toMatchObject({ sido: '서울특별시', sigungu: '강남구' });
    expect(parseAddress('삼성동 144-19 (대전 동구)')).toMatchObject({ sido: '대전광역시', sigungu: '동구' });
    expect(parseAddress('삼성동 테헤란로 518')).toMatchObject({ sido: '서울특별시', sigungu: '강남구' });
    expect(parseAddress('대전 삼성동 144-19')).toMatchObject({ sido: '대전광역시', sigungu: '동구' });
  });

  it('reads an abolished name as today’s place', () => {
    expect(parseAddress('양지면 남곡리 10')).toMatchObject({ sido: '경기도', sigungu: '용인시 처인구' });
  });

  it('does not read a word that names somewhere abroad as a 동', () => {
    expect(classifyLocation('중동 베트남')).toBe('overseas');
  });
});

describe('a district several 시도 share, settled by the indexes', () => {
  it('settles 중구 by its road and 법정동', () => {
    expect(parseAddress('중구 퇴계로 385 (흥인동)')).toMatchObject({
      sido: '서울특별시',
      sigungu: '중구',
      query: '서울특별시 중구 퇴계로 385',
    });
  });

  it('settles old Incheon 서구 by its road', () => {
    expect(parseAddress('서구 로봇랜드로 155-30')).toMatchObject({ sido: '인천광역시', sigungu: '서해구' });
  });
});

describe('the gazetteer places what the indexes prove', () => {
  const geo = gazetteerGeocoder();

  it('places a road-only address at its 시군구', () => {
    expect(geo.lookup('테헤란로7길 22')).toMatchObject({ precision: 'sigungu', code: '1168000000' });
    expect(geo.lookup('동탄순환대로 830')).toMatchObject({ precision: 'sigungu', code: '4159700000' });
  });

  it('places a 법정동-only address at its 읍면동 when a 행정동 carries its name, else at its 시군구', () => {
    const yeoksam = geo.lookup('역삼동 명우빌딩 3층');
    expect(yeoksam?.precision).toBe('eupmyeondong');
    expect(yeoksam?.code?.startsWith('11680')).toBe(true);
    // 성수동 is 성수동1가 and 성수동2가, whose 행정동 are 성수1가1동 …: only the 구 is proved.
    expect(geo.lookup('성수동 연무장길 89')).toMatchObject({ precision: 'sigungu', code: '1120000000' });
  });

  it('places nothing for an unresolved 법정동', () => {
    expect(geo.lookup('삼성동 144-19')).toBeNull();
  });
});
