import type { Patient, ResponseCode } from './cohort.ts';
import { responseOnset } from './responseOnset.ts';

/** How a response ended: lost (relapse, reactivation, progression), death, or still ongoing. */
export type DorCause = 'loss' | 'death';

/** One responder's duration of response and what ended it (`null`: censored, still in response). */
export interface DorOutcome {
  time: number;
  cause: DorCause | null;
}

/**
 * Duration of response for each responder and its cause of ending: from response onset to the
 * earlier of loss of response or death, otherwise censored at last follow-up — or at the last
 * response assessment when the patient has one (`lastAssessmentWk`, the ADaM convention), in which
 * case a loss or death after it is not counted. Responders without a response time are left out
 * (see `missingResponseTimes`).
 * A loss and a death at the same time count as the loss, as in R survival's mgus2 example
 * (progression before death). Losses and deaths before onset are ignored.
 * Reference: Therneau, "Multi-state models and competing risks" (survival package vignette).
 * @example dorOutcomes([{ responseWk: 1, lossWk: 3, deathWk: 3, followupWk: 3, … }], ['CR']) // [{ time: 2, cause: 'loss' }]
 */
export function dorOutcomes(
  patients: readonly Patient[],
  responders: readonly ResponseCode[],
): DorOutcome[] {
  const outcomes: DorOutcome[] = [];
  for (const patient of patients) {
    const onset = responseOnset(patient, responders);
    if (onset === null) continue;
    const limit = patient.lastAssessmentWk ?? null;
    const loss = within(patient.lossWk, onset, limit);
    const death = within(patient.deathWk, onset, limit);
    if (loss !== null && (death === null || loss <= death)) {
      outcomes.push({ time: loss - onset, cause: 'loss' });
    } else if (death !== null) {
      outcomes.push({ time: death - onset, cause: 'death' });
    } else {
      outcomes.push({ time: Math.max(limit ?? patient.followupWk, onset) - onset, cause: null });
    }
  }
  return outcomes;
}

/** `t` when it falls from the onset to the limit (if any), else `null`. */
function within(t: number | null, onset: number, limit: number | null): number | null {
  return t !== null && t >= onset && (limit === null || t <= limit) ? t : null;
}
