// Job families from Programmers category ids, and the title as the fallback of every posting whose
// categories map to no family, whatever its site.
import { describe, expect, it } from 'vitest';
import type { RawPosting } from '../../../src/model/raw-posting.js';
import { normalizePosition } from '../../../src/normalize/position.js';
import { normalizePosting } from '../../../src/normalize/posting.js';
import { parseList } from '../../../src/sources/programmers/parse-list.js';
import { generatePostings } from '../../../src/testing/generate-postings.js';
import { PROGRAMMERS_CATEGORY_IDS, programmersListItem } from '../../../src/testing/shapes/programmers.js';

const fetchedAt = '2026-09-01T00:00:00.000Z';

function raw(source: string, title: string, categories: string[]): RawPosting {
  return {
    source,
    sourceId: '1',
    url: `https://example.com/${source}/1`,
    fetchedAt,
    title,
    company: '누리랩스',
    categories,
  };
}

describe('Programmers category ids', () => {
  it.each([
    ['programmers:1', 'backend'],
    ['programmers:2', 'mobile'],
    ['programmers:3', 'mobile'],
    ['programmers:4', 'frontend'],
    ['programmers:5', 'ai-ml'],
    ['programmers:6', 'blockchain'],
    ['programmers:7', 'game'],
    ['programmers:9', 'devops'],
    ['programmers:10', 'qa'],
    ['programmers:11', 'ai-ml'],
    ['programmers:12', 'data-engineering'],
    ['programmers:13', 'embedded'],
    ['programmers:16', 'game'],
    ['programmers:17', 'software'],
    ['programmers:18', 'software'],
    ['programmers:20', 'game'],
    ['programmers:22', 'security'],
    ['programmers:25', 'fullstack'],
    ['programmers:26', 'embedded'],
    ['programmers:27', 'embedded'],
    ['programmers:59', 'devops'],
    ['programmers:92', 'dba'],
    ['programmers:125', 'dev-pm'],
    ['programmers:126', 'frontend'],
    ['programmers:127', 'mobile'],
    ['programmers:128', 'game'],
    ['programmers:129', 'software'],
    ['programmers:130', 'game'],
    ['programmers:158', 'data-engineering'],
  ])('%s → %s', (id, family) => {
    expect(normalizePosition(id)).toBe(family);
  });

  it.each(['programmers:8', 'programmers:15', 'programmers:999'])(
    'an id the site never named (%s) → null',
    (id) => {
      expect(normalizePosition(id)).toBeNull();
    },
  );

  it.each([
    ['데브옵스', 'devops'],
    ['로보틱스 미들웨어', 'embedded'],
    ['사물인터넷(IoT)', 'embedded'],
    ['웹 퍼블리싱', 'frontend'],
    ['시스템/네트워크', 'devops'],
  ])('the category name %s → %s', (name, family) => {
    expect(normalizePosition(name)).toBe(family);
  });
});

describe('the title as the fallback of categories that map to nothing', () => {
  it.each([
    ['programmers', 'programmers:999', '백엔드 개발자 (Kotlin)', 'backend'],
    ['wanted', 'wanted:1', 'Frontend Engineer', 'frontend'],
    ['jumpit', 'jumpit:999', 'iOS 개발자', 'mobile'],
    ['saramin', '웹기획', '데이터 엔지니어', 'data-engineering'],
    ['jobkorea', '기타', 'DevOps 엔지니어', 'devops'],
  ])('%s: category %s unknown, title %s → %s', (source, category, title, family) => {
    const posting = normalizePosting(raw(source, title, [category]));
    expect(posting.positions).toEqual([family]);
    expect(posting.unknownPositions).toEqual([category]);
  });

  it('reads the title of a posting with no category at all', () => {
    expect(normalizePosting(raw('rallit', '시니어 백엔드 개발자', [])).positions).toEqual(['backend']);
  });

  it('keeps the family of a mapped category, not the title’s', () => {
    const posting = normalizePosting(
      raw('programmers', '백엔드 개발자', ['programmers:4', 'programmers:999']),
    );
    expect(posting.positions).toEqual(['frontend']);
    expect(posting.unknownPositions).toEqual(['programmers:999']);
  });

  it('leaves a posting without a family when neither its categories nor its title tell', () => {
    const posting = normalizePosting(raw('programmers', '함께 성장할 동료를 찾습니다', ['programmers:999']));
    expect(posting.positions).toEqual([]);
    expect(posting.unknownPositions).toEqual(['programmers:999']);
  });
});

describe('the site replica’s Programmers postings', () => {
  it('files every family under an id that maps to a family', () => {
    for (const id of Object.values(PROGRAMMERS_CATEGORY_IDS)) {
      expect(normalizePosition(`programmers:${id}`), String(id)).not.toBeNull();
    }
  });

  it('gives every one of 800 postings a job family', () => {
    const postings = generatePostings({ count: 800, seed: 13 });
    const { items } = parseList({
      jobPositions: postings.map(programmersListItem),
      page: '1',
      totalPages: 1,
    });
    expect(items).toHaveLength(800);
    const without = items.map((item) => normalizePosting(item)).filter((p) => p.positions.length === 0);
    expect(without.map((p) => p.title)).toEqual([]);
  });
});
