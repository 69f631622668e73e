/**
 * The size of each of the sample-size lesson's three charts, in pixels: outer width and height,
 * the margin kept for the axes and the plotting area left inside.
 * Assumes the charts are drawn in a `LessonChart` frame with this width, height and margin.
 * Example: `CHART_SIZE.innerWidth === 680 - 64 - 20`.
 */
export const CHART_SIZE = {
  width: 680,
  height: 280,
  margin: { top: 14, right: 20, bottom: 50, left: 64 },
  innerWidth: 680 - 64 - 20,
  innerHeight: 280 - 14 - 50,
} as const;
