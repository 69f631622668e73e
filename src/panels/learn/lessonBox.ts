import type { Frame, Margin } from '../../charts/frame.ts';

/** The box of a lesson chart: outer size, the margins kept for the axes and the plotting area. */
export interface LessonBox {
  width: number;
  height: number;
  margin: Margin;
  innerWidth: number;
  innerHeight: number;
}

/** A lesson chart's frame: its box and the two scales, as its geometry gives it. */
export type LessonFrame = LessonBox & Pick<Frame, 'x' | 'y'>;

/** The margins of most lesson charts: room for the y axis with its title and the x axis below. */
const LESSON_MARGIN: Margin = { top: 14, right: 20, bottom: 50, left: 64 };
/** The widest a lesson chart is laid out (a wider column scales it up a little, to 46rem). */
export const LESSON_WIDTH = 680;
/** The narrowest a lesson chart is laid out; a narrower column scrolls it sideways. */
export const LESSON_MIN_WIDTH = 280;

/**
 * The width a lesson chart is laid out at in a column `available` pixels wide: the column's
 * width, whole pixels, between `LESSON_MIN_WIDTH` and `LESSON_WIDTH`.
 * Example: `lessonWidth(350.6) === 350`, `lessonWidth(1200) === 680`.
 */
export function lessonWidth(available: number): number {
  if (!Number.isFinite(available)) return LESSON_WIDTH;
  return Math.max(LESSON_MIN_WIDTH, Math.min(LESSON_WIDTH, Math.floor(available)));
}

/**
 * The box of a lesson chart `height` pixels high, laid out for a column `width` pixels wide (see
 * `lessonWidth`; `LESSON_WIDTH` by default), with the usual margins except those given.
 * Example: `lessonBox(300).innerHeight === 300 - 14 - 50`, `lessonBox(300, {}, 350).innerWidth === 266`.
 */
export function lessonBox(
  height: number,
  margin: Partial<Margin> = {},
  width: number = LESSON_WIDTH,
): LessonBox {
  const m = { ...LESSON_MARGIN, ...margin };
  const w = lessonWidth(width);
  return {
    width: w,
    height,
    margin: m,
    innerWidth: w - m.left - m.right,
    innerHeight: height - m.top - m.bottom,
  };
}

/**
 * About how many ticks an axis wanting `ticks` at full width gets on a chart `width` wide, so
 * that its labels keep their spacing on a narrow chart. Example: `lessonTicks(8, 350) === 4`.
 */
export function lessonTicks(ticks: number, width: number): number {
  if (width >= LESSON_WIDTH || ticks <= 2) return ticks;
  return Math.max(2, Math.round((ticks * width) / LESSON_WIDTH));
}
