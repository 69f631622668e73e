import { blankPatient } from '../../src/engine/blankPatient.ts';
import type { Cohort, OptionalColumn, Patient } from '../../src/engine/cohort.ts';

/** A patient with every optional field empty and 10 weeks of follow-up, overridden by `fields`. */
export function makePatient(fields: Partial<Patient> & Pick<Patient, 'id'>): Patient {
  return blankPatient({ followupWk: 10, ...fields });
}

/** A cohort of patients built with `makePatient`, declaring the optional columns it records. */
export function makeCohort(
  patients: (Partial<Patient> & Pick<Patient, 'id'>)[],
  columns: OptionalColumn[] = [],
): Cohort {
  return { name: 'test', source: 'test', patients: patients.map(makePatient), columns };
}
