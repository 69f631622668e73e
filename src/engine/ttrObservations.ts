import type { Patient, ResponseCode } from './cohort.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';
import { responseOnset } from './responseOnset.ts';

/**
 * Time to response for every patient: response onset is an event; non-responders are
 * censored at last follow-up (death is not treated as a competing risk).
 * @example ttrObservations([{ bestResponse: 'NR', followupWk: 8, … }], ['CR', 'PR', 'IMP']) // [{ time: 8, event: false }]
 */
export function ttrObservations(
  patients: readonly Patient[],
  responders: readonly ResponseCode[],
): SurvivalObservation[] {
  return patients.map((patient) => {
    const onset = responseOnset(patient, responders);
    return onset === null
      ? { time: patient.followupWk, event: false }
      : { time: onset, event: true };
  });
}
