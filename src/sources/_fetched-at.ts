import { toKstIso } from '../model/kst.js';

/** Options every parser takes as its optional second argument. */
export interface ParseOptions {
  /**
   * The clock used for `fetchedAt`; tests pass a fixed date.
   * @default new Date()
   */
  now?: Date;
}

/**
 * Returns the `fetchedAt` stamp for one parser call: `opts.now` (or the current time) in KST.
 *
 * @example fetchedAtOf({ now: new Date('2026-09-01T00:00:00Z') }) // '2026-09-01T09:00:00.000+09:00'
 */
export function fetchedAtOf(opts: ParseOptions | undefined): string {
  return toKstIso(opts?.now ?? new Date());
}
