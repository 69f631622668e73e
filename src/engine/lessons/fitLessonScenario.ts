import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import type { Cohort, ResponseCode } from '../cohort.ts';
import { dorObservations } from '../dorObservations.ts';
import { median } from '../median.ts';
import { responseOnset } from '../responseOnset.ts';
import type { LessonScenario } from './lessonScenario.ts';

/**
 * A lesson scenario that mimics a cohort, with the minimum follow-up it had: n and the observed
 * ORR; the DOR median of an exponential fitted by maximum likelihood (ln 2 · total time / events,
 * or twice the total time when no response was lost); the median onset of response; and an
 * accrual period equal to the spread of follow-up times (everyone followed to one cut-off).
 * Assumes a cohort of at least one patient; responders default to CR, PR and IMP.
 * Reference: exponential MLE under right censoring, e.g. Collett, Modelling Survival Data (2015), 5.1.
 * @example fitLessonScenario(hlh).scenario.orr // 15 / 18
 */
export function fitLessonScenario(
  cohort: Cohort,
  {
    responders = DEFAULT_ANALYSIS_OPTIONS.responders,
  }: { responders?: readonly ResponseCode[] } = {},
): { scenario: LessonScenario; minFollowupWk: number; responders: number } {
  const { patients } = cohort;
  if (patients.length === 0) throw new RangeError('cohort has no patients');
  const onsets = patients
    .map((p) => responseOnset(p, responders))
    .filter((t): t is number => t !== null);
  const dor = dorObservations(patients, responders);
  const events = dor.filter((o) => o.event).length;
  const exposure = dor.reduce((sum, o) => sum + o.time, 0);
  const followups = patients.map((p) => p.followupWk);
  const minFollowupWk = Math.min(...followups);
  const fitted = events > 0 ? (Math.LN2 * exposure) / events : 2 * exposure;
  return {
    scenario: {
      n: patients.length,
      orr: onsets.length / patients.length,
      dorMedianWk: fitted > 0 ? fitted : 1,
      onsetWk: median(onsets) ?? 1,
      accrualWk: Math.max(...followups) - minFollowupWk,
    },
    minFollowupWk,
    responders: onsets.length,
  };
}
