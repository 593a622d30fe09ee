// The root of ohmystack: the data model and every public subpath (`ohmystack/normalize`,
// `ohmystack/geo`). Each subpath can also be imported alone.

export * from './geo/index.js';
export * from './model/index.js';
export * from './normalize/index.js';
