import type { Patient, ResponseCode } from './cohort.ts';
import { dorOutcomes } from './dorOutcomes.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';

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
  return dorOutcomes(patients, responders).map(({ time, cause }) => ({
    time,
    event: cause !== null,
  }));
}
