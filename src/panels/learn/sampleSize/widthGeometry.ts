import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { atN } from './atN.ts';
import type { LessonFrame } from '../lessonBox.ts';
import { chartSize } from './chartSize.ts';

/** The widest expected width the precision chart shows (80 points); wider parts of the curve are capped. */
export const WIDTH_TOP = 0.8;

/** Everything the precision chart draws, in plot coordinates (pixels from the frame's margin). */
export interface WidthGeometry {
  /** Patients 0..nMax across, expected width 0..80 points up. */
  frame: LessonFrame;
  /** The expected width against n, capped at `WIDTH_TOP`; `null` before any width is known. */
  path: string | null;
  /** Height of the dashed line at the target width 2 · half. */
  targetY: number;
  /** Where the vertical at the first n reaching the target stands (it rises to `targetY`), or `null`. */
  enoughX: number | null;
  /** This cohort's size and its expected width, or `null` when its n is not on the curve. */
  cohort: { x: number; y: number } | null;
}

/**
 * Lays out the precision chart: patients 0..nMax across, expected width 0..80 points up, the
 * width curve, the target line, the n that first reaches it and the point for this cohort.
 * Laid out for a column `options.width` pixels wide (the full lesson width by default).
 * Assumes `widths[n - 1]` is the expected width for n patients (possibly still empty) and that
 * `enough` is the first n meeting the target (as `smallestNForWidth` gives).
 * Example: `widthGeometry(widths, { nMax: 150, half: 0.1, enough: 61, cohortN: 18 }).enoughX // 242.39…`.
 */
export function widthGeometry(
  widths: readonly number[],
  options: { nMax: number; half: number; enough: number | null; cohortN: number; width?: number },
): WidthGeometry {
  const box = chartSize(options.width);
  const x = scaleLinear().domain([0, options.nMax]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([0, WIDTH_TOP]).range([box.innerHeight, 0]);
  const path = line<number>()
    .x((_, i) => x(i + 1))
    .y((w) => y(Math.min(WIDTH_TOP, w)))(widths);
  const width = atN(widths, options.cohortN);
  return {
    frame: { ...box, x, y },
    path,
    targetY: y(2 * options.half),
    enoughX: options.enough === null ? null : x(options.enough),
    cohort: width === null ? null : { x: x(options.cohortN), y: y(width) },
  };
}
