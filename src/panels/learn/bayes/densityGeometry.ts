import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import type { LessonBox, LessonFrame } from '../lessonBox.ts';

/** A prior and a posterior density drawn over the true ORR, with the area above a threshold. */
export interface DensityGeometry {
  /** The true ORR across, the density up. */
  frame: LessonFrame;
  prior: string;
  posterior: string;
  /** The area under the posterior above the threshold. */
  shaded: string;
}

/**
 * Lays out two beta densities over the grid of true ORRs: the y axis reaches a little above the
 * posterior's peak (at least 1, the flat prior), and curves that run higher (a prior with a or b
 * below 1 near 0 or 1) are cut just above the top; `null` densities (infinite) leave a gap.
 * Assumes `prior` and `posterior` are evaluated at `grid`, which runs from 0 to 1.
 * Example: `densityGeometry({ grid, prior, posterior, threshold: 0.5 }, box).shaded`.
 */
export function densityGeometry(
  data: {
    grid: readonly number[];
    prior: readonly (number | null)[];
    posterior: readonly (number | null)[];
    threshold: number;
  },
  box: LessonBox,
): DensityGeometry {
  const { grid, threshold } = data;
  const x = scaleLinear().domain([0, 1]).range([0, box.innerWidth]);
  const top = Math.max(1, ...data.posterior.map((d) => d ?? 0)) * 1.08;
  const y = scaleLinear().domain([0, top]).nice().range([box.innerHeight, 0]);
  const capped = (d: number | null) => y(Math.min(d ?? 0, top * 1.2));
  const curve = (values: readonly (number | null)[]) =>
    line<number | null>()
      .defined((d) => d !== null)
      .x((_, i) => x(grid[i]))
      .y(capped)(values as (number | null)[]) ?? '';
  const shaded =
    area<number | null>()
      .defined((d, i) => d !== null && grid[i] >= threshold)
      .x((_, i) => x(grid[i]))
      .y0(y(0))
      .y1(capped)(data.posterior as (number | null)[]) ?? '';
  return {
    frame: { ...box, x, y },
    prior: curve(data.prior),
    posterior: curve(data.posterior),
    shaded,
  };
}
