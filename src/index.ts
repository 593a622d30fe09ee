// The root of ohmystack: every public subpath in one import (`ohmystack/http`, `/normalize`, `/geo`,
// `/commute`, `/features`, `/recommend`, `/sources`, `/sinks`, `/query`, `/pipeline`, `/report`,
// `/explorer`) and the data model.
// Each subpath can also be imported alone; `ohmystack/testing` (the replicas) is only a subpath.

export * from './commute/index.js';
export * from './explorer/index.js';
export * from './features/index.js';
export * from './geo/index.js';
export * from './http/index.js';
export * from './model/index.js';
export * from './normalize/index.js';
export * from './pipeline/index.js';
export * from './query/index.js';
export * from './recommend/index.js';
export * from './report/index.js';
export * from './sinks/index.js';
export * from './sources/index.js';
