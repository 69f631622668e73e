import type { OptionalColumn, Patient } from '../engine/cohort.ts';
import type { IssueList } from './IssueList.ts';
import { checkPatient } from './checkPatient.ts';
import { mapColumns } from './mapColumns.ts';
import { presentColumns } from './presentColumns.ts';
import type { RawTable } from './rawTable.ts';
import { readPatient } from './readPatient.ts';

/**
 * Reads the patients of a one-row-per-patient raw table whose header names the documented
 * columns, checking every cell and every patient; `null` after adding issues when refused.
 */
export function cohortFromTable(
  table: RawTable,
  issues: IssueList,
  warnings: IssueList,
): { patients: Patient[]; columns: OptionalColumn[] } | null {
  const map = mapColumns(table, issues, warnings);
  if (map === null) return null;

  const patients: Patient[] = [];
  const firstRow = new Map<string, number>();
  const responseColumn = map.names.has('response_wk') || map.names.has('response_date');
  let responders = 0;
  for (const raw of table.rows) {
    const { patient, valid } = readPatient(raw, map, issues);
    if (valid) {
      checkPatient(patient, raw.row, { responseColumn, unitOf: map.unitOf }, issues, warnings);
      if (patient.bestResponse !== 'NR' && patient.bestResponse !== 'NE') responders += 1;
    }
    if (patient.id !== '') {
      const first = firstRow.get(patient.id);
      if (first === undefined) firstRow.set(patient.id, raw.row);
      else
        issues.add(
          raw.row,
          'id',
          patient.id,
          `duplicates the id of row ${first}; ids must be unique`,
        );
    }
    patients.push(patient);
  }
  if (!responseColumn && responders > 0) {
    warnings.add(
      null,
      'response_wk',
      null,
      `is missing but ${responders === 1 ? '1 patient is a responder' : `${responders} patients are responders`} (CR, PR, IMP); response rates are computed, but duration of response and time to response are not without the week of first response`,
    );
  }
  if (issues.count > 0) return null;
  return { patients, columns: presentColumns(map, patients, warnings) };
}
