// How heavy a commute feels, as a score and a Korean label. Pure.
import { type CommuteModel, DEFAULT_COMMUTE_MODEL } from './model.js';

/** Korean label of a commute's length, nearest first. */
export type CommuteLabel = '매우 가까움' | '가까움' | '보통' | '멀다' | '매우 멀다';

/**
 * Commute intensity in 0..1 for a one-way trip of `minutes`: 0 at the door, 1 from
 * `intensityFullMin` (120) on, NaN for NaN. The curve is the smoothstep 3x² − 2x³ of
 * x = minutes / 120: flat near 0 (5 or 10 minutes hardly differ), steepest at 60 minutes (where every
 * extra minute of a Seoul commute is felt most), flat again towards two hours (everything is "far").
 * Non-decreasing in `minutes`, strictly increasing on 0..120.
 *
 * @example commuteIntensity(60) // 0.5
 * @default model DEFAULT_COMMUTE_MODEL
 */
export function commuteIntensity(minutes: number, model: CommuteModel = DEFAULT_COMMUTE_MODEL): number {
  if (Number.isNaN(minutes)) return Number.NaN;
  const x = Math.min(1, Math.max(0, minutes / model.intensityFullMin));
  return x * x * (3 - 2 * x);
}

const LABELS: readonly CommuteLabel[] = ['매우 가까움', '가까움', '보통', '멀다', '매우 멀다'];

/**
 * Korean label of a one-way commute of `minutes`, by the `labelMaxMin` bands (15 / 30 / 50 / 80 min,
 * inclusive upper bounds); NaN is '매우 멀다'.
 *
 * @example commuteLabel(25) // '가까움'
 * @default model DEFAULT_COMMUTE_MODEL
 */
export function commuteLabel(minutes: number, model: CommuteModel = DEFAULT_COMMUTE_MODEL): CommuteLabel {
  // A plain loop: one-to-many callers label a hundred thousand estimates at a time.
  const bands = model.labelMaxMin;
  for (let band = 0; band < bands.length; band++) if (minutes <= bands[band]!) return LABELS[band]!;
  return LABELS[LABELS.length - 1]!;
}
