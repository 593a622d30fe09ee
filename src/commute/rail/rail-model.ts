// The constants of the rail router. Run times come from the operator's segment table where it has
// them; everything else here is an estimate, set as each comment says and checked against the
// reference table of typical published journey times (bench/data/commute-reference.tsv).

/** Per-line figures of the rail router. */
export interface RailLineFigures {
  /**
   * Running speed between stations, km/h of track (straight line × `trackDetour`), dwell excluded;
   * used where the segment table has no run time.
   */
  readonly kmh: number;
  /** Peak headway, minutes: half of it is the expected wait on boarding this line. */
  readonly headwayMin: number;
}

/** The constants of the rail router; see {@link DEFAULT_RAIL_MODEL}. */
export interface RailModel {
  /** Per line; lines not listed take `defaultLine`. */
  readonly lines: Readonly<Record<string, RailLineFigures>>;
  readonly defaultLine: RailLineFigures;
  /** Track length ÷ straight-line distance between adjacent stations. */
  readonly trackDetour: number;
  /** Seconds a train stands at each intermediate stop (the segment table's run times exclude it). */
  readonly dwellSeconds: number;
  /** Seconds from the street to the platform and back again (stairs, gates), added once per trip. */
  readonly stationSeconds: number;
  /** Transfer walk where the transfer table has none, seconds. */
  readonly transferWalkSeconds: number;
  /**
   * Seconds of riding a transfer is worth to a rider, on top of its walk and wait: weighed when
   * choosing a route, never counted in the minutes reported.
   */
  readonly transferPenaltySeconds: number;
  /** Stations farther than this from a trip's end (straight line, km) are not considered. */
  readonly accessKm: number;
  /**
   * Seconds a feeder bus to or from a station costs besides its ride (walking to the stop, waiting);
   * each end of a rail trip takes the quicker of walking and the feeder bus.
   */
  readonly feederSeconds: number;
  /** How many of the nearest stations each end considers. */
  readonly accessStations: number;
}

/**
 * Defaults of the rail router.
 *
 * Speeds: where the 서울교통공사 segment table has no run time (lines of other operators, the outer
 * sections of 1·3·4호선), a line runs at its typical speed between stations, dwell excluded. Metro
 * lines with 1–1.5 km spacing reach 40–45 km/h between stops (the segment table's own lines average
 * about 42); 코레일 commuter sections with 2–3 km spacing and 100–110 km/h trains about 60; the
 * express lines faster: 신분당선 (stations 2–8 km apart, 90 km/h trains) 70, 공항철도 (all-stop
 * trains, 110 km/h) 75, GTX-A (180 km/h, 수서–동탄 in 20 minutes) 110; light rail (70–80 km/h trains,
 * short spacing) 35. 9호선's figure blends its express and local trains.
 *
 * Headways: the peak intervals the operators publish, rounded (2호선 2–3 min, 1호선's 경부·경인 sections
 * about 5, 경의중앙선 and GTX-A 10–15, 경춘선 15–20).
 *
 * @example
 * DEFAULT_RAIL_MODEL.lines['신분당선'] // { kmh: 70, headwayMin: 5 }
 */
export const DEFAULT_RAIL_MODEL: RailModel = Object.freeze({
  lines: Object.freeze({
    '1호선': { kmh: 60, headwayMin: 6 },
    '2호선': { kmh: 42, headwayMin: 3 },
    '3호선': { kmh: 50, headwayMin: 5 },
    '4호선': { kmh: 55, headwayMin: 5 },
    '5호선': { kmh: 42, headwayMin: 4 },
    '6호선': { kmh: 42, headwayMin: 6 },
    '7호선': { kmh: 42, headwayMin: 4 },
    '8호선': { kmh: 45, headwayMin: 5 },
    '9호선': { kmh: 50, headwayMin: 4 },
    수인분당선: { kmh: 50, headwayMin: 6 },
    신분당선: { kmh: 70, headwayMin: 5 },
    경의중앙선: { kmh: 60, headwayMin: 12 },
    경춘선: { kmh: 70, headwayMin: 18 },
    경강선: { kmh: 70, headwayMin: 12 },
    공항철도: { kmh: 75, headwayMin: 8 },
    서해선: { kmh: 65, headwayMin: 12 },
    'GTX-A': { kmh: 110, headwayMin: 12 },
    우이신설선: { kmh: 35, headwayMin: 4 },
    신림선: { kmh: 35, headwayMin: 4 },
    김포골드라인: { kmh: 40, headwayMin: 3 },
    에버라인: { kmh: 40, headwayMin: 6 },
    의정부경전철: { kmh: 35, headwayMin: 5 },
    인천1호선: { kmh: 40, headwayMin: 5 },
    인천2호선: { kmh: 35, headwayMin: 5 },
  }),
  defaultLine: Object.freeze({ kmh: 45, headwayMin: 6 }),
  /** The segment table's own track lengths run 1.05–1.2 × the straight line between its stations. */
  trackDetour: 1.12,
  /** About 30 s per stop, the dwell the segment table leaves out. */
  dwellSeconds: 30,
  /** Assumption: 2 minutes between street and platform in all, split over both ends. */
  stationSeconds: 120,
  /**
   * The transfer table's walks have a median of 1.5 minutes; transfers it does not list are mostly
   * between operators, where platforms lie farther apart: 2.5 minutes.
   */
  transferWalkSeconds: 150,
  /**
   * Riders keep to a route with fewer changes unless another saves several minutes, and route
   * planners weigh a change that way: OpenTripPlanner charges 10 minutes per boarding by default,
   * travel-behaviour studies value a transfer at 5–15 minutes of riding. 7 minutes is the least that
   * makes 합정 → 판교 the usual 2호선 → 강남 → 신분당선 (one change, 6 minutes slower) instead of
   * 2호선 → 9호선 → 신분당선; the median error against the reference table moves from 1.83 to 1.97 min.
   */
  transferPenaltySeconds: 420,
  /**
   * Walking covers about 1.5 km (20 minutes); beyond, people take a bus to the station, up to a few
   * km (a 마을버스 or a trunk bus to the nearest line).
   */
  accessKm: 4,
  /** Assumption: 4 minutes to the stop and a 4-minute wait (half the 8-minute headway of a 마을버스). */
  feederSeconds: 480,
  /** Enough to see both a near local stop and a slightly farther express or transfer station. */
  accessStations: 4,
});
