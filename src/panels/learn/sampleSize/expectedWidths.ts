import { expectedWidth } from '../../../engine/lessons/index.ts';

/**
 * The expected interval width for n = 1, 2, … patients at a true rate p, by re-weighting
 * intervals computed once per study size: entry n - 1 of `bounds` packs the lower and upper bound
 * for x = 0..n responders (entries 2x and 2x + 1), as `intervalBounds` gives them.
 * Assumes 0 <= p <= 1. The bounds do not depend on p, so moving p only costs the binomial weights.
 * Example: `expectedWidths([intervalBounds(1, { method: 'wald' }), intervalBounds(2, { method: 'wald' })], 0.5) // [0, 0.6929…]`.
 */
export function expectedWidths(bounds: readonly Float64Array[], p: number): number[] {
  return bounds.map((b, i) => expectedWidth(i + 1, p, (x) => [b[2 * x], b[2 * x + 1]]));
}
