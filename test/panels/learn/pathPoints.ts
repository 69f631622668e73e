/**
 * The points of an SVG path made only of M and L commands (as d3's `line` writes it), one list
 * per M, so tests can compare them with the scales to the precision d3 writes (3 decimals).
 * Example: `pathPoints('M0,1L2,3M4,5') // [[[0, 1], [2, 3]], [[4, 5]]]`.
 */
export function pathPoints(d: string | null): [number, number][][] {
  if (d === null) return [];
  return d
    .split('M')
    .slice(1)
    .map((piece) =>
      piece.split('L').map((pair) => pair.split(',').map(Number) as [number, number]),
    );
}
