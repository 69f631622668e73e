import type { Cohort } from '../cohort.ts';

/**
 * A text key that is equal for two cohorts exactly when they hold the same patient records,
 * ignoring ids, row order and free-text extra columns; used to keep an ensemble's cohorts distinct.
 * @example cohortKey(a) === cohortKey(b) // true when b is a with its rows shuffled and renamed
 */
export function cohortKey(cohort: Cohort): string {
  return cohort.patients
    .map((p) =>
      [
        p.bestResponse,
        p.responseWk,
        p.crWk,
        p.lossWk,
        p.deathWk,
        p.followupWk,
        p.age,
        p.sex,
        p.feverBaseline,
        p.feverResolvedWk,
        p.gcBaselineMg,
        p.gcHalvedWk,
        p.saeRelated,
      ].join(','),
    )
    .sort()
    .join(';');
}
