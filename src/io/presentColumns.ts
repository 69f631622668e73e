import type { OptionalColumn, Patient } from '../engine/cohort.ts';
import type { IssueList } from './IssueList.ts';
import { COLUMN_SPECS, EVENT_COLUMNS, OPTIONAL_COLUMNS, OPTIONAL_FIELDS } from './columns.ts';
import type { ColumnMap } from './mapColumns.ts';

/** The optional columns given by the input, directly or through their date column. */
function optionalColumns(map: ColumnMap): OptionalColumn[] {
  const given = new Set(map.names);
  for (const spec of COLUMN_SPECS) {
    if (spec.weekColumn !== undefined && given.has(spec.name)) given.add(spec.weekColumn);
  }
  return OPTIONAL_COLUMNS.filter((column) => given.has(column));
}

/**
 * The optional columns a cohort records, in canonical order: those in the header (a date column
 * counts for its week column), except a measurement column (age, sex, …) that is blank for every
 * patient. An event column blank for everyone stays (blank means no event). Warns about every
 * column, known or unknown, that is blank for every patient.
 * Example: a header `id,best_response,followup_wk,age,loss_wk` with ages gives `['loss_wk', 'age']`.
 */
export function presentColumns(
  map: ColumnMap,
  patients: Patient[],
  warnings: IssueList,
): OptionalColumn[] {
  const columns = optionalColumns(map).filter((column) => {
    const field = OPTIONAL_FIELDS[column];
    if (patients.some((patient) => (patient[field] ?? null) !== null)) return true;
    const event = EVENT_COLUMNS.has(column);
    const meaning = event ? 'read as no event for anyone' : 'read as not recorded';
    warnings.add(null, column, null, `is blank for every patient: ${meaning}`);
    return event;
  });
  for (const { name } of map.extras) {
    if (!patients.some((patient) => Object.hasOwn(patient.extra, name))) {
      warnings.add(null, name, null, 'is blank for every patient; ignored');
    }
  }
  return columns;
}
