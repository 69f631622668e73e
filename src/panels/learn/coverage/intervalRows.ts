import { proportionInterval } from '../../../engine/proportionInterval.ts';
import { PROPORTION_METHODS, type ProportionMethod } from '../../../engine/report.ts';
import type { CoverageReport } from './coverageByMethod.ts';
import { lowestCoverage } from './lowestCoverage.ts';

/** One method's interval for the observed result, with its exact coverage once known. */
export interface IntervalRow {
  method: ProportionMethod;
  lower: number;
  upper: number;
  /** Coverage if the true rate were the observed one; `null` until computed. */
  atP: number | null;
  /** Lowest coverage for a true rate between 10% and 90%; `null` until computed. */
  lowest: number | null;
}

/**
 * The intervals of all five methods for x responders of n at a confidence level, side by side,
 * each with its coverage at the observed rate and its lowest coverage between 10% and 90% when
 * the exact coverage for this n and level is known (`report`), else `null` for both.
 * Assumes 0 <= x <= n, n >= 1 and a report computed for the same n, level and x / n.
 * Example: `intervalRows(15, 18, 0.95, null)[0] // { method: 'clopper-pearson', lower: 0.5858…, upper: 0.9642…, atP: null, lowest: null }`.
 */
export function intervalRows(
  x: number,
  n: number,
  level: number,
  report: CoverageReport | null,
): IntervalRow[] {
  return PROPORTION_METHODS.map((method) => {
    const [lower, upper] = proportionInterval(x, n, { method, level });
    return {
      method,
      lower,
      upper,
      atP: report ? report.atObserved[method] : null,
      lowest: report ? lowestCoverage(report.grid, report.curves[method]) : null,
    };
  });
}
