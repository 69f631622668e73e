import type { KmPoint } from '../digitise/rgbaImage.ts';

/** R's tolerance for a curve sitting exactly at 0.5. */
const TOLERANCE = Math.sqrt(2 ** -52);

/**
 * The median of a digitised step curve: the first time it reaches 0.5 or below, or the middle of
 * a flat stretch lying exactly at 0.5 (R's convention for Kaplan–Meier medians); `null` when the
 * curve stays above 0.5. Assumes points as `cleanPoints` returns them.
 * @example stepMedian([{ time: 0, survival: 1 }, { time: 4, survival: 1 }, { time: 4, survival: 0.4 }]) // 4
 */
export function stepMedian(points: readonly KmPoint[]): number | null {
  for (let i = 0; i < points.length; i++) {
    const s = points[i].survival;
    if (Math.abs(s - 0.5) <= TOLERANCE) {
      let j = i;
      while (j + 1 < points.length && Math.abs(points[j + 1].survival - 0.5) <= TOLERANCE) j++;
      // A flat at 0.5 that ends with the curve has no end: the median is its start, as R's.
      return j + 1 < points.length ? (points[i].time + points[j + 1].time) / 2 : points[i].time;
    }
    if (s < 0.5) return points[i].time;
  }
  return null;
}
