import betaPdf from '@stdlib/stats-base-dists-beta-pdf';

/**
 * The Beta(a, b) density at each point of `ps`, to draw a prior or posterior curve; infinite
 * values at 0 or 1 (a < 1 or b < 1) are returned as `null` so a chart can skip them.
 * Assumes a, b > 0 and points in [0, 1].
 * Reference: R's `dbeta(p, a, b)`.
 * @example betaDensity([0.5], 2, 2) // [1.5]
 */
export function betaDensity(ps: readonly number[], a: number, b: number): (number | null)[] {
  if (!(a > 0 && b > 0)) throw new RangeError(`a and b must be > 0, got ${a} and ${b}`);
  return ps.map((p) => {
    const d = betaPdf(p, a, b);
    return Number.isFinite(d) ? d : null;
  });
}
