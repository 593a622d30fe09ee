import { programmersCategoryId, programmersDetail, programmersListItem } from '../../shapes/programmers.js';
import { idOf, intParam, json, listParam, type SiteRouter } from '../route.js';

// Programmers career API: `page` 1-based (echoed back as a string), repeatable
// `job_category_ids[]`. A closed or unknown position answers 404 with a message: the real answer was
// not observed, so this is a plausible one.
const PAGE_SIZE = 20;

/** Routes of `/programmers`: `GET /api/job_positions`, `GET /api/job_positions/:id`. */
export const programmersRoutes: SiteRouter = (request, { state }) => {
  if (request.method !== 'GET') return undefined;
  if (request.path === '/api/job_positions') {
    return {
      site: 'programmers',
      kind: 'programmers:list',
      format: 'json',
      handle: () => {
        const ids = listParam(request.query, 'job_category_ids').map(Number);
        const wanted = new Set(ids);
        const matching = state
          .live('programmers')
          .filter((p) => wanted.size === 0 || wanted.has(programmersCategoryId(p.category)))
          .sort((a, b) => b.id - a.id);
        const page = Math.max(1, intParam(request.query, 'page', 1));
        return json(200, {
          jobPositions: matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(programmersListItem),
          filterParams: {
            order: request.query.get('order') ?? 'recent',
            min_salary: request.query.get('min_salary'),
            job_category_ids: ids,
          },
          page: String(page),
          totalPages: Math.ceil(matching.length / PAGE_SIZE),
          totalEntries: matching.length,
        });
      },
    };
  }
  const id = idOf(request.path.match(/^\/api\/job_positions\/(\d+)$/));
  if (id === undefined) return undefined;
  return {
    site: 'programmers',
    kind: 'programmers:detail',
    format: 'json',
    handle: () => {
      const found = state.find('programmers', id);
      if (!found || found.closed) return json(404, { message: '채용 공고를 찾을 수 없습니다.' });
      const url = `https://career.programmers.co.kr/job_positions/${id}`;
      return json(200, programmersDetail(found.posting, { url }));
    },
  };
};
