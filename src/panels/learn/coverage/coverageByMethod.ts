import { PROPORTION_METHODS, type ProportionMethod } from '../../../engine/report.ts';

/** Exact coverage per method: a curve over a grid of true rates and the value at the observed rate. */
export interface CoverageReport {
  grid: readonly number[];
  curves: Record<ProportionMethod, number[]>;
  atObserved: Record<ProportionMethod, number>;
}

/**
 * The answers of the coverage task (one record of the five methods per true rate) regrouped by
 * method: each method's curve over the grid, and its coverage at the observed rate.
 * Assumes `results` answers the rates of `grid` in order followed by the observed rate, as the
 * lesson asks for them (`ps: [...grid, pHat]`).
 * Example: `coverageByMethod([0.1, 0.5, 0.8].map((p) => coverageAt(18, p)), [0.1, 0.5]).atObserved.wald // coverage at 0.8`.
 */
export function coverageByMethod(
  results: readonly Record<ProportionMethod, number>[],
  grid: readonly number[],
): CoverageReport {
  const byMethod = <T>(f: (m: ProportionMethod) => T) =>
    Object.fromEntries(PROPORTION_METHODS.map((m) => [m, f(m)])) as Record<ProportionMethod, T>;
  return {
    grid,
    curves: byMethod((m) => results.slice(0, grid.length).map((c) => c[m])),
    atObserved: byMethod((m) => results[grid.length][m]),
  };
}
