import type { Cohort, OptionalColumn, Patient } from '../../src/engine/cohort.ts';

/** A patient with every optional field empty, overridden by `fields`. */
export function makePatient(fields: Partial<Patient> & Pick<Patient, 'id'>): Patient {
  return {
    bestResponse: 'NR',
    responseWk: null,
    crWk: null,
    lossWk: null,
    deathWk: null,
    followupWk: 10,
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

/** A cohort of patients built with `makePatient`, declaring the optional columns it records. */
export function makeCohort(
  patients: (Partial<Patient> & Pick<Patient, 'id'>)[],
  columns: OptionalColumn[] = [],
): Cohort {
  return { name: 'test', source: 'test', patients: patients.map(makePatient), columns };
}
