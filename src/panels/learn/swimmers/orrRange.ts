/**
 * The lowest and highest ORR of the resamples drawn so far, or `null` before any ORR is known.
 * Resamples without an ORR (`null`) are ignored.
 * @example orrRange([0.7, null, 0.9, 0.6]) // [0.6, 0.9]
 */
export function orrRange(orrs: readonly (number | null)[]): [number, number] | null {
  const known = orrs.filter((o): o is number => o !== null);
  return known.length > 0 ? [Math.min(...known), Math.max(...known)] : null;
}
