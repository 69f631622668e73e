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
  if (!responders.includes(patient.bestResponse) || patient.responseWk === null) return null;
  const onlyComplete = responders.every((code) => code === 'CR');
  return onlyComplete ? (patient.crWk ?? patient.responseWk) : patient.responseWk;
}
