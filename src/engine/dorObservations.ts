import type { Patient, ResponseCode } from './cohort.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';
import { responseOnset } from './responseOnset.ts';

/**
 * Duration of response for each responder: from response onset to the earlier of loss of
 * response or death (an event), otherwise censored at last follow-up — or at the last response
 * assessment when the patient has one (`lastAssessmentWk`, the ADaM convention), in which case a
 * loss or death after it is not counted.
 * Losses and deaths before onset are ignored (they cannot end a response not yet begun).
 * Responders without a response time are left out (see `missingResponseTimes`).
 * @example dorObservations([{ responseWk: 1, lossWk: 3, followupWk: 10, … }], ['CR', 'PR', 'IMP']) // [{ time: 2, event: true }]
 */
export function dorObservations(
  patients: readonly Patient[],
  responders: readonly ResponseCode[],
): SurvivalObservation[] {
  const observations: SurvivalObservation[] = [];
  for (const patient of patients) {
    const onset = responseOnset(patient, responders);
    if (onset === null) continue;
    const limit = patient.lastAssessmentWk ?? null;
    const ends = [patient.lossWk, patient.deathWk].filter(
      (t): t is number => t !== null && t >= onset && (limit === null || t <= limit),
    );
    const end = ends.length > 0 ? Math.min(...ends) : null;
    observations.push(
      end === null
        ? { time: Math.max(limit ?? patient.followupWk, onset) - onset, event: false }
        : { time: end - onset, event: true },
    );
  }
  return observations;
}
