import type { Patient } from '../cohort.ts';
import type { VisitResponse } from './visitResponse.ts';

/** One response assessment of a patient: its week, the response, and the source row it came from. */
export interface Assessment {
  /** Weeks from the start of treatment. */
  week: number;
  response: VisitResponse;
  /** The row of the source file (1-based), so a derivation can point back to it. */
  row: number;
}

/**
 * One patient's visit-level record: the assessments (any order) and the patient-level facts
 * that do not come from visits.
 */
export interface VisitRecord {
  id: string;
  assessments: readonly Assessment[];
  deathWk: number | null;
  /** Last follow-up; `null` when not recorded (the later of the last assessment and death). */
  followupWk: number | null;
  /** Patient-level fields kept as given (age, sex, fever, glucocorticoids, SAE, extra columns). */
  fields?: Partial<
    Pick<
      Patient,
      | 'age'
      | 'sex'
      | 'feverBaseline'
      | 'feverResolvedWk'
      | 'gcBaselineMg'
      | 'gcHalvedWk'
      | 'saeRelated'
      | 'extra'
    >
  >;
}
