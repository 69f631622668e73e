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
/** The width every lesson chart is drawn at (the page scales it to fit). */
const LESSON_WIDTH = 680;

/**
 * The box of a lesson chart `height` pixels high, `LESSON_WIDTH` wide, with the usual margins
 * except those given. Example: `lessonBox(300).innerHeight === 300 - 14 - 50`.
 */
export function lessonBox(height: number, margin: Partial<Margin> = {}): LessonBox {
  const m = { ...LESSON_MARGIN, ...margin };
  return {
    width: LESSON_WIDTH,
    height,
    margin: m,
    innerWidth: LESSON_WIDTH - m.left - m.right,
    innerHeight: height - m.top - m.bottom,
  };
}
