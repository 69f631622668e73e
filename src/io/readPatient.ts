import type { Patient, ResponseCode, Sex } from '../engine/cohort.ts';
import type { IssueList } from './IssueList.ts';
import type { ColumnMap } from './mapColumns.ts';
import { MAX_FIELD_CHARS } from './limits.ts';
import type { RawRow } from './rawTable.ts';
import { CellError, readCell, readText, type CellValue } from './readCell.ts';
import { showNumber } from './showNumber.ts';

/** Half a day in weeks: a week column and its date column agree when within it. */
const AGREE_WK = 0.5 / 7;

/** The raw cell as text for an issue, shortened. */
export function cellText(raw: unknown): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === 'string') return raw.length > 200 ? raw.slice(0, 200) : raw;
  try {
    return (typeof raw === 'object' ? JSON.stringify(raw) : String(raw)).slice(0, 200);
  } catch {
    return String(typeof raw);
  }
}

/** An unknown column's cell as text: JSON objects and lists are kept as JSON text. */
function extraText(raw: unknown): string | null | CellError {
  const text = readText(raw);
  if (!(text instanceof CellError)) return text;
  try {
    return JSON.stringify(raw);
  } catch {
    return text;
  }
}

/** One patient as read from a row, and whether every cell was valid. */
export interface ReadPatient {
  patient: Patient;
  valid: boolean;
}

/**
 * Reads one raw row into a patient: each known cell by its column's rules, dates converted to
 * weeks from `start_date` (a week column and its date column must agree within half a day; the
 * week value is kept), unknown columns kept as text in `extra` (blank cells left out).
 * Adds an issue for every bad cell and for a missing id, best_response or followup_wk.
 * Example: `readPatient({ row: 1, cells: ['P1', 'NR', '4'] }, map, issues)`.
 */
export function readPatient(raw: RawRow, map: ColumnMap, issues: IssueList): ReadPatient {
  const { row, cells } = raw;
  const values: Record<string, CellValue> = {};
  const bad = new Set<string>();
  const fail = (column: string, value: unknown, message: string): void => {
    issues.add(row, column, cellText(value), message);
    bad.add(column);
  };
  for (const { spec, index } of map.known) {
    const cell = cells[index];
    if (typeof cell === 'string' && cell.length > MAX_FIELD_CHARS) {
      fail(
        spec.name,
        cell,
        `is ${cell.length} characters long; at most ${MAX_FIELD_CHARS} are allowed`,
      );
      continue;
    }
    const value = readCell(cell, spec);
    if (value instanceof CellError) fail(spec.name, cell, value.message);
    else values[spec.name] = value;
  }
  const start = values.start_date;
  for (const { spec, index } of map.known) {
    const days = values[spec.name];
    if (spec.weekColumn === undefined || typeof days !== 'number') continue;
    if (typeof start !== 'number') {
      if (start === null)
        fail(
          spec.name,
          cells[index],
          'cannot be converted to weeks: start_date is blank in this row',
        );
      continue;
    }
    if (days < start) {
      fail(
        spec.name,
        cells[index],
        'is before start_date; times are weeks from the start of treatment',
      );
      continue;
    }
    const weeks = (days - start) / 7;
    const given = values[spec.weekColumn];
    if (typeof given === 'number' && Math.abs(given - weeks) > AGREE_WK) {
      fail(
        spec.name,
        cells[index],
        `gives ${showNumber(weeks)} weeks but ${spec.weekColumn} is ${showNumber(given)}; give one or make them agree`,
      );
    } else if (given === null || given === undefined) {
      values[spec.weekColumn] = weeks;
    }
  }
  if (values.id === null) fail('id', null, 'is empty; every patient needs a unique id');
  if (values.best_response === null)
    fail('best_response', null, 'is empty; expected CR, PR, IMP, NR or NE');
  const followup = values.followup_wk;
  if (
    (followup === null || followup === undefined) &&
    !bad.has('followup_wk') &&
    !bad.has('last_followup_date')
  ) {
    fail('followup_wk', null, 'is empty; the week of last follow-up is required');
  }
  const week = (name: string): number | null => {
    const value = values[name];
    return typeof value === 'number' ? value : null;
  };
  const flag = (name: string): boolean | null => {
    const value = values[name];
    return typeof value === 'boolean' ? value : null;
  };
  const extra: [string, string][] = [];
  for (const { name, index } of map.extras) {
    const cell = cells[index];
    if (typeof cell === 'string' && cell.length > MAX_FIELD_CHARS) {
      fail(name, cell, `is ${cell.length} characters long; at most ${MAX_FIELD_CHARS} are allowed`);
      continue;
    }
    const text = extraText(cell);
    if (text instanceof CellError) fail(name, cell, text.message);
    else if (text !== null) extra.push([name, text]);
  }
  const patient: Patient = {
    id: typeof values.id === 'string' ? values.id : '',
    bestResponse: (values.best_response ?? 'NE') as ResponseCode,
    responseWk: week('response_wk'),
    crWk: week('cr_wk'),
    lossWk: week('loss_wk'),
    deathWk: week('death_wk'),
    followupWk: week('followup_wk') ?? 0,
    age: week('age'),
    sex: (typeof values.sex === 'string' ? values.sex : null) as Sex,
    feverBaseline: flag('fever_baseline'),
    feverResolvedWk: week('fever_resolved_wk'),
    gcBaselineMg: week('gc_baseline_mg'),
    gcHalvedWk: week('gc_halved_wk'),
    saeRelated: flag('sae_related'),
    extra: Object.fromEntries(extra),
  };
  return { patient, valid: bad.size === 0 };
}
