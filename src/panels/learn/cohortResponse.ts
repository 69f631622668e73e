import { DEFAULT_ANALYSIS_OPTIONS } from '../../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../../engine/cohort.ts';
import { responseOnset } from '../../engine/responseOnset.ts';
import { responseNotRecorded } from '../../engine/responseNotRecorded.ts';

/**
 * The observed responders x of n in a cohort under a responder definition (by default CR, PR and
 * IMP, as in the seed study), and whether response was recorded at all (`responseNotRecorded`):
 * when it was not, x is 0 and means nothing, and a lesson shows no observed result.
 * Example: `cohortResponse(hlh) // { x: 15, n: 18, recorded: true }`, `cohortResponse(hlh, ['CR']) // { x: 2, n: 18, recorded: true }`.
 */
export function cohortResponse(
  cohort: Cohort,
  responders: readonly ResponseCode[] = DEFAULT_ANALYSIS_OPTIONS.responders,
): { x: number; n: number; recorded: boolean } {
  const x = cohort.patients.filter((p) => responseOnset(p, responders) !== null).length;
  return { x, n: cohort.patients.length, recorded: !responseNotRecorded(cohort.patients) };
}
