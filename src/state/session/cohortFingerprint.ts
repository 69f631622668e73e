import type { Cohort } from '../../engine/cohort.ts';
import { cohortToCsv } from '../../io/cohortToCsv.ts';
import { csvFingerprint } from './csvFingerprint.ts';

const fingerprints = new WeakMap<Cohort, string>();

/**
 * The `csvFingerprint` of a cohort's canonical CSV, computed once per cohort object (a cohort
 * on screen is never changed in place, so its fingerprint cannot go stale).
 * @example cohortFingerprint(cohort) === csvFingerprint(cohortToCsv(cohort)) // true
 */
export function cohortFingerprint(cohort: Cohort): string {
  let key = fingerprints.get(cohort);
  if (key === undefined) {
    key = csvFingerprint(cohortToCsv(cohort));
    fingerprints.set(cohort, key);
  }
  return key;
}
