import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { BinomialTestPower } from '../../../engine/lessons/index.ts';
import { atN } from './atN.ts';
import type { LessonFrame } from '../lessonBox.ts';
import { chartSize } from './chartSize.ts';

/** Everything the power chart draws, in plot coordinates (pixels from the frame's margin). */
export interface PowerGeometry {
  /** Patients 0..nMax across, power 0..100% up. */
  frame: LessonFrame;
  /** The saw-tooth of power against n through every point; `null` for an empty curve. */
  path: string | null;
  /** One dot per study size. */
  points: { n: number; x: number; y: number }[];
  /** Height of the dashed line at the wanted power. */
  targetY: number;
  /** This cohort's size and power, or `null` when its n is not on the curve. */
  cohort: { x: number; y: number } | null;
}

/**
 * Lays out the power chart: patients 0..nMax across, power 0..100% up, a line and a dot for
 * every n, the wanted-power line and the point for this cohort.
 * Laid out for a column `options.width` pixels wide (the full lesson width by default).
 * Assumes `power` lists consecutive n from 1, as `powerByN(1, nMax, …)` gives.
 * Example: `powerGeometry(powerByN(1, 100, { p0: 0.6, p1: 0.83 }), { nMax: 100, target: 0.8, cohortN: 18 }).points.length // 100`.
 */
export function powerGeometry(
  power: readonly BinomialTestPower[],
  options: { nMax: number; target: number; cohortN: number; width?: number },
): PowerGeometry {
  const box = chartSize(options.width);
  const x = scaleLinear().domain([0, options.nMax]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([0, 1]).range([box.innerHeight, 0]);
  const points = power.map((row) => ({ n: row.n, x: x(row.n), y: y(row.power) }));
  const cohort = atN(power, options.cohortN);
  return {
    frame: { ...box, x, y },
    path: line<{ x: number; y: number }>()
      .x((p) => p.x)
      .y((p) => p.y)(points),
    points,
    targetY: y(options.target),
    cohort: cohort === null ? null : { x: x(cohort.n), y: y(cohort.power) },
  };
}
