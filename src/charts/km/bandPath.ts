import { area } from 'd3-shape';

/**
 * An SVG area for a pointwise band held from each time to the next, as the curve is, starting at
 * (0, start) and interrupted where a bound is `null`; '' without times.
 * Example: `bandPath(curve.time, band.lower, band.upper, 1, X, Y)`.
 */
export function bandPath(
  times: readonly number[],
  lower: readonly (number | null)[],
  upper: readonly (number | null)[],
  start: number,
  X: (t: number) => number,
  Y: (v: number) => number,
): string {
  if (times.length === 0) return '';
  type Point = { x: number; lo: number; hi: number } | null;
  const points: Point[] = [
    { x: X(0), lo: Y(start), hi: Y(start) },
    { x: X(times[0]), lo: Y(start), hi: Y(start) },
  ];
  // Each band value holds from its time to the next one, as the curve does.
  times.forEach((t, i) => {
    const lo = lower[i];
    const hi = upper[i];
    if (lo === null || hi === null || lo === undefined || hi === undefined) {
      points.push(null);
      return;
    }
    const end = times[i + 1] ?? t;
    points.push({ x: X(t), lo: Y(lo), hi: Y(hi) }, { x: X(end), lo: Y(lo), hi: Y(hi) });
  });
  return (
    area<Point>()
      .defined((p) => p !== null)
      .x((p) => p!.x)
      .y0((p) => p!.lo)
      .y1((p) => p!.hi)
      .digits(2)(points) ?? ''
  );
}
