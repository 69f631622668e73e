import { LESSON_WIDTH, lessonBox, type LessonBox } from '../lessonBox.ts';

/**
 * The size of each of the sample-size lesson's three charts: a lesson chart 280 pixels high,
 * laid out for a column `width` pixels wide. Example: `chartSize().innerWidth === 680 - 64 - 20`.
 */
export function chartSize(width: number = LESSON_WIDTH): LessonBox {
  return lessonBox(280, {}, width);
}

/** The sample-size charts' size at the full lesson width. */
export const CHART_SIZE = chartSize();
