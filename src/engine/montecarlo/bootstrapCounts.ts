import type { BootstrapPlan } from './bootstrapPlan.ts';
import { BOOTSTRAP_STATISTICS } from './bootstrapStatistics.ts';
import { CodeTally, type TallyData } from './CodeTally.ts';

/** The streamed result of some bootstrap replicates: per statistic, the undefined count and a tally of codes. */
export interface BootstrapCounts {
  reps: number;
  /** Replicates where each statistic was undefined, in `BOOTSTRAP_STATISTICS` order. */
  undefinedCounts: Float64Array;
  tallies: TallyData[];
}

/**
 * Empty tallies sized for a plan's statistics, in `BOOTSTRAP_STATISTICS` order.
 * @example bootstrapTallies(plan).length // 6
 */
export function bootstrapTallies(plan: BootstrapPlan): CodeTally[] {
  const n1 = plan.n + 1;
  const d = plan.dor.times.length;
  const t = plan.ttr.times.length;
  return [n1, n1, n1, n1 * n1, d * d, t * t].map((size) => new CodeTally(size));
}

/**
 * Sums bootstrap counts; the result does not depend on the order (all counts are integers).
 * @example mergeBootstrapCounts(plan, [a, b]).reps // a.reps + b.reps
 */
export function mergeBootstrapCounts(
  plan: BootstrapPlan,
  parts: readonly BootstrapCounts[],
): BootstrapCounts {
  const tallies = bootstrapTallies(plan);
  const undefinedCounts = new Float64Array(BOOTSTRAP_STATISTICS.length);
  let reps = 0;
  for (const part of parts) {
    reps += part.reps;
    part.undefinedCounts.forEach((c, s) => (undefinedCounts[s] += c));
    part.tallies.forEach((data, s) => tallies[s].addData(data));
  }
  return { reps, undefinedCounts, tallies: tallies.map((t) => t.toData()) };
}
