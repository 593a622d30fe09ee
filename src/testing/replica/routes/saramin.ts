import type { SyntheticPosting } from '../../generate-postings.js';
import { saraminApiJob } from '../../shapes/saramin-api.js';
import {
  saraminCategoryPage,
  saraminDetailBody,
  saraminSearchPage,
  saraminViewAjax,
} from '../../shapes/saramin-html.js';
import { markup } from '../markup.js';
import { html, idOf, intParam, json, listParam, type RouteContext, type SiteRouter } from '../route.js';

// Saramin: the Open API `job-search` (access key, `start` = 0-based page, `count` ≤ 110),
// the HTML search (`recruitPage` 1-based, `recruitPageCount` ≤ 100), the job-category list (`page`
// 1-based, `page_count` ≤ 100) and the view-ajax detail (POST form `rec_idx`). Deleted or closed postings answer 404 with a short notice page.

// The Open API's own error body was not observed; this one follows its `{code, message}` style:
// 400 for a missing key, 403 for a wrong one.
const MISSING_KEY = { code: 1, message: 'access-key is required' };
const WRONG_KEY = { code: 3, message: 'invalid access-key' };

function newestFirst(context: RouteContext): SyntheticPosting[] {
  return context.state.live('saramin').sort((a, b) => b.id - a.id);
}

function matches(posting: SyntheticPosting, word: string): boolean {
  if (word === '') return true;
  const needle = word.toLowerCase();
  return [posting.title, posting.company, ...posting.stacks].some((text) =>
    text.toLowerCase().includes(needle),
  );
}

const GONE_PAGE =
  '<div class="wrap_jview"><div class="jview_deleted"><p class="msg">삭제되었거나 마감된 공고입니다.</p></div></div>';

/** Routes of `/saramin-api`: `GET /job-search`. */
export const saraminApiRoutes: SiteRouter = (request, context) => {
  if (request.method !== 'GET' || request.path !== '/job-search') return undefined;
  return {
    site: 'saramin',
    kind: 'saramin:api',
    format: 'json',
    handle: () => {
      const key = request.query.get('access-key');
      if (!key) return json(400, MISSING_KEY);
      if (key !== context.saraminAccessKey) return json(403, WRONG_KEY);
      const midCodes = listParam(request.query, 'job_mid_cd');
      const keywords = request.query.get('keywords') ?? '';
      // Every replica posting is IT개발·데이터 (job_mid_cd 2).
      const all = midCodes.length === 0 || midCodes.includes('2') ? newestFirst(context) : [];
      const matching = all.filter((p) => matches(p, keywords));
      const count = Math.min(110, Math.max(1, intParam(request.query, 'count', 10)));
      const start = intParam(request.query, 'start', 0);
      const withDates = (request.query.get('fields') ?? '').includes('posting-date');
      const job = matching
        .slice(start * count, (start + 1) * count)
        .map((p) => saraminApiJob(p, { withDates }));
      return json(200, { jobs: { count: job.length, start, total: String(matching.length), job } });
    },
  };
};

/** Routes of `/saramin`: the HTML search, `POST /zf_user/jobs/relay/view-ajax` and `view-detail`. */
export const saraminRoutes: SiteRouter = (request, context) => {
  const { path, query } = request;
  const redesign = (body: string) => markup(context, 'saramin', body);
  if (request.method === 'GET' && path === '/zf_user/search/recruit') {
    return {
      site: 'saramin',
      kind: 'saramin:list',
      format: 'html',
      handle: () => {
        const searchword = query.get('searchword') ?? '';
        const matching = newestFirst(context).filter((p) => matches(p, searchword));
        const pageCount = Math.min(100, Math.max(1, intParam(query, 'recruitPageCount', 40)));
        const page = Math.max(1, intParam(query, 'recruitPage', 1));
        const cards = matching.slice((page - 1) * pageCount, page * pageCount);
        return html(
          200,
          redesign(saraminSearchPage(cards, { searchword, page, pageCount, total: matching.length })),
        );
      },
    };
  }
  if (request.method === 'GET' && path === '/zf_user/jobs/list/job-category') {
    return {
      site: 'saramin',
      kind: 'saramin:category',
      format: 'html',
      handle: () => {
        // Every replica posting is IT개발·데이터, so each category lists them all.
        const all = newestFirst(context);
        const pageCount = Math.min(100, Math.max(1, intParam(query, 'page_count', 50)));
        const page = Math.max(1, intParam(query, 'page', 1));
        const rows = all.slice((page - 1) * pageCount, page * pageCount);
        return html(
          200,
          redesign(saraminCategoryPage(rows, { page, pageCount, total: all.length, today: context.today })),
        );
      },
    };
  }
  if (request.method === 'POST' && path === '/zf_user/jobs/relay/view-ajax') {
    return {
      site: 'saramin',
      kind: 'saramin:detail',
      format: 'html',
      handle: () => {
        const id = idOf((request.form.get('rec_idx') ?? '').match(/^(\d+)$/));
        const found = id === undefined ? undefined : context.state.find('saramin', id);
        if (!found || found.closed) return html(404, GONE_PAGE);
        return html(200, redesign(saraminViewAjax(found.posting)));
      },
    };
  }
  if (request.method === 'GET' && path === '/zf_user/jobs/relay/view-detail') {
    return {
      site: 'saramin',
      kind: 'saramin:detail-body',
      format: 'html',
      handle: () => {
        const id = idOf((query.get('rec_idx') ?? '').match(/^(\d+)$/));
        const found = id === undefined ? undefined : context.state.find('saramin', id);
        if (!found || found.closed) return html(404, GONE_PAGE);
        return html(
          200,
          `<!DOCTYPE html><html><body><div class="user_content">${saraminDetailBody(found.posting)}</div></body></html>`,
        );
      },
    };
  }
  return undefined;
};
