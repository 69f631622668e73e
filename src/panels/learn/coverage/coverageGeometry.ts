import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ProportionMethod } from '../../../engine/report.ts';
import type { CoverageReport } from './coverageByMethod.ts';
import { lessonBox, type LessonFrame } from '../lessonBox.ts';

/** The lowest coverage the chart shows; curves run off its bottom below it. */
const FLOOR = 0.7;
/** Where a curve below the floor is drawn: just off the clipped area, so it leaves the chart. */
const BELOW_FLOOR = 0.68;

/** Everything the coverage chart draws, in plot coordinates (pixels from the frame's margin). */
export interface CoverageGeometry {
  frame: LessonFrame;
  /** One path per method shown, in the order given; none until the coverage is known. */
  curves: { method: ProportionMethod; d: string | null }[];
  /** Height of the dotted line at the nominal level, and where its label starts. */
  nominal: { y: number; labelX: number; labelY: number };
  /** The vertical at the observed rate from the chart's floor to its top, and its label. */
  observed: {
    x: number;
    bottom: number;
    top: number;
    labelX: number;
    labelY: number;
    anchor: 'start' | 'end';
  };
}

/**
 * Lays out the coverage chart: true rate 0..100% across, coverage 70..100% up, one curve per
 * method shown (values below 70% drawn just under the floor, so they leave the clipped area),
 * the nominal level and the observed rate, whose label sits on the side with more room.
 * Assumes the report's curves are over its grid (as `coverageByMethod` gives) and 0 <= pHat <= 1.
 * Example: `coverageGeometry(report, ['wald'], { level: 0.95, pHat: 15 / 18 }).observed.anchor // 'end'`.
 */
export function coverageGeometry(
  report: CoverageReport | null,
  shown: readonly ProportionMethod[],
  { level, pHat, width }: { level: number; pHat: number; width?: number },
): CoverageGeometry {
  const box = lessonBox(320, {}, width);
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([FLOOR, 1]).range([box.innerHeight, 0]);
  const path = (grid: readonly number[]) =>
    line<number>()
      .x((_, i) => x(grid[i]))
      .y((c) => y(Math.max(BELOW_FLOOR, c)));
  const right = pHat > 0.5;
  return {
    frame: { ...box, x, y },
    curves: report
      ? shown.map((method) => ({ method, d: path(report.grid)(report.curves[method]) }))
      : [],
    nominal: { y: y(level), labelX: x(0.01), labelY: y(level) + 14 },
    observed: {
      x: x(pHat),
      bottom: y(FLOOR),
      top: y(1),
      labelX: x(pHat) + (right ? -6 : 6),
      labelY: y(FLOOR) - 8,
      anchor: right ? 'end' : 'start',
    },
  };
}
