import { DEFAULT_ANALYSIS_OPTIONS } from '../../engine/analysisOptions.ts';
import type { Cohort } from '../../engine/cohort.ts';
import { responseOnset } from '../../engine/responseOnset.ts';

/**
 * The observed responders x of n in a cohort, counting CR, PR and IMP as in the seed study.
 * Example: `cohortResponse(hlh) // { x: 15, n: 18 }`.
 */
export function cohortResponse(cohort: Cohort): { x: number; n: number } {
  const responders = DEFAULT_ANALYSIS_OPTIONS.responders;
  const x = cohort.patients.filter((p) => responseOnset(p, responders) !== null).length;
  return { x, n: cohort.patients.length };
}
