import type { Patient, ResponseCode } from './cohort.ts';

/**
 * The week a patient's response began under a responder definition, or `null` for a non-responder.
 * Assumes `responseWk` is the first response of any grade and `crWk`, when given, the later time
 * complete remission was reached; when only CR counts, onset is `crWk ?? responseWk`.
 * @example responseOnset({ bestResponse: 'CR', responseWk: 1, crWk: 3, … }, ['CR']) // 3
 */
export function responseOnset(
  patient: Patient,
  responders: readonly ResponseCode[],
): number | null {
  if (patient.responseWk === null || !responders.includes(patient.bestResponse)) return null;
  // A plain loop: this runs for every patient of every curve, 100,000 of them in a large cohort.
  for (let i = 0; i < responders.length; i++) {
    if (responders[i] !== 'CR') return patient.responseWk;
  }
  return patient.crWk ?? patient.responseWk;
}
