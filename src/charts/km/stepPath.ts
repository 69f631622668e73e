import { curveStepAfter, line } from 'd3-shape';

/**
 * An SVG path for a right-continuous step function starting at (0, start) and stepping to each
 * value at its time, in pixels through the given scales (two decimals); '' without times.
 * Example: `stepPath([1, 3], [0.5, 0.25], 1, X, Y)` starts `M${X(0)},${Y(1)}`.
 */
export function stepPath(
  times: readonly number[],
  values: readonly number[],
  start: number,
  X: (t: number) => number,
  Y: (v: number) => number,
): string {
  if (times.length === 0) return '';
  const points: [number, number][] = [
    [X(0), Y(start)],
    ...times.map((t, i) => [X(t), Y(values[i])] as [number, number]),
  ];
  return line().curve(curveStepAfter).digits(2)(points) ?? '';
}
