import type { Cohort, Patient } from '../engine/cohort.ts';
import type { PackedColumn, PackedCohort } from './packCohort.ts';

/** The value of `column` for the `row`-th patient of the usual shape. */
function read(column: PackedColumn, row: number): unknown {
  switch (column.kind) {
    case 'number':
      return column.missing[row] === 1 ? null : column.values[row];
    case 'flag':
      return column.values[row] === -1 ? null : column.values[row] === 1;
    case 'levels':
      return column.codes[row] === -1 ? null : column.levels[column.codes[row]];
    case 'joined':
      return column.missing[row] === 1
        ? null
        : column.text.slice(row === 0 ? 0 : column.ends[row - 1], column.ends[row]);
    case 'record': {
      const record: Record<string, string> = {};
      for (let k = 0; k < column.keys.length; k++)
        record[column.keys[k]] = read(column.values[k], row) as string;
      return record;
    }
    default:
      return column.values[row];
  }
}

/**
 * The cohort `packCohort` packed, its patients rebuilt field for field in their original order.
 * @example unpackCohort(packCohort(cohort)).patients[0] // equal to cohort.patients[0]
 */
export function unpackCohort(packed: PackedCohort): Cohort {
  const { keys, columns, odd } = packed;
  const patients = new Array<Patient>(packed.count);
  const template: Record<string, unknown> = {};
  for (const key of keys) template[key] = null;
  let next = 0;
  let row = 0;
  for (let i = 0; i < packed.count; i++) {
    if (next < odd.length && odd[next][0] === i) {
      patients[i] = odd[next++][1];
      continue;
    }
    // A copy of the template has every field already, in order: filling it is quicker than
    // adding the fields one by one to an empty object.
    const patient: Record<string, unknown> = { ...template };
    for (let k = 0; k < keys.length; k++) patient[keys[k]] = read(columns[k], row);
    patients[i] = patient as unknown as Patient;
    row++;
  }
  return { ...packed.cohort, patients } as Cohort;
}
