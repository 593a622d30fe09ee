import { load } from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { koreaMapCounts } from '../../../src/report/map/korea-map-counts.js';
import { koreaMapPlace, koreaMapShapeOf, koreaMapShapes } from '../../../src/report/map/korea-shapes.js';
import { EMPTY_FILL, mapClasses, mapFill } from '../../../src/report/map/map-classes.js';
import { renderKoreaMap } from '../../../src/report/map/render-korea-map.js';

describe('koreaMapShapes', () => {
  it('has the 16 시도 and 250 시군구 of 2026, each a closed path with a label inside the canvas', () => {
    const sido = koreaMapShapes('sido');
    const sigungu = koreaMapShapes('sigungu');
    expect(sido).toHaveLength(16);
    expect(sigungu).toHaveLength(250);
    expect(sido.map((s) => s.code)).toContain('12'); // 전남광주통합특별시
    for (const shape of [...sido, ...sigungu]) {
      expect(shape.path).toMatch(/^M\d+ \d+l[-\d ]+z/);
      expect(shape.label[0]).toBeGreaterThan(0);
      expect(shape.label[1]).toBeGreaterThan(0);
    }
    expect(new Set(sigungu.map((s) => s.sidoCode))).toEqual(new Set(sido.map((s) => s.code)));
  });
});

describe('koreaMapPlace', () => {
  it('places by region code: first 5 digits the 시군구, first 2 the 시도', () => {
    expect(koreaMapPlace({ region_code: '1168010100' })).toEqual({ sido: '11', sigungu: '11680' });
    expect(koreaMapPlace({ region_code: '4113510900', sido: '서울특별시' })).toEqual({
      sido: '41',
      sigungu: '41135',
    });
  });

  it('counts a code in the shape that covers it (a city the boundaries do not split yet)', () => {
    expect(koreaMapShapeOf('41192')?.name).toBe('부천시');
    expect(koreaMapPlace({ region_code: '4159710100' })).toEqual({ sido: '41', sigungu: '41590' });
    expect(koreaMapPlace({ region_code: '2829010100' })).toEqual({ sido: '28', sigungu: '28260' });
  });

  it('knows the codes of other tables and former codes for the same place', () => {
    // The embedded region table's code of 광주 동구 and the official 2026 code land in the same shape.
    expect(koreaMapShapeOf('12011')).toBe(koreaMapShapeOf('12210'));
    // 강원도 (42) became 강원특별자치도 (51); 전라북도 (45) 전북특별자치도 (52); 광주광역시 (29) joined 12.
    expect(koreaMapPlace({ region_code: '4211010100' })).toEqual({ sido: '51', sigungu: '51110' });
    expect(koreaMapShapeOf('45')?.code).toBe('52');
    expect(koreaMapShapeOf('29')?.code).toBe('12');
    expect(koreaMapShapeOf('29110')?.name).toBe('동구');
    expect(koreaMapShapeOf('29110')?.sidoCode).toBe('12');
  });

  it('falls back to names in any common form', () => {
    expect(koreaMapPlace({ sido: '서울특별시', sigungu: '강남구' })).toEqual({
      sido: '11',
      sigungu: '11680',
    });
    expect(koreaMapPlace({ sido: '경기', sigungu: '성남시 분당구' })).toEqual({
      sido: '41',
      sigungu: '41135',
    });
    expect(koreaMapPlace({ sido: '강원도', sigungu: '춘천시' })).toEqual({ sido: '51', sigungu: '51110' });
    expect(koreaMapPlace({ sido: '광주광역시', sigungu: '광산구' })).toEqual({
      sido: '12',
      sigungu: koreaMapShapeOf('12330')?.code ?? 'missing',
    });
    // 중구 is in six 시도: without one it is not guessed.
    expect(koreaMapPlace({ sigungu: '중구' })).toEqual({ sido: null, sigungu: null });
  });

  it('keeps the 시도 of a place it cannot split, and nothing of an unknown one', () => {
    expect(koreaMapPlace({ sido: '경기도', sigungu: '수원시' })).toEqual({ sido: '41', sigungu: null });
    expect(koreaMapPlace({ sido: '<img src=x>', sigungu: '<b>' })).toEqual({ sido: null, sigungu: null });
    // A unique 시군구 name places a posting whose 시도 is garbled.
    expect(koreaMapPlace({ sido: '<img src=x>', sigungu: '강남구' })).toEqual({
      sido: '11',
      sigungu: '11680',
    });
    expect(koreaMapPlace({ region_code: '9999999999' })).toEqual({ sido: null, sigungu: null });
    expect(koreaMapPlace({})).toEqual({ sido: null, sigungu: null });
  });
});

describe('koreaMapCounts', () => {
  it('sums grouped rows per shape and counts what it cannot place', () => {
    expect(
      koreaMapCounts([
        { region_code: '1168010100', postings: 3 },
        { sido: '경기', sigungu: '분당구' },
        { sido: '경기도', sigungu: '수원시', postings: 2 },
        { sido: null, postings: 5 },
      ]),
    ).toEqual({ sido: { '11': 3, '41': 3 }, sigungu: { '11680': 3, '41135': 1 }, unplaced: 5, sidoOnly: 2 });
  });
});

describe('mapClasses', () => {
  it('covers 1 to the largest count in up to five classes with rounded limits', () => {
    const classes = mapClasses([0, 1, 3, 8, 40, 400, 1234]);
    expect(classes[0]?.min).toBe(1);
    expect(classes.at(-1)?.max).toBe(1234);
    expect(classes.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
    expect(mapFill(0, classes)).toBe(EMPTY_FILL);
    expect(mapFill(1234, classes)).toBe(classes.at(-1)?.color);
    expect(mapClasses([0, 0])).toEqual([]);
  });
});

describe('renderKoreaMap', () => {
  const counts = { sido: { '11': 10, '41': 3 }, sigungu: { '11680': 10, '41190': 3 } };

  it('fills each 시군구 by its class, with hover text, 시도 borders and a legend', () => {
    const $ = load(renderKoreaMap(counts), { xml: true });
    const filled = $('path[data-code]');
    expect(filled).toHaveLength(250);
    const fill = (code: string) => $(`path[data-code="${code}"]`).attr('fill');
    expect(fill('11680')).not.toBe(EMPTY_FILL);
    expect(fill('41190')).not.toBe(EMPTY_FILL);
    expect(fill('11680')).not.toBe(fill('41190'));
    expect(fill('50110')).toBe(EMPTY_FILL);
    expect($('path[data-code="41190"] > title').text()).toBe('경기도 부천시: 3건');
    expect($('g[pointer-events="none"] > path')).toHaveLength(16); // 시도 borders
    expect($('.legend').text()).toContain('0건');
    expect($('.legend').text()).toContain('10건');
    expect($('svg').attr('aria-label')).toBe('지역별 공고 지도');
  });

  it('labels every 시도 it can without overlap, and the busiest 시군구 where there is room', () => {
    const $ = load(renderKoreaMap(counts), { xml: true });
    const labels = $('.labels text')
      .toArray()
      .map((t) => $(t).text());
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('서울');
    expect(labels).toContain('제주');
    expect(labels.length).toBeGreaterThanOrEqual(14);
  });

  it('fills 시도 at the sido level', () => {
    const $ = load(renderKoreaMap(counts, { level: 'sido', unit: '개' }), { xml: true });
    expect($('path[data-code]')).toHaveLength(16);
    expect($('path[data-code="11"] > title').text()).toBe('서울특별시: 10개');
  });

  it('links shapes only to http(s), relative or fragment URLs, escaped', () => {
    const svg = renderKoreaMap(counts, {
      linkOf: (shape) =>
        shape.code === '11680'
          ? '/search?region=11680&q="x"'
          : shape.code === '41190'
            ? 'javascript:alert(1)'
            : undefined,
    });
    const $ = load(svg, { xml: true });
    expect(
      $('a')
        .toArray()
        .map((a) => $(a).attr('href')),
    ).toEqual(['/search?region=11680&q="x"']);
    expect(svg).not.toContain('javascript:');
  });

  it('keeps hostile titles and units inert (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 8 }), (title, unit) => {
        const $ = load(renderKoreaMap(counts, { title, unit }), { xml: true });
        const tags = new Set(
          $('*')
            .toArray()
            .map((e) => (e as { name: string }).name),
        );
        for (const tag of tags) expect(['svg', 'title', 'rect', 'g', 'path', 'text']).toContain(tag);
        expect($('svg').attr('aria-label')).toBe(title);
        expect($('svg > title').text()).toBe(title);
        const handlers = $('*')
          .toArray()
          .flatMap((e) => Object.keys((e as { attribs?: Record<string, string> }).attribs ?? {}))
          .filter((name) => name.startsWith('on'));
        expect(handlers).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
