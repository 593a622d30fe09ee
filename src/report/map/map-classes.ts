// The classes a choropleth colours counts by. Job postings pile up in a few places (성남시 분당구 and
// 강남구 hold more than most provinces), so equal-width classes would paint almost every shape in the
// lightest colour: class limits follow the quantiles of the non-zero counts instead, rounded to two
// significant digits so a reader takes them in at a glance (57, 190, 1,200).

/** One colour class: counts from `min` to `max` inclusive. */
export interface MapClass {
  min: number;
  max: number;
  color: string;
}

/** Sequential blues, light to dark (ColorBrewer's 'Blues', five classes). */
const COLORS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

/** The fill of a shape with no posting. */
export const EMPTY_FILL = '#eef1f4';

/** `value` rounded up to two significant digits (1,234 → 1,300; 57 → 57). */
function roundUp(value: number): number {
  if (value < 100) return Math.ceil(value);
  const step = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.ceil(value / step) * step;
}

/**
 * Returns up to five classes covering every non-zero count, from 1 to the largest, with limits at
 * rounded quantiles; no classes when every count is 0.
 *
 * @example mapClasses([1, 3, 8, 40, 400]).map((c) => [c.min, c.max]) // [[1, 3], [4, 8], [9, 40], [41, 400]]
 */
export function mapClasses(counts: Iterable<number>): MapClass[] {
  const values = [...counts].filter((n) => n > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const largest = values.at(-1)!;
  const limits: number[] = [];
  for (let k = 1; k < COLORS.length; k++) {
    const limit = roundUp(values[Math.floor((values.length * k) / COLORS.length)]!);
    if (limit < largest && limit > (limits.at(-1) ?? 0)) limits.push(limit);
  }
  limits.push(largest);
  // Spread the colours over the classes there are, so two classes are still light and dark.
  const pick = (index: number) =>
    COLORS[
      limits.length === 1
        ? COLORS.length - 1
        : Math.round((index * (COLORS.length - 1)) / (limits.length - 1))
    ]!;
  return limits.map((max, index) => ({
    min: index === 0 ? 1 : limits[index - 1]! + 1,
    max,
    color: pick(index),
  }));
}

/**
 * Returns the fill of a count: its class's colour, or {@link EMPTY_FILL} for 0 or no class.
 *
 * @example mapFill(0, classes) // '#eef1f4'
 */
export function mapFill(count: number, classes: readonly MapClass[]): string {
  if (count <= 0) return EMPTY_FILL;
  return (classes.find((c) => count <= c.max) ?? classes.at(-1))?.color ?? EMPTY_FILL;
}
