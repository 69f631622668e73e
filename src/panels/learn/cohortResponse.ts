import { DEFAULT_ANALYSIS_OPTIONS } from '../../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../../engine/cohort.ts';
import { responseOnset } from '../../engine/responseOnset.ts';

/**
 * The observed responders x of n in a cohort under a responder definition (by default CR, PR and
 * IMP, as in the seed study).
 * Example: `cohortResponse(hlh) // { x: 15, n: 18 }`, `cohortResponse(hlh, ['CR']) // { x: 2, n: 18 }`.
 */
export function cohortResponse(
  cohort: Cohort,
  responders: readonly ResponseCode[] = DEFAULT_ANALYSIS_OPTIONS.responders,
): { x: number; n: number } {
  const x = cohort.patients.filter((p) => responseOnset(p, responders) !== null).length;
  return { x, n: cohort.patients.length };
}
