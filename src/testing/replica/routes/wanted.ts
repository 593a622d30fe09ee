import { FAMILIES } from '../../_vocabulary.js';
import type { SyntheticPosting } from '../../generate-postings.js';
import {
  wantedCategoryDictionary,
  wantedCategoryId,
  wantedNavigationItem,
  wantedSkillDictionary,
  wantedV4ListItem,
} from '../../shapes/wanted.js';
import {
  WANTED_NOT_FOUND_BODY,
  wantedChaosDetail,
  wantedV4Detail,
  wantedV4Job,
} from '../../shapes/wanted-detail.js';
import { idOf, intParam, json, listParam, type ReplicaRequest, type SiteRouter } from '../route.js';
import type { ReplicaState } from '../state.js';

// Wanted: offset/limit lists with `links.next` (a root-relative URL with the next query,
// here under the replica prefix so it resolves against the replica's origin), details that answer
// 404 `{error_code:11001}` for a closed job, and the static tag dictionaries.
const DEV_GROUP = 518;

function page(
  request: ReplicaRequest,
  postings: SyntheticPosting[],
  path: string,
): { items: SyntheticPosting[]; links: { prev: string | null; next: string | null } } {
  const limit = Math.min(100, Math.max(1, intParam(request.query, 'limit', 20)));
  const offset = intParam(request.query, 'offset', 0);
  const items = postings.slice(offset, offset + limit);
  const at = (value: number) => {
    const query = new URLSearchParams(request.query);
    query.set('offset', String(value));
    query.set('limit', String(limit));
    return `/wanted${path}?${query}`;
  };
  return {
    items,
    links: {
      prev: offset > 0 ? at(Math.max(0, offset - limit)) : null,
      next: offset + limit < postings.length ? at(offset + limit) : null,
    },
  };
}

// Newest first, as the site's latest order.
function newestFirst(state: ReplicaState): SyntheticPosting[] {
  return state.live('wanted').sort((a, b) => b.id - a.id);
}

function filterByJobs(postings: SyntheticPosting[], ids: string[]): SyntheticPosting[] {
  const wanted = new Set(ids.map(Number).filter((id) => id !== DEV_GROUP));
  return wanted.size === 0 ? postings : postings.filter((p) => wanted.has(wantedCategoryId(p.category)));
}

function detailRoute(kind: string, id: number, state: ReplicaState, body: (p: SyntheticPosting) => unknown) {
  return {
    site: 'wanted' as const,
    kind,
    format: 'json' as const,
    handle: () => {
      const found = state.find('wanted', id);
      if (!found || found.closed) return json(404, WANTED_NOT_FOUND_BODY);
      return json(200, body(found.posting));
    },
  };
}

/** Routes of `/wanted`: navigation and v4 lists, v4 / chaos v1 / chaos v4 details. */
export const wantedRoutes: SiteRouter = (request, { state }) => {
  if (request.method !== 'GET') return undefined;
  const { path, query } = request;
  if (path === '/api/chaos/navigation/v1/results') {
    return {
      site: 'wanted',
      kind: 'wanted:list',
      format: 'json',
      handle: () => {
        const group = query.get('job_group_id');
        const all = group === null || Number(group) === DEV_GROUP ? newestFirst(state) : [];
        const { items, links } = page(request, filterByJobs(all, listParam(query, 'job_ids')), path);
        return json(200, { data: items.map(wantedNavigationItem), links });
      },
    };
  }
  if (path === '/api/v4/jobs') {
    return {
      site: 'wanted',
      kind: 'wanted:list-v4',
      format: 'json',
      handle: () => {
        const ids = [...listParam(query, 'tag_type_ids'), ...listParam(query, 'category_tags')];
        const { items, links } = page(request, filterByJobs(newestFirst(state), ids), path);
        return json(200, {
          data: items.map(wantedV4ListItem),
          links,
          is_callable_external_job: false,
          is_score: false,
          model_status: null,
          data_model: null,
        });
      },
    };
  }
  const v4 = idOf(path.match(/^\/api\/v4\/jobs\/(\d+)$/));
  if (v4 !== undefined) return detailRoute('wanted:detail', v4, state, wantedV4Detail);
  const chaos = idOf(path.match(/^\/api\/chaos\/jobs\/v1\/(\d+)\/details$/));
  if (chaos !== undefined) return detailRoute('wanted:detail', chaos, state, wantedChaosDetail);
  const chaos4 = idOf(path.match(/^\/api\/chaos\/jobs\/v4\/(\d+)\/details$/));
  if (chaos4 !== undefined)
    return detailRoute('wanted:detail', chaos4, state, (p) => ({ data: { job: wantedV4Job(p) } }));
  return undefined;
};

/** Routes of `/wanted-static`: `GET /tags?tags=skill|category`. */
export const wantedStaticRoutes: SiteRouter = (request) => {
  if (request.method !== 'GET' || request.path !== '/tags') return undefined;
  return {
    site: 'wanted',
    kind: 'wanted:dictionary',
    format: 'json',
    handle: () => {
      const which = request.query.get('tags');
      if (which === 'category') return json(200, wantedCategoryDictionary());
      if (which !== 'skill') return json(400, { message: 'unknown tags' });
      // Every stack of the vocabulary, so a collector can name every id a list or a later run shows.
      return json(200, wantedSkillDictionary(FAMILIES.flatMap((family) => family.stacks)));
    },
  };
};
