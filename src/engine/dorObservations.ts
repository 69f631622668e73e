import type { Patient, ResponseCode } from './cohort.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';
import { responseOnset } from './responseOnset.ts';

/**
 * Duration of response for each responder: from response onset to the earlier of loss of
 * response or death (an event), otherwise censored at last follow-up.
 * Losses and deaths before onset are ignored (they cannot end a response not yet begun).
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
    const ends = [patient.lossWk, patient.deathWk].filter(
      (t): t is number => t !== null && t >= onset,
    );
    const end = ends.length > 0 ? Math.min(...ends) : null;
    observations.push(
      end === null
        ? { time: patient.followupWk - onset, event: false }
        : { time: end - onset, event: true },
    );
  }
  return observations;
}
