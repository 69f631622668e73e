import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { DorWidth } from '../../../engine/lessons/index.ts';
import type { LessonFrame } from '../lessonBox.ts';
import { chartSize } from './chartSize.ts';

/** The right end of the median-DOR chart's patient axis, a little beyond its largest study. */
const N_AXIS = 130;

/** Everything the median-DOR precision chart draws, in plot coordinates. */
export interface DorGeometry {
  /** Patients 0..130 across, the typical width in weeks up. */
  frame: LessonFrame;
  /** The typical width against n, broken where no interval closed; `null` before any answer. */
  path: string | null;
  /** One dot per study size whose intervals closed, with the share of open ones to print above it. */
  points: { n: number; x: number; y: number; open: number }[];
}

/**
 * Lays out the median-DOR precision chart: patients 0..130 across, the typical interval width in
 * weeks up (from 0 to 15% above the widest, at least 1 week, rounded to nice ticks), a line
 * through the study sizes and a dot at each whose intervals closed.
 * Laid out for a column `width` pixels wide (the full lesson width by default).
 * Assumes `rows` are sorted by n and their n are at most 130.
 * Example: `dorGeometry([{ n: 10, width: 7, open: 0.5 }, { n: 18, width: null, open: 1 }]).points.length // 1`.
 */
export function dorGeometry(rows: readonly DorWidth[], width?: number): DorGeometry {
  const box = chartSize(width);
  const widest = Math.max(1, ...rows.map((r) => r.width ?? 0)) * 1.15;
  const x = scaleLinear().domain([0, N_AXIS]).range([0, box.innerWidth]);
  const y = scaleLinear().domain([0, widest]).range([box.innerHeight, 0]).nice();
  const path = line<DorWidth>()
    .defined((r) => r.width !== null)
    .x((r) => x(r.n))
    .y((r) => y(r.width ?? 0))(rows);
  const points = rows.flatMap((r) =>
    r.width === null ? [] : [{ n: r.n, x: x(r.n), y: y(r.width), open: r.open }],
  );
  return { frame: { ...box, x, y }, path, points };
}
