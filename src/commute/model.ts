// The constants of the offline commute model. Every figure is a default meant to be calibrated against
// real ODsay / Kakao Mobility answers; callers override any of them through
// `estimateCommute(from, to, { model })`.

/** Speeds in km/h for peak and off-peak hours. */
export interface PeakSpeeds {
  readonly peak: number;
  readonly offPeak: number;
}

/** The constants of the offline commute model; see {@link DEFAULT_COMMUTE_MODEL} for sources. */
export interface CommuteModel {
  /** Walking route length ÷ straight-line distance. */
  readonly walkDetour: number;
  /** Walking speed, km/h. */
  readonly walkKmh: number;
  /** Below this straight-line distance (km), transit answers with a walk. */
  readonly walkOnlyBelowKm: number;
  /** Walk from the door to the first stop, minutes. */
  readonly transitAccessMin: number;
  /** Walk from the last stop to the door, minutes. */
  readonly transitEgressMin: number;
  /** Waiting and transfers, minutes. */
  readonly transitWaitMin: number;
  /** Transit route length ÷ straight-line distance. */
  readonly transitDetour: number;
  /** In-vehicle transit speed in the capital area (subway-dominated), km/h. */
  readonly transitKmhCapital: number;
  /** In-vehicle transit speed elsewhere (bus-dominated), km/h. */
  readonly transitKmhOther: number;
  /** Road route length ÷ straight-line distance. */
  readonly driveDetour: number;
  /** Driving speed in the capital area, km/h. */
  readonly driveKmhCapital: PeakSpeeds;
  /** Driving speed elsewhere and between cities, km/h. */
  readonly driveKmhOther: PeakSpeeds;
  /** Fixed minutes added to every drive (reaching the car, parking). */
  readonly driveOverheadMin: number;
  /** Minutes at which the commute intensity reaches 1. */
  readonly intensityFullMin: number;
  /** Upper bounds (minutes, inclusive) of '매우 가까움', '가까움', '보통' and '멀다'; above: '매우 멀다'. */
  readonly labelMaxMin: readonly [number, number, number, number];
}

/**
 * Defaults of the offline commute model. Each figure names the published range it comes from; those
 * marked "assumption" have no published source and are the first to calibrate.
 *
 * @example
 * // A slower-bus city: override one constant, keep the rest.
 * estimateCommute(home, office, { model: { transitKmhOther: 15 } });
 */
export const DEFAULT_COMMUTE_MODEL: CommuteModel = Object.freeze({
  /** Walking detour factor 1.2–1.3, as public routing code uses; midpoint. */
  walkDetour: 1.25,
  /** Walking at 4–4.5 km/h (67–75 m/min); 4.2 km/h = 70 m/min, the middle. */
  walkKmh: 4.2,
  /** Below 700 m return walking only (ODsay refuses those pairs with error -98). */
  walkOnlyBelowKm: 0.7,
  /** Access walk ≈ 5–10 min; 7 lies in the range. */
  transitAccessMin: 7,
  /** Egress walk ≈ 5–10 min; 7 lies in the range. */
  transitEgressMin: 7,
  /** Wait and transfers ≈ 5–10 min; 7 lies in the range. */
  transitWaitMin: 7,
  /** 1.3·d; passengers detour ~13% beyond the shortest path (J. Adv. Transp. 2022). */
  transitDetour: 1.3,
  /** 25–30 km/h subway-dominated (Seoul station pairs measured 10–30 km/h, New Phys.: Sae Mulli 74, 2024). */
  transitKmhCapital: 27,
  /** 15–20 km/h bus-dominated; midpoint. */
  transitKmhOther: 17.5,
  /** Driving detour 1.3–1.4; midpoint. */
  driveDetour: 1.35,
  /**
   * 20–30 km/h at Seoul peak → 25. Off-peak 35 is an assumption (no published off-peak Seoul figure
   * was found).
   */
  driveKmhCapital: Object.freeze({ peak: 25, offPeak: 35 }),
  /** 40–60 km/h between cities → 45 at peak, 55 off-peak (the split is an assumption). */
  driveKmhOther: Object.freeze({ peak: 45, offPeak: 55 }),
  /** Assumption: ~5 min to reach the car and park, so that a drive is never free at short range. */
  driveOverheadMin: 5,
  /** The task's contract: intensity 1 from a 120-minute one-way commute on. */
  intensityFullMin: 120,
  /** Assumption: 15 / 30 / 50 / 80 min bands, to calibrate against job seekers' own labels. */
  labelMaxMin: Object.freeze([15, 30, 50, 80] as const),
});
