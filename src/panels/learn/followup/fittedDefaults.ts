import type { Scenario } from '../../../engine/montecarlo/scenario.ts';
import { scenarioTruth } from '../../../engine/montecarlo/scenarioTruth.ts';
import { LONG_MEDIAN_WK } from './medianPresets.ts';

/** The shortest true median the lesson's slider offers, in weeks. */
const SLIDER_MIN_WK = 0.5;

/**
 * Where the follow-up lesson starts for a cohort: its follow-up after the last patient started
 * (the cut-off less the accrual), to whole weeks, and a true median duration of response —
 * the one the Kaplan–Meier median estimates (`scenarioTruth(…).dor_median`) — of the scenario
 * fitted to it, to one decimal (`fittedMedianWk`, at least the slider's 0.5 week). When that
 * median is shorter than two visits (or than half a week without visits), what a study reports
 * is decided by the visit schedule, not by the follow-up the lesson is about, so the lesson
 * starts from long-lasting responses (`startsLong`). 4 weeks each without a scenario.
 * @example fittedDefaults({ ...scenario, accrual_wk: 30, cutoff_wk: 35.4 }).followupWk // 5
 */
export function fittedDefaults(fitted: Scenario | null): {
  dorMedianWk: number;
  followupWk: number;
  fittedMedianWk: number;
  startsLong: boolean;
} {
  if (!fitted) return { dorMedianWk: 4, followupWk: 4, fittedMedianWk: 4, startsLong: false };
  const truth = scenarioTruth(fitted).dor_median;
  const shortest = fitted.visit_wk === null ? SLIDER_MIN_WK : 2 * fitted.visit_wk;
  const startsLong = truth < shortest;
  const fittedMedianWk = Math.max(SLIDER_MIN_WK, Number(truth.toFixed(1)));
  return {
    dorMedianWk: startsLong ? LONG_MEDIAN_WK : fittedMedianWk,
    followupWk: Math.round(fitted.cutoff_wk - fitted.accrual_wk),
    fittedMedianWk,
    startsLong,
  };
}
