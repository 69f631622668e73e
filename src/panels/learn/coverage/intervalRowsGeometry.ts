import { scaleLinear } from 'd3-scale';
import type { IntervalRow } from './intervalRows.ts';
import { LESSON_WIDTH, lessonBox, lessonWidth, type LessonFrame } from '../lessonBox.ts';

/** A text beside or above a bar: where it stands and which of its ends is there. */
export interface BarText {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

/** Everything the side-by-side interval chart draws, in plot coordinates. */
export interface IntervalRowsGeometry {
  frame: LessonFrame;
  /** The vertical at the observed rate, from the top to the bottom of the rows. */
  observed: { x: number; bottom: number };
  /**
   * One horizontal bar per method with its method's name and its width in points: on a wide
   * chart the name on the left and the width after the bar (at `labelX`), on a narrow one both
   * on a line above the bar, the name at the left edge and the width at the right.
   */
  bars: {
    row: IntervalRow;
    y: number;
    x1: number;
    x2: number;
    labelX: number;
    name: BarText;
    size: BarText;
  }[];
}

/** Below this width the names and widths move above the bars, which then take the full width. */
const NARROW = 560;
/** The height of a row on a narrow chart: a line of text and the bar under it. */
const NARROW_ROW = 38;

/**
 * Lays out the side-by-side interval chart: response rate 0..100% across, one row per method
 * from the top, each interval a bar from its lower to its upper bound, and the observed rate;
 * laid out for a column `width` pixels wide (the full lesson width by default).
 * Assumes one row per method (as `intervalRows` gives) and 0 <= pHat <= 1.
 * Example: `intervalRowsGeometry(intervalRows(15, 18, 0.95, null), 15 / 18).bars[0].y // 9.6`.
 */
export function intervalRowsGeometry(
  rows: readonly IntervalRow[],
  pHat: number,
  width: number = LESSON_WIDTH,
): IntervalRowsGeometry {
  const narrow = lessonWidth(width) < NARROW;
  const box = narrow
    ? lessonBox(
        10 + 44 + rows.length * NARROW_ROW,
        { top: 10, right: 20, bottom: 44, left: 20 },
        width,
      )
    : lessonBox(150, { top: 10, right: 130, bottom: 44, left: 170 }, width);
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([rows.length, 0]).range([box.innerHeight, 0]);
  return {
    frame: { ...box, x, y },
    observed: { x: x(pHat), bottom: y(rows.length) },
    bars: rows.map((row, i) => {
      const barY = narrow ? y(i + 1) - 9 : y(i + 0.5);
      const textY = narrow ? barY - 14 : barY;
      const labelX = x(row.upper) + 6;
      return {
        row,
        y: barY,
        x1: x(row.lower),
        x2: x(row.upper),
        labelX,
        name: { x: narrow ? 0 : -8, y: textY, anchor: narrow ? 'start' : 'end' },
        size: narrow
          ? { x: box.innerWidth, y: textY, anchor: 'end' }
          : { x: labelX, y: textY, anchor: 'start' },
      };
    }),
  };
}
