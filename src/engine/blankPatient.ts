import type { Patient } from './cohort.ts';

/**
 * A patient record with every optional field empty (NR, no events, follow-up 0), overridden by
 * `fields`; for code that builds patients rather than reading them.
 * Assumes `fields` holds valid values; nothing is checked.
 * Reference: the cohort format in `cohort.ts`.
 * @example blankPatient({ id: 'S01', followupWk: 12 }).bestResponse // 'NR'
 */
export function blankPatient(fields: Partial<Patient> & Pick<Patient, 'id'>): Patient {
  return {
    bestResponse: 'NR',
    responseWk: null,
    crWk: null,
    lossWk: null,
    deathWk: null,
    followupWk: 0,
    age: null,
    sex: null,
    feverBaseline: null,
    feverResolvedWk: null,
    gcBaselineMg: null,
    gcHalvedWk: null,
    saeRelated: null,
    extra: {},
    ...fields,
  };
}
