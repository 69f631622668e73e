import { scaleLinear } from 'd3-scale';
import type { IntervalRow } from './intervalRows.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** Everything the side-by-side interval chart draws, in plot coordinates. */
export interface IntervalRowsGeometry {
  frame: LessonFrame;
  /** The vertical at the observed rate, from the top to the bottom of the rows. */
  observed: { x: number; bottom: number };
  /** One horizontal bar per method, its label on the left and its width on the right (at `labelX`). */
  bars: { row: IntervalRow; y: number; x1: number; x2: number; labelX: number }[];
}

/**
 * Lays out the side-by-side interval chart: response rate 0..100% across, one row per method
 * from the top, each interval a bar from its lower to its upper bound, and the observed rate.
 * Assumes one row per method (as `intervalRows` gives) and 0 <= pHat <= 1.
 * Example: `intervalRowsGeometry(intervalRows(15, 18, 0.95, null), 15 / 18).bars[0].y // 9.6`.
 */
export function intervalRowsGeometry(
  rows: readonly IntervalRow[],
  pHat: number,
): IntervalRowsGeometry {
  const box = lessonBox(150, { top: 10, right: 130, bottom: 44, left: 170 });
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([rows.length, 0]).range([box.innerHeight, 0]);
  return {
    frame: { ...box, x, y },
    observed: { x: x(pHat), bottom: y(rows.length) },
    bars: rows.map((row, i) => ({
      row,
      y: y(i + 0.5),
      x1: x(row.lower),
      x2: x(row.upper),
      labelX: x(row.upper) + 6,
    })),
  };
}
