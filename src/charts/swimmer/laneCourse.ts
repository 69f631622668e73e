import type { Patient, ResponseCode } from '../../engine/cohort';
import type { LaneCourse } from './laneSegments';

/**
 * A patient's course as the swimmer plots of the cohort show it: a responder (best response in
 * `responders`, with a response week) is in response from the first response until loss of
 * response, else until last follow-up; the response is `ongoing` there when the patient neither
 * lost it nor died.
 * Assumes a validated patient (no time after follow-up). The swimmer lesson follows the duration
 * of response instead (death ends it too), with `responseOnset` and `dorObservations`.
 * Reference: README, "Using the app" (the swimmer plot's lanes).
 * @example laneCourse({ bestResponse: 'PR', responseWk: 1, lossWk: 3, followupWk: 8, … }, ['CR', 'PR', 'IMP']) // { onsetWk: 1, endWk: 3, followupWk: 8, ongoing: false }
 */
export function laneCourse(
  p: Patient,
  responders: readonly ResponseCode[],
): LaneCourse & { ongoing: boolean } {
  const responder = responders.includes(p.bestResponse) && p.responseWk !== null;
  return {
    onsetWk: responder ? p.responseWk : null,
    endWk: p.lossWk ?? p.followupWk,
    followupWk: p.followupWk,
    ongoing: responder && p.lossWk === null && p.deathWk === null,
  };
}
