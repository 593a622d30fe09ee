// Behaviours by name and back: the first path segment of a request may name one ('/endless/api/x'),
// and every behaviour has a name that stats count it under.
import type { HostileBehaviour, HostileBehaviourLike, HostileBehaviourName } from './types.js';

const BY_NAME: Readonly<Record<HostileBehaviourName, HostileBehaviour>> = {
  oversized: { kind: 'oversized', contentLength: true },
  'oversized-chunked': { kind: 'oversized', contentLength: false },
  endless: { kind: 'endless' },
  trickle: { kind: 'trickle' },
  'gzip-bomb': { kind: 'gzip-bomb' },
  'redirect-offsite': { kind: 'redirect', to: 'offsite' },
  'redirect-metadata': { kind: 'redirect', to: 'metadata' },
  'redirect-loopback': { kind: 'redirect', to: 'loopback' },
  'redirect-loop': { kind: 'redirect', to: 'loop' },
  'echo-200': { kind: 'echo', status: 200 },
  'echo-400': { kind: 'echo', status: 400 },
  'echo-401': { kind: 'echo', status: 401 },
  'echo-429': { kind: 'echo', status: 429 },
  'echo-500': { kind: 'echo', status: 500 },
  'sitemap-flood': { kind: 'sitemap', entries: 'site' },
  'sitemap-offsite': { kind: 'sitemap', entries: 'offsite' },
  'sitemap-private': { kind: 'sitemap', entries: 'private' },
  'sitemap-index-flood': { kind: 'sitemap-index', entries: 'site' },
  'sitemap-index-offsite': { kind: 'sitemap-index', entries: 'offsite' },
  'sitemap-index-private': { kind: 'sitemap-index', entries: 'private' },
  proxy: { kind: 'proxy' },
  'not-found': { kind: 'not-found' },
};

/**
 * Returns the behaviour `like` stands for.
 *
 * @example behaviourOf('oversized-chunked') // { kind: 'oversized', contentLength: false }
 */
export function behaviourOf(like: HostileBehaviourLike): HostileBehaviour {
  return typeof like === 'string' ? BY_NAME[like] : like;
}

/**
 * Returns the name stats count `behaviour` under: its own name when it has one, else its kind.
 *
 * @example routeName({ kind: 'redirect', to: 'loop' }) // 'redirect-loop'
 */
export function routeName(behaviour: HostileBehaviour): string {
  switch (behaviour.kind) {
    case 'oversized':
      return behaviour.contentLength === false ? 'oversized-chunked' : 'oversized';
    case 'redirect':
      return ['offsite', 'metadata', 'loopback', 'loop'].includes(behaviour.to)
        ? `redirect-${behaviour.to}`
        : 'redirect';
    case 'echo':
      return `echo-${behaviour.status}`;
    case 'sitemap':
      return `sitemap-${behaviour.entries === 'offsite' || behaviour.entries === 'private' ? behaviour.entries : 'flood'}`;
    case 'sitemap-index':
      return `sitemap-index-${behaviour.entries === 'offsite' || behaviour.entries === 'private' ? behaviour.entries : 'flood'}`;
    default:
      return behaviour.kind;
  }
}

/**
 * Returns the behaviour the first segment of `pathname` names and the path after it, or undefined when
 * the first segment names none.
 *
 * @example pathBehaviour('/endless/api/positions') // { behaviour: { kind: 'endless' }, rest: '/api/positions' }
 */
export function pathBehaviour(pathname: string): { behaviour: HostileBehaviour; rest: string } | undefined {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const name = match?.[1];
  if (name === undefined || !Object.hasOwn(BY_NAME, name)) return undefined;
  return { behaviour: BY_NAME[name as HostileBehaviourName], rest: match?.[2] ?? '/' };
}
