import { jobkoreaDetailPage, jobkoreaSearchPage } from '../../shapes/jobkorea.js';
import { markup } from '../markup.js';
import { html, idOf, intParam, type SiteRouter } from '../route.js';

// JobKorea: the Next.js search `/Search/?stext=&tabType=recruit&Page_No=N` (20 cards a
// page) and `/Recruit/GI_Read/{id}`. A closed posting answers 404 with a notice page.
const PAGE_SIZE = 20;

const GONE_PAGE =
  '<!DOCTYPE html><html lang="ko"><body><div class="gi-closed"><p>채용정보가 마감되었거나 삭제되었습니다.</p></div></body></html>';

/** Routes of `/jobkorea`: `GET /Search/`, `GET /Recruit/GI_Read/:id`. */
export const jobkoreaRoutes: SiteRouter = (request, context) => {
  if (request.method !== 'GET') return undefined;
  const { path, query } = request;
  if (path === '/Search/' || path === '/Search') {
    return {
      site: 'jobkorea',
      kind: 'jobkorea:list',
      format: 'html',
      handle: () => {
        const stext = query.get('stext') ?? '';
        const needle = stext.toLowerCase();
        const matching = context.state
          .live('jobkorea')
          .filter(
            (p) =>
              needle === '' ||
              [p.title, p.company, ...p.stacks].some((t) => t.toLowerCase().includes(needle)),
          )
          .sort((a, b) => b.id - a.id);
        const page = Math.max(1, intParam(query, 'Page_No', 1));
        const cards = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        const body = jobkoreaSearchPage(cards, {
          today: context.today,
          stext,
          page,
          pageSize: PAGE_SIZE,
          total: matching.length,
        });
        return html(200, markup(context, 'jobkorea', body));
      },
    };
  }
  const id = idOf(path.match(/^\/Recruit\/GI_Read\/(\d+)$/i));
  if (id === undefined) return undefined;
  return {
    site: 'jobkorea',
    kind: 'jobkorea:detail',
    format: 'html',
    handle: () => {
      const found = context.state.find('jobkorea', id);
      if (!found || found.closed) return html(404, GONE_PAGE);
      return html(200, markup(context, 'jobkorea', jobkoreaDetailPage(found.posting)));
    },
  };
};
