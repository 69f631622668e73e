import type { OptionalColumn, Patient } from '../../engine/cohort.ts';
import { derivePatients, type Derivation } from '../../engine/visits/derivePatients.ts';
import { checkPatient } from '../checkPatient.ts';
import { OPTIONAL_COLUMNS } from '../columns.ts';
import type { SourceTable, VisitTablesRead } from './readVisitTables.ts';

/** Patients derived from visits, the optional columns they carry, and each derivation. */
export interface VisitCohort {
  patients: Patient[];
  columns: OptionalColumn[];
  derivations: Derivation[];
}

/** Columns every derived cohort has: the derivation fills them (blank meaning no event). */
const DERIVED: readonly OptionalColumn[] = ['cr_wk', 'loss_wk', 'last_assessment_wk'];

/**
 * Derives the patients of visit-level records (`derivePatients`, with the confirmation rule
 * when `confirmWk` is given; its steps name times in the unit of the visits), checks each derived patient as a patient-level row would be
 * checked (messages point at the patient's first visit row), and warns where a best response
 * given in the patients table differs from the derived one. `null` when a check failed.
 * Example: `cohortFromVisits(read, { confirmWk: null }, visits)`.
 */
export function cohortFromVisits(
  read: VisitTablesRead,
  options: { confirmWk?: number | null },
  visits: SourceTable,
  patientsSource?: SourceTable,
): VisitCohort | null {
  const derivations = derivePatients(read.records, {
    confirmWk: options.confirmWk ?? null,
    unit: read.unitOf('visit_wk'),
  });
  const before = visits.issues.count;
  for (const d of derivations) {
    const row = read.rowOf.get(d.id) ?? 0;
    checkPatient(
      d.patient,
      row,
      { responseColumn: true, unitOf: read.unitOf },
      visits.issues,
      visits.warnings,
    );
    const given = read.givenBest.get(d.id);
    if (given && given.code !== d.patient.bestResponse && patientsSource) {
      patientsSource.warnings.add(
        given.row,
        'best_response',
        given.code,
        `differs from the best response derived from the visits (${d.patient.bestResponse}${d.best && d.best !== d.patient.bestResponse ? `, assessed ${d.best}` : ''}) for patient ${d.id}; the derived one is used`,
      );
    }
  }
  if (visits.issues.count > before) return null;
  const columns = OPTIONAL_COLUMNS.filter(
    (column) => DERIVED.includes(column) || read.columns.has(column),
  );
  return { patients: derivations.map((d) => d.patient), columns, derivations };
}
