import { lessonBox } from '../lessonBox.ts';

/**
 * The size of each of the sample-size lesson's three charts: a lesson chart 280 pixels high.
 * Example: `CHART_SIZE.innerWidth === 680 - 64 - 20`.
 */
export const CHART_SIZE = lessonBox(280);
