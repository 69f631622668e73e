import { blankPatient } from '../../src/engine/blankPatient';
import type { Cohort } from '../../src/engine/cohort';
import { OPTIONAL_COLUMNS } from '../../src/io/columns';

/**
 * Six hand-made patients covering every swimmer marker: CR from the start, PR then CR later,
 * PR lost, IMP then death, a non-responder with a drug-related SAE, and a hostile id.
 */
export const sixPatients: Cohort = {
  name: 'Six patients',
  source: 'test',
  columns: [...OPTIONAL_COLUMNS],
  patients: [
    blankPatient({
      id: 'P01',
      bestResponse: 'CR',
      responseWk: 1,
      crWk: 1,
      followupWk: 12,
      age: 34,
      sex: 'F',
      feverBaseline: true,
      feverResolvedWk: 0.5,
      gcBaselineMg: 60,
      gcHalvedWk: 2,
      saeRelated: false,
    }),
    blankPatient({
      id: 'P02',
      bestResponse: 'CR',
      responseWk: 2,
      crWk: 6,
      followupWk: 10,
      age: 51,
      sex: 'M',
      gcHalvedWk: 3,
      extra: { centre: 'Beijing' },
    }),
    blankPatient({
      id: 'P03',
      bestResponse: 'PR',
      responseWk: 1,
      lossWk: 3,
      followupWk: 8,
      age: 29,
    }),
    blankPatient({
      id: 'P04',
      bestResponse: 'IMP',
      responseWk: 4,
      deathWk: 7,
      followupWk: 7,
      age: 70,
      sex: 'F',
    }),
    blankPatient({
      id: 'P10',
      bestResponse: 'NR',
      responseWk: null,
      followupWk: 5,
      saeRelated: true,
      sex: 'F',
    }),
    blankPatient({
      id: '<script>alert(1)</script>',
      bestResponse: 'PR',
      responseWk: 0.5,
      followupWk: 9,
      extra: { note: '<b>bold</b> & "quoted"' },
    }),
  ],
};
