import { DATE_TWIN } from '../visits/visitColumns.ts';
import type { ColumnMapping } from './columnMapping.ts';
import { fieldsOf, MAPPING_FIELDS } from './mappingFields.ts';

const KIND = new Map(MAPPING_FIELDS.map((f) => [f.name, f.kind]));

/**
 * What a mapping still needs before it can be applied, in words: a column for each required
 * field of its layout (a week field is also given by its date column), a time or a date for
 * the assessments of visits, the start of treatment when dates are mapped, the patient id of a
 * second (patients) table, one field per column, and a meaning for every value of a coded
 * column that is not mapped (`code: null`). Empty when nothing is left.
 * @example mappingGaps({ version: 1, layout: 'visits', columns: { id: 'Patient' }, time_unit: 'days' }, [])
 * // ['choose the column for response at the visit (response)', 'choose the column for the time of each assessment (visit_wk) or its date (visit_date)']
 */
export function mappingGaps(
  mapping: ColumnMapping,
  values: readonly { field: string; value: string; count: number; code: string | null }[],
): string[] {
  const gaps: string[] = [];
  const columns = mapping.columns;
  const patients = mapping.patient_columns;
  const has = (field: string) =>
    columns[field] !== undefined || (patients !== undefined && patients[field] !== undefined);
  for (const field of fieldsOf(mapping.layout)) {
    if (!field.required?.includes(mapping.layout) || columns[field.name] !== undefined) continue;
    const twin = DATE_TWIN.get(field.name);
    if (twin !== undefined && columns[twin] !== undefined) continue;
    gaps.push(`choose the column for ${field.label} (${field.name})`);
  }
  if (mapping.layout === 'visits' && !has('visit_wk') && !has('visit_date')) {
    gaps.push(
      'choose the column for the time of each assessment (visit_wk) or its date (visit_date)',
    );
  }
  if (patients !== undefined && patients.id === undefined) {
    gaps.push('choose the column for patient id (id) in the patients table');
  }
  const dated = [columns, patients ?? {}].some((c) =>
    Object.keys(c).some((f) => KIND.get(f) === 'date' && f !== 'start_date'),
  );
  if (dated && !has('start_date')) {
    gaps.push(
      'choose the column for the start of treatment (start_date): dates are converted to weeks from it',
    );
  }
  for (const [which, named] of [
    ['', columns],
    [' in the patients table', patients ?? {}],
  ] as const) {
    const byColumn = new Map<string, string[]>();
    for (const [field, header] of Object.entries(named)) {
      if (header === undefined) continue;
      const k = header.trim().toLowerCase();
      byColumn.set(k, [...(byColumn.get(k) ?? []), field]);
    }
    for (const [, fields] of byColumn) {
      if (fields.length > 1) {
        gaps.push(
          `"${named[fields[0]]}" is chosen for ${fields.join(' and ')}${which}; a column gives one field`,
        );
      }
    }
  }
  for (const v of values) {
    if (v.code === null) {
      gaps.push(
        `say what "${v.value}" means in ${v.field} (${v.count} ${v.count === 1 ? 'row' : 'rows'})`,
      );
    }
  }
  return gaps;
}
