import type { Cohort } from './cohort.ts';

/**
 * Whether a cohort records survival: it has a `death_wk` column (blank cells mean alive at last
 * follow-up) or at least one death. Without it, an overall-survival curve would read every
 * patient as alive, which the data do not say.
 * @example survivalRecorded({ columns: ['death_wk'], patients: [], … }) // true
 */
export function survivalRecorded(cohort: Pick<Cohort, 'columns' | 'patients'>): boolean {
  return cohort.columns.includes('death_wk') || cohort.patients.some((p) => p.deathWk !== null);
}
