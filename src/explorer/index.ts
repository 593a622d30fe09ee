// Public surface of ohmystack/explorer: `serveExplorer`, the local web app and JSON API `ohmystack serve` runs.

export type { LakeState } from './explorer-data.js';
export type { RunningExplorer, ServeExplorerOptions } from './serve-explorer.js';
export { serveExplorer } from './serve-explorer.js';
