import type { Patient } from './cohort.ts';

/**
 * Why a cohort without any response record cannot give response endpoints: the reason `analyze`
 * gives for each of them (`unavailable`, after "not available for this cohort: ") and the engine
 * functions that need responses (a scenario fit, a bootstrap plan) give when they refuse one.
 */
export const NO_RESPONSE_RECORDED =
  'no response was recorded for any patient (every best response NE, no response times), as when a cohort is rebuilt from a survival figure';

/**
 * Whether a cohort records no response at all: it has patients, every best response is NE (not
 * evaluable) and no patient has a response, complete-remission or loss time. Such a cohort holds
 * survival times only (the cohort `reconstructionToCohort` makes from an overall-survival
 * figure); its response rates would read 0 of n as if nobody had responded. The answer depends on
 * the patient records alone, so a cohort read back from its CSV, or from visits that are all NE,
 * gets the same one. An empty cohort is not such a cohort (its proportions are simply undefined).
 * @example responseNotRecorded(reconstructionToCohort(patients, { endpoint: 'os', unit: 'months' }).patients) // true
 */
export function responseNotRecorded(patients: readonly Patient[]): boolean {
  return (
    patients.length > 0 &&
    patients.every(
      (p) =>
        p.bestResponse === 'NE' && p.responseWk === null && p.crWk === null && p.lossWk === null,
    )
  );
}
