import type { Patient, ResponseCode } from './cohort.ts';

/**
 * The ids of patients who count as responders under `responders` but have no response time
 * (`responseWk` is `null`): their proportion is known, but no time-to-event endpoint can be
 * computed without guessing when they responded.
 * @example missingResponseTimes([{ id: 'P1', bestResponse: 'PR', responseWk: null, … }], ['CR', 'PR']) // ['P1']
 */
export function missingResponseTimes(
  patients: readonly Patient[],
  responders: readonly ResponseCode[],
): string[] {
  return patients
    .filter((p) => responders.includes(p.bestResponse) && p.responseWk === null)
    .map((p) => p.id);
}
