// ohmystack/features: flat posting rows, exploded feature rows with stable ids, incremental merges and
// the posting lifecycle, the copies of one job across sites linked. Pure: no file system, no network.
export type { ExplodeBy, ExplodedRow, ExplodeInput, ExplodeKind, ExplodeOptions } from './explode.js';
export { explode } from './explode.js';
export { linkJobs } from './link-jobs.js';
export { mergeFeatureRows } from './merge-feature-rows.js';
export type { PostingRowInput } from './posting-from-row.js';
export { fromPostingRow } from './posting-from-row.js';
export { toPostingRow } from './posting-row.js';
export { featureRowId } from './row-id.js';
export { TAXONOMY_VERSION } from './taxonomy-version.js';
export type { TrackedInput } from './tracked-fields.js';
export type { LifecycleRun, LifecycleUpdate } from './update-lifecycle.js';
export { updateLifecycle } from './update-lifecycle.js';
