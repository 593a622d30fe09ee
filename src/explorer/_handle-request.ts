// Every request of the explorer: a fixed set of routes, each with its methods (GET/HEAD, and POST for
// /api/recommend only); JSON errors under /api/ that name what to fix; security headers on every
// answer. Nothing here writes: the routes only read the data opened at start.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isOhmystackError } from '../model/errors/ohmystack-error.js';
import { ProfileError } from '../model/errors/profile-error.js';
import { koreaMapShapeOf, renderKoreaMap } from '../report/map/index.js';
import { ApiError } from './_api-error.js';
import { CLIENT_SCRIPT } from './_client-script.js';
import {
  type ExplorerView,
  forMeMain,
  mapMain,
  notFoundMain,
  pageHtml,
  postingMain,
  searchMain,
  trendsMain,
  unavailableMain,
} from './_pages.js';
import { intParam, readParams } from './_query-params.js';
import { readJsonBody } from './_read-json-body.js';
import { EXPLORER_STYLES } from './_styles.js';
import type { ExplorerData } from './explorer-data.js';
import { parseSearchQuery } from './search-query.js';
import { parseTrendQuery } from './trends-query.js';

/** What the handler serves from. */
export interface HandlerContext {
  data: ExplorerData;
  /** The lake carries the demo's synthetic-data marker (read once at start). */
  synthetic: boolean;
  /** Chart.js's UMD bundle, read on first use. */
  chartJs: () => string;
  /** Host headers accepted (`127.0.0.1:PORT`, …); null accepts any (a server bound to another host). */
  hosts: () => ReadonlySet<string> | null;
  /** Where unexpected failures are reported (the answer itself never carries a stack). */
  log: (line: string) => void;
}

/** Recommendations per request when `limit` is not given, and the most one request may ask for. */
const RECOMMEND_LIMIT = Object.freeze({ default: 20, max: 100 });

/** The Content-Security-Policy of every answer: same-origin scripts, styles and fetches; images may be data: URLs. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': EXPLORER_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** A 16 × 16 PNG (a blue tile with a bar chart), so browsers get an icon and the console no 404. */
const FAVICON = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKElEQVR42mNgoAaQz3/9nxxMXwNgYIgZgKxpCBmAS9NIMmBg8gIlAABVeyOncWHJSgAAAABJRU5ErkJggg==',
  'base64',
);

type Method = 'GET' | 'HEAD' | 'POST';
type Answer = { status: number; type: string; body: string | Buffer; headers?: Record<string, string> };
interface Route {
  pattern: RegExp;
  methods: readonly Method[];
  answer: (
    ctx: HandlerContext,
    match: RegExpExecArray,
    url: URL,
    request: IncomingMessage,
  ) => Promise<Answer>;
}

const READ: readonly Method[] = ['GET', 'HEAD'];
const JSON_TYPE = 'application/json; charset=utf-8';
const HTML_TYPE = 'text/html; charset=utf-8';

const ROUTES: readonly Route[] = [
  {
    pattern: /^\/$/,
    methods: READ,
    answer: (ctx) => page(ctx, 'search', '공고 검색', async () => searchMain(await ctx.data.facets())),
  },
  {
    pattern: /^\/postings\/([^/]+)$/,
    methods: READ,
    answer: (ctx, m) => page(ctx, 'posting', '공고', async () => postingMain(pathId(m[1]!))),
  },
  {
    pattern: /^\/trends$/,
    methods: READ,
    answer: (ctx) => page(ctx, 'trends', '채용 트렌드', async () => trendsMain(), true),
  },
  {
    pattern: /^\/map$/,
    methods: READ,
    answer: (ctx) => page(ctx, 'map', '지역별 공고 지도', async () => mapMain(await mapSvg(ctx))),
  },
  {
    pattern: /^\/for-me$/,
    methods: READ,
    answer: (ctx) => page(ctx, 'for-me', '나에게 맞는 공고', async () => forMeMain()),
  },
  {
    pattern: /^\/assets\/explorer\.js$/,
    methods: READ,
    answer: async () => asset('text/javascript; charset=utf-8', CLIENT_SCRIPT),
  },
  {
    pattern: /^\/assets\/explorer\.css$/,
    methods: READ,
    answer: async () => asset('text/css; charset=utf-8', EXPLORER_STYLES),
  },
  {
    pattern: /^\/assets\/chart\.js$/,
    methods: READ,
    answer: async (ctx) => asset('text/javascript; charset=utf-8', ctx.chartJs()),
  },
  { pattern: /^\/favicon\.ico$/, methods: READ, answer: async () => ({ ...asset('image/png', FAVICON) }) },
  { pattern: /^\/api\/health$/, methods: READ, answer: async (ctx, _m, url) => health(ctx, url) },
  {
    pattern: /^\/api\/postings$/,
    methods: READ,
    answer: async (ctx, _m, url) => {
      const query = parseSearchQuery(url.searchParams);
      return json(200, await ready(ctx).search(query));
    },
  },
  {
    pattern: /^\/api\/postings\/([^/]+)$/,
    methods: READ,
    answer: async (ctx, m, url) => {
      readParams(url.searchParams, []);
      const id = pathId(m[1]!);
      const detail = await ready(ctx).posting(id);
      if (!detail)
        throw new ApiError(404, 'not_found', 'id', `no posting "${id.slice(0, 80)}" in the current postings`);
      return json(200, detail);
    },
  },
  {
    pattern: /^\/api\/trends$/,
    methods: READ,
    answer: async (ctx, _m, url) => {
      const query = parseTrendQuery(url.searchParams);
      return json(200, await ready(ctx).trends(query));
    },
  },
  {
    pattern: /^\/api\/map$/,
    methods: READ,
    answer: async (ctx, _m, url) => {
      readParams(url.searchParams, []);
      return json(200, await ready(ctx).map());
    },
  },
  {
    pattern: /^\/api\/facets$/,
    methods: READ,
    answer: async (ctx, _m, url) => {
      readParams(url.searchParams, []);
      return json(200, await ready(ctx).facets());
    },
  },
  { pattern: /^\/api\/recommend$/, methods: ['POST'], answer: recommendAnswer },
];

/**
 * Returns the request listener of the explorer's server.
 *
 * @example createServer(createRequestHandler({ data, synthetic: false, chartJs: readChartJsSource, hosts: () => null, log: console.error }))
 */
export function createRequestHandler(ctx: HandlerContext) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    void handle(ctx, request, response);
  };
}

async function handle(
  ctx: HandlerContext,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const raw = request.url ?? '/';
  const isApi = raw.startsWith('/api/');
  let answer: Answer;
  try {
    answer = await route(ctx, request, raw);
  } catch (error) {
    answer = failure(ctx, error, isApi, request);
  }
  if (response.headersSent || response.destroyed) return;
  response.writeHead(answer.status, {
    ...SECURITY_HEADERS,
    'content-type': answer.type,
    'content-length': String(Buffer.byteLength(answer.body)),
    'cache-control': 'no-store',
    ...(answer.headers ?? {}),
  });
  response.end(request.method === 'HEAD' ? undefined : answer.body);
}

async function route(ctx: HandlerContext, request: IncomingMessage, raw: string): Promise<Answer> {
  const hosts = ctx.hosts();
  if (hosts !== null && !hosts.has((request.headers.host ?? '').toLowerCase())) {
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing.
    throw new ApiError(421, 'unknown_host', 'host', `this explorer answers only to ${[...hosts].join(', ')}`);
  }
  if (!raw.startsWith('/'))
    throw new ApiError(400, 'bad_request', 'path', 'the request target must be a path');
  let url: URL;
  try {
    url = new URL(`http://explorer${raw}`);
  } catch {
    throw new ApiError(400, 'bad_request', 'path', 'the request target is not a URL path');
  }
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(url.pathname);
    if (!match) continue;
    const method = (request.method ?? 'GET') as Method;
    if (!candidate.methods.includes(method)) {
      const allow = candidate.methods.join(', ');
      const error = new ApiError(
        405,
        'method_not_allowed',
        null,
        `${request.method} is not allowed here; use ${allow}`,
      );
      return { ...json(405, error.toJSON()), headers: { allow } };
    }
    return candidate.answer(ctx, match, url, request);
  }
  throw new ApiError(404, 'not_found', 'path', `no such ${raw.startsWith('/api/') ? 'API route' : 'page'}`);
}

function failure(ctx: HandlerContext, error: unknown, isApi: boolean, request: IncomingMessage): Answer {
  const known = error instanceof ApiError ? error : null;
  if (!known) ctx.log(`explorer: ${request.method} ${request.url}: ${describe(error)}`);
  const status = known?.status ?? 500;
  const body = (
    known ?? new ApiError(500, 'internal', null, 'the explorer could not answer; its log says why')
  ).toJSON();
  const closing = status === 413 ? { connection: 'close' } : undefined;
  if (isApi || status === 413 || status === 415)
    return { ...json(status, body), ...(closing ? { headers: closing } : {}) };
  const main =
    status === 404
      ? notFoundMain()
      : `<h1>요청을 처리하지 못했습니다</h1><p class="error">${body.error.message.replace(/[&<>"']/g, '')}</p>`;
  return {
    status,
    type: HTML_TYPE,
    body: pageHtml({ view: 'search', title: '오류', main, state: ctx.data.state, synthetic: ctx.synthetic }),
  };
}

function describe(error: unknown): string {
  if (isOhmystackError(error)) return `${error.message}${error.hint ? ` (${error.hint})` : ''}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function json(status: number, value: unknown): Answer {
  return { status, type: JSON_TYPE, body: JSON.stringify(value) };
}

function asset(type: string, body: string | Buffer): Answer {
  return { status: 200, type, body };
}

async function page(
  ctx: HandlerContext,
  view: ExplorerView,
  title: string,
  main: () => Promise<string>,
  charts = false,
): Promise<Answer> {
  const { state } = ctx.data;
  if (state.kind !== 'ready') {
    return {
      status: 503,
      type: HTML_TYPE,
      body: pageHtml({ view, title, main: unavailableMain(state), state, synthetic: ctx.synthetic }),
    };
  }
  const [content, facets] = await Promise.all([main(), ctx.data.facets()]);
  return {
    status: 200,
    type: HTML_TYPE,
    body: pageHtml({ view, title, main: content, state, synthetic: ctx.synthetic, facets, charts }),
  };
}

/** The data, or a 503 that says the lake is missing or empty. */
function ready(ctx: HandlerContext): ExplorerData {
  const { state } = ctx.data;
  if (state.kind === 'missing') throw new ApiError(503, 'lake_missing', 'lake', `no lake at ${state.dir}`);
  if (state.kind === 'empty') {
    throw new ApiError(503, 'lake_empty', 'lake', `the lake at ${state.dir} holds no committed posting yet`);
  }
  return ctx.data;
}

function pathId(encoded: string): string {
  try {
    const id = decodeURIComponent(encoded);
    if (id.length > 300) throw new Error('too long');
    return id;
  } catch {
    throw new ApiError(
      400,
      'bad_value',
      'id',
      'the posting id is not a valid URL segment (at most 300 characters)',
    );
  }
}

async function health(ctx: HandlerContext, url: URL): Promise<Answer> {
  readParams(url.searchParams, []);
  const { state } = ctx.data;
  return json(200, { ok: state.kind === 'ready', synthetic: ctx.synthetic, lake: state });
}

async function mapSvg(ctx: HandlerContext): Promise<string> {
  const counts = await ctx.data.map();
  return renderKoreaMap(counts, {
    unit: '건',
    linkOf: (shape) => {
      const sido = koreaMapShapeOf(shape.sidoCode)?.name ?? '';
      const region = shape.level === 'sido' ? shape.name : `${sido} ${shape.name}`.trim();
      return `/?region=${encodeURIComponent(region)}`;
    },
  });
}

async function recommendAnswer(
  ctx: HandlerContext,
  _m: RegExpExecArray,
  url: URL,
  request: IncomingMessage,
): Promise<Answer> {
  const params = readParams(url.searchParams, ['limit']);
  const limit = intParam('limit', params.get('limit'), 1, RECOMMEND_LIMIT.max, RECOMMEND_LIMIT.default);
  const profile = await readJsonBody(request);
  const recommender = await ready(ctx).recommender();
  try {
    // The body is checked where profiles are checked: anything it is not, recommend answers with a
    // ProfileError naming the field.
    const input = profile as Parameters<typeof recommender.recommend>[0];
    return json(200, [...(await recommender.recommend(input, { limit }))]);
  } catch (error) {
    if (error instanceof ProfileError) throw new ApiError(400, 'invalid_profile', error.field, error.message);
    throw error;
  }
}
