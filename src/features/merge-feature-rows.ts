import type { FeatureRow } from '../model/rows.js';
import { mergeByKey } from './merge-by-key.js';

/**
 * Returns the accumulated feature rows with a run's rows merged in, one row per `row_id`: a run's row
 * replaces an accumulated one with the same id (it is fresher) in that row's place; rows new in the run
 * follow in the run's order. Pure, linear, and stable: re-merging the same run changes nothing.
 *
 * @example
 * mergeFeatureRows(lake, explode(postings, { by: 'both', runId: '20261129T0900' }))
 * // previous rows (refreshed where the run saw them again) + this run's new 카카오, 토스 … rows
 */
export function mergeFeatureRows<T extends Pick<FeatureRow, 'row_id'> = FeatureRow>(
  accumulated: Iterable<T>,
  run: Iterable<T>,
): T[] {
  return mergeByKey(chain(accumulated, run), 'row_id');
}

function* chain<T>(first: Iterable<T>, second: Iterable<T>): Generator<T> {
  yield* first;
  yield* second;
}
