import { RESPONSE_CODES } from '../../engine/cohort.ts';
import { VISIT_RESPONSES } from '../../engine/visits/visitResponse.ts';
import { knownColumn } from '../columns.ts';
import type { IssueList } from '../IssueList.ts';
import { visitColumn } from '../visits/visitColumns.ts';
import type { RawRow, RawTable } from '../rawTable.ts';
import { cellText } from '../readPatient.ts';
import type { TimeUnit } from '../../engine/timeUnit.ts';
import type { ColumnMapping, Layout } from './columnMapping.ts';
import { MAPPING_FIELDS, type MappingField } from './mappingFields.ts';
import { readDateText } from './readDateText.ts';
import { readTimeCell } from './readTimeCell.ts';

/** A table rewritten with the documented column names, and where each column came from. */
export interface MappedTable {
  table: RawTable;
  /** Output column name → the source header it came from. */
  sourceOf: Record<string, string>;
}

/** A value of a coded column that the mapping does not translate, for the mapping step to offer. */
export interface UnmappedValue {
  field: string;
  column: string;
  value: string;
  /** How many rows hold it, and the first of them. */
  count: number;
  rows: number[];
}

const key = (text: string): string => text.trim().toLowerCase();
const header = (columns: readonly string[], name: string): number =>
  columns.findIndex((c) => key(c) === key(name));

const CODES: Record<string, readonly string[]> = {
  response: VISIT_RESPONSES,
  best_response: RESPONSE_CODES,
};
const PROGRESSION = new Set(['relapse', 'reactivation', 'progression', 'loss']);

/**
 * Rewrites a raw table as the documented input of its layout, following a column mapping:
 * each mapped column under its field's name, times converted from the mapping's unit to weeks
 * (a cell stating another unit, `3 months` in a column of days, is refused as mixed units),
 * text dates in the mapping's format rewritten as ISO, coded values translated by the
 * mapping's `values` (codes already documented pass as they are), and every other column kept
 * under its own name; the table keeps the unit each time field was given in (`units`), for
 * messages to speak in it. Refuses, with issues: a mapped column the table lacks, one column mapped
 * to two fields, and each coded value that is not mapped — those are also returned so the
 * mapping step can offer to map them. `which` picks `columns` or `patient_columns`.
 * Example: `applyMapping(table, mapping, 'columns', issues)`.
 */
export function applyMapping(
  table: RawTable,
  mapping: ColumnMapping,
  which: 'columns' | 'patient_columns',
  issues: IssueList,
): { mapped: MappedTable | null; unmapped: UnmappedValue[]; sourceOf: Record<string, string> } {
  const layout: Layout = which === 'patient_columns' ? 'patients' : mapping.layout;
  const wanted = mapping[which] ?? {};
  const before = issues.count;
  const fields: { field: MappingField; index: number }[] = [];
  const used = new Map<number, string>();
  for (const field of MAPPING_FIELDS) {
    const name = wanted[field.name];
    if (name === undefined || name === '') continue;
    const index = header(table.columns, name);
    if (index < 0) {
      issues.add(
        null,
        name,
        null,
        `is named in the mapping for ${field.name} but is not a column of this table; its columns are ${table.columns.filter((c) => c !== '').join(', ')}`,
      );
      continue;
    }
    const twin = used.get(index);
    if (twin !== undefined) {
      issues.add(
        null,
        name,
        null,
        `is mapped to both ${twin} and ${field.name}; map each column to one field`,
      );
      continue;
    }
    used.set(index, field.name);
    fields.push({ field, index });
  }
  if (!fields.some(({ field }) => field.name === 'id')) {
    issues.add(null, 'id', null, 'is not mapped to a column; every table needs the patient id');
  }
  if (issues.count > before) return { mapped: null, unmapped: [], sourceOf: {} };

  const isKnown = layout === 'visits' ? visitColumn : knownColumn;
  const extras = table.columns
    .map((name, index) => ({ name, index }))
    .filter(({ index }) => !used.has(index))
    .map(({ name, index }) => ({
      index,
      name: name !== '' && isKnown(name) !== undefined ? `${name} (not mapped)` : name,
    }));
  const unitOf = (name: string): TimeUnit => mapping.units?.[name] ?? mapping.time_unit;
  const unmapped = new Map<string, UnmappedValue>();
  const values = mapping.values ?? {};
  const lookup = (name: string): Map<string, string> =>
    new Map(
      Object.entries(
        (values as Record<string, Record<string, string> | undefined>)[name] ?? {},
      ).map(([raw, code]) => [key(raw), code]),
    );
  const dictionaries = new Map(fields.map(({ field }) => [field.name, lookup(field.name)]));

  const convert = (field: MappingField, cell: unknown, row: number): unknown => {
    if (cell === undefined || cell === null || cell === '') return cell;
    switch (field.kind) {
      case 'time': {
        const weeks = readTimeCell(cell, unitOf(field.name));
        if (weeks !== null && typeof weeks === 'object' && 'mixed' in weeks) {
          const { mixed } = weeks as { mixed: TimeUnit };
          issues.add(
            row,
            field.name,
            cellText(cell),
            `is in ${mixed} but this column is read in ${unitOf(field.name)} (mixed units)`,
            {
              kind: 'unit',
              field: field.name,
              unit: mixed,
              mapped: true,
            },
          );
          return cell;
        }
        return weeks;
      }
      case 'date':
        return mapping.date_format ? readDateText(cell, mapping.date_format) : cell;
      case 'response':
      case 'visit_response':
      case 'sex': {
        const text = typeof cell === 'string' ? cell : String(cell);
        const code = dictionaries.get(field.name)?.get(key(text));
        if (code !== undefined) return code;
        if (field.kind === 'sex') return cell;
        const codes = CODES[field.name];
        if (codes.includes(text.trim().toUpperCase())) return text.trim().toUpperCase();
        if (field.name === 'response' && PROGRESSION.has(key(text))) return 'PD';
        const id = `${field.name}\u0000${key(text)}`;
        const entry = unmapped.get(id);
        if (entry) {
          entry.count += 1;
          if (entry.rows.length < 10) entry.rows.push(row);
        } else {
          unmapped.set(id, {
            field: field.name,
            column: wanted[field.name]!,
            value: text,
            count: 1,
            rows: [row],
          });
        }
        return cell;
      }
      default:
        return cell;
    }
  };

  const rows: RawRow[] = table.rows.map(({ row, cells }) => ({
    row,
    cells: [
      ...fields.map(({ field, index }) => convert(field, cells[index], row)),
      ...extras.map(({ index }) => cells[index]),
    ],
  }));
  for (const entry of unmapped.values()) {
    const where = entry.count === 1 ? '' : ` (in ${entry.count} rows)`;
    issues.add(
      entry.rows[0],
      entry.field,
      entry.value,
      `is not mapped to a response code${where}`,
      {
        kind: 'code',
        field: entry.field,
        column: entry.column,
        value: entry.value,
        allowed: CODES[entry.field],
      },
    );
  }
  const columns = [...fields.map(({ field }) => field.name), ...extras.map(({ name }) => name)];
  const sourceOf: Record<string, string> = {};
  fields.forEach(({ field, index }) => (sourceOf[field.name] = table.columns[index]));
  extras.forEach(({ name, index }) => (sourceOf[name] = table.columns[index]));
  const units: Partial<Record<string, TimeUnit>> = {};
  for (const { field } of fields) if (field.kind === 'time') units[field.name] = unitOf(field.name);
  return {
    mapped: issues.count > before ? null : { table: { ...table, columns, rows, units }, sourceOf },
    unmapped: [...unmapped.values()],
    sourceOf,
  };
}
