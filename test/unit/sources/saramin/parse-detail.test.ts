import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../../src/model/errors/parse-error.js';
import { parseDetail } from '../../../../src/sources/saramin/parse-detail.js';
import { FETCHED_AT, fixtureText, NOW } from '../_fixture.js';

const html = fixtureText('saramin/view-ajax-detail.html');

describe('saramin parseDetail', () => {
  it('maps every block of a view-ajax detail', () => {
    const { items, issues } = parseDetail(html, { now: NOW });
    expect(issues).toEqual([]);
    const { payload, sections, ...item } = items[0] ?? {};
    expect(item).toEqual({
      source: 'saramin',
      sourceId: '51400021',
      url: 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=51400021',
      fetchedAt: FETCHED_AT,
      title: 'Python 데이터 플랫폼 엔지니어 (경력 2~7년)',
      company: '(주)미리내시스템',
      companyId: 'bGxYTW5xdWZQUT09',
      career: { text: '신입·경력 2~7년' },
      locations: ['(10881) 경기 파주시 회동길 145', '경기 파주시, 고양시 일산동구'],
      coordinates: { lat: 37.7125, lng: 126.6863 },
      deadline: '2026.10.20 23:59',
      employmentType: '정규직 | 수습기간 3개월',
      salary: { text: '면접 후 결정' },
      education: '대졸(4년제) 이상',
      tags: ['근무일시:주 5일(월~금) 10:00~19:00'],
      postedAt: '2026.09.21 00:00',
    });
    expect(Object.keys(sections ?? {})).toEqual(['intro', 'benefits', 'etc']);
    expect(sections?.etc).toContain('<li>데이터 수집 파이프라인 개발 (Airflow, Spark)</li>');
    expect(sections?.etc).not.toContain('상세요강');
    expect(sections?.benefits).toContain('건강검진, 통신비 지원');
    expect(sections?.intro).toContain('출판 물류 데이터');
    expect(payload).toMatchObject({ id: '51400021', summary: { 근무지역: '경기 파주시, 고양시 일산동구' } });
  });

  it('reads 상시채용 as always open and leaves out an iframe-only detail block', () => {
    const open = html
      .replace('2026.10.20 23:59', '상시채용')
      .replace(/<div class="user_content">[\s\S]*?<\/ul>\s*<\/div>/, '<iframe src="/x"></iframe>');
    const [item] = parseDetail(open).items;
    expect(item).toMatchObject({ deadline: '상시채용', alwaysOpen: true });
    expect(item?.sections?.etc).toBeUndefined();
  });

  it.each([
    [
      'the id option',
      html.replace('name="rec_idx" value="51400021"', '').replaceAll('rec_idx=51400021', ''),
      { id: 51400099 },
      '51400099',
    ],
    ['the iframe link', html.replace('name="rec_idx" value="51400021"', ''), undefined, '51400021'],
  ])('finds the rec_idx from %s', (_name, page, opts, id) => {
    expect(parseDetail(page, opts).items[0]?.sourceId).toBe(id);
  });

  it('quarantines a fragment without any rec_idx', () => {
    const anonymous = html.replace('name="rec_idx" value="51400021"', '').replaceAll('rec_idx=51400021', '');
    const result = parseDetail(anonymous);
    expect(result.items).toEqual([]);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'missing_field', source: 'saramin', path: ['id'] });
  });

  it('ignores a 0/0 point and reads a summary without a header', () => {
    const zero = html
      .replace('data-latitude="37.7125"', 'data-latitude="0"')
      .replace('data-longitude="126.6863"', 'data-longitude="0"');
    expect(parseDetail(zero).items[0]?.coordinates).toBeUndefined();
    const summaryOnly = html.slice(
      html.indexOf('<div class="jv_cont jv_summary">'),
      html.indexOf('<div class="jv_cont jv_detail">'),
    );
    const [item] = parseDetail(summaryOnly, { id: '51400021' }).items;
    expect(item).toMatchObject({ title: '', company: '', education: '대졸(4년제) 이상' });
  });

  it.each([undefined, 3, '', '<html><body><p>페이지를 찾을 수 없습니다</p></body></html>'])(
    'throws ParseError on %j',
    (bad) => {
      expect(() => parseDetail(bad)).toThrow(ParseError);
    },
  );
});
