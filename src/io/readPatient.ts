import type { Patient, ResponseCode, Sex } from '../engine/cohort.ts';
import type { IssueAdvice } from './issueAdvice.ts';
import type { IssueList } from './IssueList.ts';
import { COLUMN_SPECS } from './columns.ts';
import type { ColumnMap } from './mapColumns.ts';
import { MAX_FIELD_CHARS } from './limits.ts';
import type { RawRow } from './rawTable.ts';
import { CellError, readCell, readText, type CellValue } from './readCell.ts';
import { showTime } from '../engine/showTime.ts';

/** Half a day in weeks: a week column and its date column agree when within it. */
const AGREE_WK = 0.5 / 7;

/** Position of each known column in the per-row value array. */
const SLOT: Record<string, number> = Object.fromEntries(
  COLUMN_SPECS.map((spec, slot) => [spec.name, slot]),
);
const DATES = COLUMN_SPECS.flatMap((spec, slot) =>
  spec.weekColumn === undefined ? [] : [{ slot, name: spec.name, week: SLOT[spec.weekColumn] }],
);

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

/** Deepest nesting of lists and objects kept in an unknown column's JSON cell. */
export const MAX_JSON_DEPTH = 20;

/** How deeply `value` nests lists and objects (0 for a plain value), counted no further than `limit` + 1. */
function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * An unknown column's cell as text: JSON objects and lists are kept as JSON text, within the
 * limits of any cell (`MAX_FIELD_CHARS` characters, `MAX_JSON_DEPTH` levels of nesting).
 */
function extraText(raw: unknown): string | null | CellError {
  const text = readText(raw);
  if (!(text instanceof CellError)) return text;
  if (jsonDepth(raw, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    return new CellError(
      `nests lists or objects more than ${MAX_JSON_DEPTH} levels deep; give the value as text`,
    );
  let json: string;
  try {
    json = JSON.stringify(raw);
  } catch {
    return text;
  }
  return json.length > MAX_FIELD_CHARS
    ? new CellError(
        `is ${json.length} characters long as JSON text; at most ${MAX_FIELD_CHARS} are allowed`,
      )
    : json;
}

type Values = (CellValue | undefined)[];

const num = (values: Values, slot: number): number | null => {
  const value = values[slot];
  return typeof value === 'number' ? value : null;
};

const flag = (values: Values, slot: number): boolean | null => {
  const value = values[slot];
  return typeof value === 'boolean' ? value : null;
};

const tooLong = (cell: string): string =>
  `is ${cell.length} characters long; at most ${MAX_FIELD_CHARS} are allowed`;

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
  /** Values by slot: `undefined` when the column is absent or its cell was refused. */
  const values: Values = new Array(COLUMN_SPECS.length);
  const bad: string[] = [];
  const fail = (column: string, value: unknown, message: string, advice?: IssueAdvice): void => {
    issues.add(row, column, cellText(value), message, advice);
    bad.push(column);
  };
  for (const { spec, index, slot } of map.known) {
    const cell = cells[index];
    if (typeof cell === 'string' && cell.length > MAX_FIELD_CHARS) {
      fail(spec.name, cell, tooLong(cell));
      continue;
    }
    const value = readCell(cell, spec);
    if (value instanceof CellError) fail(spec.name, cell, value.message, value.advice);
    else values[slot] = value;
  }
  if (map.hasDates) {
    const start = values[SLOT.start_date];
    for (const date of DATES) {
      const days = values[date.slot];
      if (typeof days !== 'number') continue;
      const cell = cells[map.known.find((k) => k.spec.name === date.name)?.index ?? -1];
      if (typeof start !== 'number') {
        if (start === null)
          fail(date.name, cell, 'cannot be converted to weeks: start_date is blank in this row');
        continue;
      }
      if (days < start) {
        fail(date.name, cell, 'is before start_date; times are weeks from the start of treatment');
        continue;
      }
      const weeks = (days - start) / 7;
      const given = values[date.week];
      const weekName = COLUMN_SPECS[date.week].name;
      if (typeof given === 'number' && Math.abs(given - weeks) > AGREE_WK) {
        fail(
          date.name,
          cell,
          `is ${showTime(weeks, 'days')} after start_date but ${weekName} is ${showTime(given, map.unitOf(weekName))}; give one or make them agree`,
        );
      } else if (given === null || given === undefined) {
        values[date.week] = weeks;
      }
    }
  }
  const id = values[SLOT.id];
  const code = values[SLOT.best_response];
  const followup = values[SLOT.followup_wk];
  if (id === null) fail('id', null, 'is empty; every patient needs a unique id');
  if (code === null) fail('best_response', null, 'is empty; expected CR, PR, IMP, NR or NE');
  if (
    (followup === null || followup === undefined) &&
    !bad.includes('followup_wk') &&
    !bad.includes('last_followup_date')
  ) {
    fail('followup_wk', null, 'is empty; the week of last follow-up is required');
  }
  let extra: Record<string, string> = {};
  if (map.extras.length > 0) {
    const entries: [string, string][] = [];
    for (const { name, index } of map.extras) {
      const cell = cells[index];
      if (typeof cell === 'string' && cell.length > MAX_FIELD_CHARS) {
        fail(name, cell, tooLong(cell));
        continue;
      }
      const text = extraText(cell);
      if (text instanceof CellError) fail(name, cell, text.message);
      else if (text !== null) entries.push([name, text]);
    }
    extra = Object.fromEntries(entries);
  }
  const sex = values[SLOT.sex];
  const patient: Patient = {
    id: typeof id === 'string' ? id : '',
    bestResponse: (typeof code === 'string' ? code : 'NE') as ResponseCode,
    responseWk: num(values, SLOT.response_wk),
    crWk: num(values, SLOT.cr_wk),
    lossWk: num(values, SLOT.loss_wk),
    deathWk: num(values, SLOT.death_wk),
    followupWk: num(values, SLOT.followup_wk) ?? 0,
    age: num(values, SLOT.age),
    sex: (sex === 'F' || sex === 'M' ? sex : null) as Sex,
    feverBaseline: flag(values, SLOT.fever_baseline),
    feverResolvedWk: num(values, SLOT.fever_resolved_wk),
    gcBaselineMg: num(values, SLOT.gc_baseline_mg),
    gcHalvedWk: num(values, SLOT.gc_halved_wk),
    saeRelated: flag(values, SLOT.sae_related),
    extra,
  };
  if (map.names.has('sae_wk') || map.names.has('sae_date')) {
    patient.saeWk = num(values, SLOT.sae_wk);
  }
  if (map.names.has('last_assessment_wk') || map.names.has('last_assessment_date')) {
    patient.lastAssessmentWk = num(values, SLOT.last_assessment_wk);
  }
  return { patient, valid: bad.length === 0 };
}
