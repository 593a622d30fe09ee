import { careersAppPage, careersJobPage, careersSitemap } from '../../shapes/careers.js';
import { markup } from '../markup.js';
import { html, idOf, type SiteRouter } from '../route.js';

// A company career site: `sitemap.xml` lists each live job once, every fourth one as the
// client-rendered `/app/jobs/:id` page (the rest as static `/jobs/:id`); both routes answer every id.
// Closed jobs drop out of the sitemap and answer 404.

/** Returns whether the sitemap lists a job as client-rendered. */
export function isClientRendered(id: number): boolean {
  return id % 4 === 0;
}

/** Routes of `/careers`: `GET /sitemap.xml`, `GET /jobs/:id`, `GET /app/jobs/:id`. */
export const careersRoutes: SiteRouter = (request, context) => {
  if (request.method !== 'GET') return undefined;
  const base = `${context.origin}/careers`;
  if (request.path === '/sitemap.xml') {
    return {
      site: 'careers',
      kind: 'careers:sitemap',
      format: 'xml',
      handle: () => {
        const entries = context.state.live('careers').map((p) => ({
          loc: `${base}${isClientRendered(p.id) ? '/app' : ''}/jobs/${p.id}`,
          lastmod: p.postedAt,
        }));
        return { status: 200, body: careersSitemap(entries), contentType: 'application/xml; charset=utf-8' };
      },
    };
  }
  const app = request.path.startsWith('/app/');
  const id = idOf(request.path.match(/^(?:\/app)?\/jobs\/(\d+)$/));
  if (id === undefined) return undefined;
  return {
    site: 'careers',
    kind: app ? 'careers:app' : 'careers:page',
    format: 'html',
    handle: () => {
      const found = context.state.find('careers', id);
      if (!found || found.closed)
        return html(
          404,
          '<!DOCTYPE html><html lang="ko"><body><h1>채용이 마감된 포지션입니다.</h1></body></html>',
        );
      const url = `${base}${app ? '/app' : ''}/jobs/${id}`;
      const page = app ? careersAppPage(found.posting, { url }) : careersJobPage(found.posting, { url });
      return html(200, markup(context, 'careers', page));
    },
  };
};
