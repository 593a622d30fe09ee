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
import { LEGAL_DONG_RENAMES, LEGAL_DONGS } from '../../../src/geo/address/_legal-dongs.gen.js';
import { ROAD_NAMES } from '../../../src/geo/address/_road-names.gen.js';
import { findLegalDong } from '../../../src/geo/address/legal-dong-index.js';
import { proveSigungu } from '../../../src/geo/address/prove-sigungu.js';
import { baseRoadOf, findRoad } from '../../../src/geo/address/road-index.js';
import { gazetteerLookup } from '../../../src/geo/gazetteer.js';
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

  it('stays small enough to ship (< 80 KB of 법정동, < 140 KB of roads)', () => {
    expect(readFileSync(resolve(root, LEGAL_DONGS_OUTPUT)).byteLength).toBeLessThan(80_000);
    expect(readFileSync(resolve(root, ROAD_NAMES_OUTPUT)).byteLength).toBeLessThan(140_000);
  });

  it('names every 시군구 by a code of the region table', () => {
    const codes = [
      ...LEGAL_DONGS.split('\n').map((line) => line.slice(0, line.indexOf('|'))),
      ...LEGAL_DONG_RENAMES.split('\n').map((line) => line.split('|')[1]!),
      ...ROAD_NAMES.split('\n').map((line) => line.slice(0, line.indexOf('|'))),
    ];
    expect(codes.length).toBeGreaterThan(500);
    expect(codes.filter((code) => getSigungu(code) === undefined)).toEqual([]);
  });

  it('holds every active 법정동 at 읍면동 level and roads of every 시도', () => {
    const dongs = LEGAL_DONGS.split('\n').reduce((n, line) => n + line.split('|').length - 1, 0);
    expect(dongs).toBe(5067);
    const sidos = new Set(ROAD_NAMES.split('\n').map((line) => line.slice(0, 2)));
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
    expect(daejeon?.code.startsWith('30110')).toBe(true);
  });
});
