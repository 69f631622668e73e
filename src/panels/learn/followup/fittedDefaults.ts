import type { Scenario } from '../../../engine/montecarlo/scenario.ts';
import { scenarioTruth } from '../../../engine/montecarlo/scenarioTruth.ts';

/**
 * Where the follow-up lesson starts for a cohort: the true median duration of response of the
 * scenario fitted to it, to one decimal, and its follow-up after the last patient started (the
 * cut-off less the accrual), to whole weeks; 4 weeks each when no scenario could be fitted.
 * @example fittedDefaults({ ...scenario, accrual_wk: 30, cutoff_wk: 35.4 }).followupWk // 5
 */
export function fittedDefaults(fitted: Scenario | null): {
  dorMedianWk: number;
  followupWk: number;
} {
  return {
    dorMedianWk: Number((fitted ? scenarioTruth(fitted).dor_median : 4).toFixed(1)),
    followupWk: fitted ? Math.round(fitted.cutoff_wk - fitted.accrual_wk) : 4,
  };
}
