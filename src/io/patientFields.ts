import type { Patient } from '../engine/cohort.ts';

/** A patient field's value as written out. */
export type Cell = string | number | boolean | null;

/** The fields every patient record has, in canonical order, with how to read each. */
export const REQUIRED_FIELDS: readonly [string, (p: Patient) => Cell][] = [
  ['id', (p) => p.id],
  ['best_response', (p) => p.bestResponse],
  ['response_wk', (p) => p.responseWk],
];

/** The optional fields, in canonical order (`cohortToCsv` writes those a cohort has). */
export const OPTIONAL_FIELDS: readonly [string, (p: Patient) => Cell][] = [
  ['cr_wk', (p) => p.crWk],
  ['loss_wk', (p) => p.lossWk],
  ['death_wk', (p) => p.deathWk],
  ['followup_wk', (p) => p.followupWk],
  ['age', (p) => p.age],
  ['sex', (p) => p.sex],
  ['fever_baseline', (p) => p.feverBaseline],
  ['fever_resolved_wk', (p) => p.feverResolvedWk],
  ['gc_baseline_mg', (p) => p.gcBaselineMg],
  ['gc_halved_wk', (p) => p.gcHalvedWk],
  ['sae_related', (p) => p.saeRelated],
  ['sae_wk', (p) => p.saeWk ?? null],
  ['last_assessment_wk', (p) => p.lastAssessmentWk ?? null],
];
