import type { BootstrapPlan } from './bootstrapPlan.ts';
import type { BootstrapStatistic } from './bootstrapStatistics.ts';
import { kmMedianValue } from './kmMedianCode.ts';

/**
 * The value of a statistic code written by `ReplicateEvaluator`: k/n for the response
 * proportions, halved/eligible for glucocorticoids, a time for the medians; `null` for -1.
 * @example decodeStatistic(plan, 'orr', 15) // 15 / 18
 */
export function decodeStatistic(
  plan: BootstrapPlan,
  statistic: BootstrapStatistic,
  code: number,
): number | null {
  if (code < 0) return null;
  switch (statistic) {
    case 'orr':
    case 'cr':
    case 'response_by_week_1':
      return code / plan.n;
    case 'gc_halved': {
      const eligible = code % (plan.n + 1);
      return (code - eligible) / (plan.n + 1) / eligible;
    }
    case 'dor_median':
      return kmMedianValue(plan.dor.times, code);
    case 'ttr_median':
      return kmMedianValue(plan.ttr.times, code);
  }
}
