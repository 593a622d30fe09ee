// The shape of the generated capital-area rail network (`_network.gen.ts`, written by
// scripts/gen-rail.ts): plain arrays, so the module stays small and loads without parsing work.

/** One service path of a line: its stops in riding order and the run time of each segment. */
export interface RailPathRecord {
  /** Service line, e.g. '2호선', '신분당선', 'GTX-A'. */
  readonly line: string;
  /** Branch of the line, e.g. '본선', '성수지선', '경인선'. */
  readonly branch: string;
  /** Indexes into `RAIL_STATIONS`, in riding order; a loop repeats its first stop at the end. */
  readonly stops: readonly number[];
  /**
   * Scheduled run seconds of segment k (stops[k] → stops[k + 1]), without dwell; null where the
   * operator's segment table has no figure (lines of other operators), to be estimated from distance.
   */
  readonly seconds: readonly (number | null)[];
  /** Trains run in the listed direction only (6호선 응암순환). */
  readonly oneWay?: true;
}

/** A transfer walk: at station `station`, from a platform of `fromLine` to one of `toLine`, seconds. */
export type RailTransferRecord = readonly [
  station: number,
  fromLine: string,
  toLine: string,
  seconds: number,
];
