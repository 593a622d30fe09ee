import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchWhere } from '../../../src/explorer/search-query.js';

const parse = (query: string) => parseSearchQuery(new URLSearchParams(query));

describe('parseSearchQuery', () => {
  it('reads stacks, regions, career, families and employment in the spellings people type', () => {
    const query = parse(
      `stack=${encodeURIComponent('리액트, Spring Boot')}&region=${encodeURIComponent('경기 분당구')}&career=${encodeURIComponent('신입')}&family=${encodeURIComponent('프론트엔드')}&employment=${encodeURIComponent('정규직')}`,
    );
    expect(query.stacks).toEqual(['react', 'spring-boot']);
    expect(query.regions).toEqual([{ sido: '경기도', sigungu: '성남시 분당구' }]);
    expect(query.career).toEqual({ newcomer: true });
    expect(query.families).toEqual(['frontend']);
    expect(query.employment).toEqual(['fulltime']);
    expect(query).toMatchObject({ sort: 'recent', page: 1, size: 20 });
  });

  it('cuts a page size above 100 to 100', () => {
    expect(parse('size=5000').size).toBe(100);
  });
});

describe('searchWhere', () => {
  it('binds every value from the request; none reaches the SQL text', () => {
    const hostile = "x'); DROP TABLE current; --";
    const where = searchWhere(
      parse(
        `q=${encodeURIComponent(hostile)}&stack=${encodeURIComponent(hostile)}&source=wanted&deadline=week`,
      ),
      '2026-11-25',
    );
    expect(where.sql).not.toContain('DROP');
    expect(where.sql).not.toContain('wanted');
    expect(where.sql).not.toContain('2026');
    expect(where.params).toContain('wanted');
    expect(where.params).toContain('2026-12-02');
    // Every placeholder has its value and every value its placeholder.
    const used = new Set([...where.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect([...used].sort((a, b) => a - b)).toEqual(where.params.map((_, i) => i + 1));
  });

  it.each(['open', 'week', 'always', 'expired'])(
    'numbers placeholders exactly for deadline=%s',
    (deadline) => {
      const where = searchWhere(parse(`deadline=${deadline}&career=3`), '2026-11-25');
      const used = new Set([...where.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect(used.size).toBe(where.params.length);
    },
  );
});
