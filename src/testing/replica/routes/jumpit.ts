import type { SyntheticPosting } from '../../generate-postings.js';
import { jumpitCategoryId, jumpitDetailResult, jumpitListItem } from '../../shapes/jumpit.js';
import { idOf, intParam, json, listParam, type SiteRouter } from '../route.js';

// Jumpit API: `page` 1-based, 16 per page, repeatable `jobCategory`, `sort`; a closed position's detail
// answers HTTP 400 with code C003.
const PAGE_SIZE = 16;

function sorted(postings: SyntheticPosting[], sort: string | null): SyntheticPosting[] {
  const byId = (a: SyntheticPosting, b: SyntheticPosting) => b.id - a.id;
  if (sort === 'reg_dt') return postings.sort((a, b) => b.postedAt.localeCompare(a.postedAt) || byId(a, b));
  if (sort === 'popular') return postings.sort((a, b) => (b.id % 500) - (a.id % 500) || byId(a, b));
  return postings.sort(byId);
}

/** Routes of `/jumpit`: `GET /api/positions`, `GET /api/position/:id`. */
export const jumpitRoutes: SiteRouter = (request, { state }) => {
  if (request.method !== 'GET') return undefined;
  if (request.path === '/api/positions') {
    return {
      site: 'jumpit',
      kind: 'jumpit:list',
      format: 'json',
      handle: () => {
        const categories = new Set(listParam(request.query, 'jobCategory').map(Number));
        const matching = state
          .live('jumpit')
          .filter((p) => categories.size === 0 || categories.has(jumpitCategoryId(p.category)));
        const page = Math.max(1, intParam(request.query, 'page', 1));
        const positions = sorted(matching, request.query.get('sort')).slice(
          (page - 1) * PAGE_SIZE,
          page * PAGE_SIZE,
        );
        return json(200, {
          message: '포지션 리스트가 조회되었습니다.',
          status: 200,
          code: 'P004',
          result: {
            totalCount: matching.length,
            page,
            keyword: request.query.get('keyword') ?? '',
            keywordType: 'etc',
            positions: positions.map(jumpitListItem),
            emptyPosition: matching.length === 0,
          },
        });
      },
    };
  }
  const id = idOf(request.path.match(/^\/api\/position\/(\d+)$/));
  if (id === undefined) return undefined;
  return {
    site: 'jumpit',
    kind: 'jumpit:detail',
    format: 'json',
    handle: () => {
      const found = state.find('jumpit', id);
      if (!found)
        return json(404, { status: 404, code: 'C002', message: '존재하지 않는 포지션입니다.', result: null });
      if (found.closed)
        return json(400, { status: 400, code: 'C003', message: '마감된 포지션입니다.', result: null });
      return json(200, {
        message: '조회에 성공하셨습니다.',
        status: 200,
        code: 'C001',
        result: jumpitDetailResult(found.posting),
      });
    },
  };
};
