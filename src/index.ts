// The root of ohmystack: the data model and every public subpath (`ohmystack/normalize`, `ohmystack/geo`,
// `ohmystack/features`, `ohmystack/sources`, `ohmystack/sinks`, `ohmystack/pipeline`, `ohmystack/report`).
// Each subpath can also be imported alone; `ohmystack/testing` (the site replica) is only a subpath.

export * from './features/index.js';
export * from './geo/index.js';
export * from './model/index.js';
export * from './normalize/index.js';
export * from './pipeline/index.js';
export * from './report/index.js';
export * from './sinks/index.js';
export * from './sources/index.js';
