import type { Sex } from '../../engine/cohort.ts';
import type { Assessment, VisitRecord } from '../../engine/visits/assessment.ts';
import type { VisitResponse } from '../../engine/visits/visitResponse.ts';
import { knownColumn, type ColumnSpec } from '../columns.ts';
import type { IssueList } from '../IssueList.ts';
import type { RawTable } from '../rawTable.ts';
import { CellError, readCell, readText, type CellValue } from '../readCell.ts';
import { cellText } from '../readPatient.ts';
import { showTime } from '../../engine/showTime.ts';
import type { TimeUnit } from '../../engine/timeUnit.ts';
import { tableColumns, type TableColumns } from '../tableColumns.ts';
import { timeUnitOf } from '../timeUnitOf.ts';
import { DATE_TWIN, PATIENT_LEVEL_COLUMNS, visitColumn, visitTimeSource } from './visitColumns.ts';

/** A table with the lists its problems go to. */
export interface SourceTable {
  table: RawTable;
  issues: IssueList;
  warnings: IssueList;
}

/** The visit-level records read from a visits table (and an optional patients table). */
export interface VisitTablesRead {
  records: VisitRecord[];
  /** Where each patient is described: the table and row its messages point to. */
  rowOf: Map<string, number>;
  /** Patient-level columns given (canonical names, date columns as their week column). */
  columns: Set<string>;
  /** Best responses a patients table gives, to compare with the derivation. */
  givenBest: Map<string, { code: string; row: number }>;
  /**
   * The unit each time column was given in (`timeUnitOf`), for messages: the visits' times
   * (`visit_wk`, and the response times derived from them) and the patient-level ones.
   */
  unitOf: (column: string) => TimeUnit;
}

/** Half a day in weeks: a week column and its date column agree when within it. */
const AGREE_WK = 0.5 / 7;
const DATE_WEEK: Record<string, string> = {
  visit_date: 'visit_wk',
  death_date: 'death_wk',
  last_followup_date: 'followup_wk',
  fever_resolved_date: 'fever_resolved_wk',
  gc_halved_date: 'gc_halved_wk',
};

type Value = Exclude<CellValue, CellError>;

interface Level {
  value: Value;
  row: number;
  raw: unknown;
  fromPatients: boolean;
}

interface Patient {
  id: string;
  rows: number[];
  visits: {
    row: number;
    week: number | null;
    date: number | null;
    response: VisitResponse;
    label: string | null;
    rawWeek: unknown;
    rawDate: unknown;
  }[];
  level: Map<string, Level>;
  extra: Map<string, { value: string; row: number } | 'varies'>;
  patientsRow: number | null;
  fileOrder: boolean;
}

function newPatient(id: string): Patient {
  return {
    id,
    rows: [],
    visits: [],
    level: new Map(),
    extra: new Map(),
    patientsRow: null,
    fileOrder: true,
  };
}

/** Reads one cell of a known column, reporting a bad cell; `undefined` when refused. */
function read(
  cells: unknown[],
  col: { spec: ColumnSpec; index: number } | undefined,
  row: number,
  issues: IssueList,
): Value | undefined {
  if (col === undefined) return null;
  const cell = cells[col.index];
  const value = readCell(typeof cell === 'string' ? cell.trim() : cell, col.spec);
  if (value instanceof CellError) {
    issues.add(row, col.spec.name, cellText(cell), value.message, value.advice);
    return undefined;
  }
  return value;
}

function readPatientsTable(
  source: SourceTable,
  cols: TableColumns,
  patients: Map<string, Patient>,
  givenBest: Map<string, { code: string; row: number }>,
): void {
  const { issues } = source;
  const idCol = cols.known.get('id');
  for (const { row, cells } of source.table.rows) {
    const id = read(cells, idCol, row, issues);
    if (typeof id !== 'string') {
      if (id === null) issues.add(row, 'id', null, 'is empty; every patient needs an id');
      continue;
    }
    const known = patients.get(id);
    if (known) {
      issues.add(
        row,
        'id',
        id,
        `duplicates the id of row ${known.patientsRow}; ids must be unique in a patients file`,
      );
      continue;
    }
    const patient = newPatient(id);
    patient.patientsRow = row;
    patients.set(id, patient);
    for (const name of PATIENT_LEVEL_COLUMNS) {
      const col = cols.known.get(name);
      const value = read(cells, col, row, issues);
      if (col !== undefined && value !== undefined && value !== null) {
        patient.level.set(name, { value, row, raw: cells[col.index], fromPatients: true });
      }
    }
    const best = cols.known.get('best_response');
    if (best !== undefined && typeof cells[best.index] === 'string' && cells[best.index] !== '') {
      const code = readCell(cells[best.index], best.spec);
      if (typeof code === 'string') givenBest.set(id, { code, row });
    }
    for (const { name, index } of cols.extras) {
      const text = readText(cells[index]);
      if (typeof text === 'string') patient.extra.set(name, { value: text, row });
    }
  }
}

/**
 * Reads a visit-level table — one row per patient and assessment: `id`, `visit_wk` or
 * `visit_date`, `response`, optionally `visit`, and patient-level columns repeated on the
 * patient's rows (blank on some is allowed) — and an optional patients table (one row per
 * patient, the same patient-level columns) into records for `derivePatients`. Dates become
 * weeks from the patient's `start_date`. Refuses, naming table, row, column and value: a
 * missing required column, a bad cell, a patient-level value that differs between a patient's
 * rows (or from the patients table), two different responses in one week, visits whose numbers
 * run against their times, an assessment after death or last follow-up, a date before
 * `start_date`, and visits of a patient the patients table does not list. Warns about repeated
 * identical assessments (counted once), rows out of time order (read in time order), patients
 * without assessments (best response NE) and columns that vary between a patient's visits
 * (not kept). Returns `null` when anything was refused.
 * Example: `readVisitTables({ table, issues, warnings })`.
 */
export function readVisitTables(
  visits: SourceTable,
  patientsSource?: SourceTable,
): VisitTablesRead | null {
  const { issues, warnings } = visits;
  const vcols = tableColumns(visits.table, visitColumn, issues, warnings);
  const pcols = patientsSource
    ? tableColumns(
        patientsSource.table,
        knownColumn,
        patientsSource.issues,
        patientsSource.warnings,
      )
    : null;
  const has = (name: string) => vcols.known.has(name) || (pcols?.known.has(name) ?? false);
  const vnames = new Set(vcols.known.keys());
  const pnames = new Set(pcols?.known.keys() ?? []);
  /**
   * The unit a column's times were given in: the visits' for the times derived from them, the
   * visits table's for a column it has (or its date), else the patients table's.
   */
  const unitOf = (column: string): TimeUnit => {
    const name = visitTimeSource(column, new Set([...vnames, ...pnames]));
    const date = DATE_TWIN.get(name);
    const inVisits = vnames.has(name) || (date !== undefined && vnames.has(date));
    return inVisits || !pcols
      ? timeUnitOf(visits.table, vnames, name)
      : timeUnitOf(patientsSource!.table, pnames, name);
  };
  /** A time in a message, in the unit its column was given in: `day 44`. */
  const at = (weeks: number, column: string): string => showTime(weeks, unitOf(column));
  const before = issues.count + (patientsSource?.issues.count ?? 0);
  if (!vcols.known.has('id'))
    issues.add(null, 'id', null, 'is a required column of a visit-level file and is missing');
  if (!vcols.known.has('response')) {
    issues.add(
      null,
      'response',
      null,
      'is a required column of a visit-level file and is missing; it gives the response assessed at each visit',
    );
  }
  if (!vcols.known.has('visit_wk') && !vcols.known.has('visit_date')) {
    issues.add(
      null,
      'visit_wk',
      null,
      'is missing: give the week of each assessment (visit_wk) or its date (visit_date, with start_date)',
    );
  }
  const dated = [...vcols.known.keys(), ...(pcols ? [...pcols.known.keys()] : [])].filter(
    (name) => name in DATE_WEEK,
  );
  if (dated.length > 0 && !has('start_date')) {
    issues.add(
      null,
      'start_date',
      null,
      `is missing; it is needed to convert ${[...new Set(dated)].join(', ')} to weeks`,
    );
  }
  if (patientsSource && pcols && !pcols.known.has('id')) {
    patientsSource.issues.add(
      null,
      'id',
      null,
      'is a required column of a patients file and is missing',
    );
  }
  if (issues.count + (patientsSource?.issues.count ?? 0) > before) return null;

  const patients = new Map<string, Patient>();
  const givenBest = new Map<string, { code: string; row: number }>();
  if (patientsSource && pcols) readPatientsTable(patientsSource, pcols, patients, givenBest);
  const listed = new Set(patients.keys());
  const order: string[] = patientsSource ? [...listed] : [];
  const levelColumns = PATIENT_LEVEL_COLUMNS.filter((name) => vcols.known.has(name));
  const notListed = new Map<string, number>();

  for (const { row, cells } of visits.table.rows) {
    const id = read(cells, vcols.known.get('id'), row, issues);
    if (id === null) issues.add(row, 'id', null, 'is empty; every row needs the patient id');
    const response = read(cells, vcols.known.get('response'), row, issues);
    if (response === null) {
      issues.add(
        row,
        'response',
        null,
        'is empty; expected the response assessed at this visit (CR, PR, IMP, SD, NR, PD or NE)',
      );
    }
    const week = read(cells, vcols.known.get('visit_wk'), row, issues);
    const date = read(cells, vcols.known.get('visit_date'), row, issues);
    const label = read(cells, vcols.known.get('visit'), row, issues);
    if (typeof id !== 'string') continue;
    let patient = patients.get(id);
    if (patient === undefined) {
      if (patientsSource) {
        if (!notListed.has(id)) notListed.set(id, row);
        continue;
      }
      patient = newPatient(id);
      patients.set(id, patient);
      order.push(id);
    }
    patient.rows.push(row);
    for (const name of levelColumns) {
      const col = vcols.known.get(name)!;
      const value = read(cells, col, row, issues);
      if (value === undefined || value === null) continue;
      const earlier = patient.level.get(name);
      if (earlier === undefined) {
        patient.level.set(name, { value, row, raw: cells[col.index], fromPatients: false });
      } else if (earlier.value !== value) {
        const where = earlier.fromPatients
          ? `the patients file (row ${earlier.row})`
          : `row ${earlier.row}`;
        issues.add(
          row,
          name,
          cellText(cells[col.index]),
          `differs from ${where} (${cellText(earlier.raw)}) for patient ${id}; a patient-level column must be the same on each of the patient's rows (or blank)`,
        );
      }
    }
    for (const { name, index } of vcols.extras) {
      const text = readText(cells[index]);
      if (typeof text !== 'string') continue;
      const earlier = patient.extra.get(name);
      if (earlier === undefined) patient.extra.set(name, { value: text, row });
      else if (earlier !== 'varies' && earlier.value !== text) patient.extra.set(name, 'varies');
    }
    if (response === undefined || response === null || week === undefined || date === undefined)
      continue;
    const weekCol = vcols.known.get('visit_wk');
    const dateCol = vcols.known.get('visit_date');
    patient.visits.push({
      row,
      week: typeof week === 'number' ? week : null,
      date: typeof date === 'number' ? date : null,
      response: response as VisitResponse,
      label: typeof label === 'string' ? label : null,
      rawWeek: weekCol ? cells[weekCol.index] : undefined,
      rawDate: dateCol ? cells[dateCol.index] : undefined,
    });
  }
  const patientsFile = patientsSource?.issues.file ?? '';
  for (const [id, row] of notListed) {
    issues.add(
      row,
      'id',
      id,
      `is not in the patients file ${patientsFile}; every patient with visits needs a row there`,
    );
  }

  const records: VisitRecord[] = [];
  const rowOf = new Map<string, number>();
  const varying = new Set<string>();
  let outOfOrder = 0;
  let firstOutOfOrder = '';
  for (const id of order) {
    const patient = patients.get(id)!;
    const where = patient.rows[0] ?? patient.patientsRow ?? 0;
    rowOf.set(id, where);
    const level = (name: string): Level | undefined => patient.level.get(name);
    const start = level('start_date');
    /** A date as weeks from start, reporting a date before start or a missing start. */
    const weeksFrom = (
      days: number,
      column: string,
      row: number,
      raw: unknown,
      list: IssueList,
    ): number | null => {
      if (start === undefined || typeof start.value !== 'number') {
        list.add(
          row,
          column,
          cellText(raw),
          `cannot be converted to weeks: start_date is blank for patient ${id}`,
        );
        return null;
      }
      if (days < start.value) {
        list.add(
          row,
          column,
          cellText(raw),
          `is before start_date ${cellText(start.raw)} of patient ${id}; times are weeks from the start of treatment`,
        );
        return null;
      }
      return (days - start.value) / 7;
    };
    const levelWeeks = (weekName: string): number | null => {
      const given = level(weekName);
      const dateName = Object.keys(DATE_WEEK).find((d) => DATE_WEEK[d] === weekName);
      const dated = dateName ? level(dateName) : undefined;
      let fromDate: number | null = null;
      if (dated && typeof dated.value === 'number') {
        const list = dated.fromPatients ? patientsSource!.issues : issues;
        fromDate = weeksFrom(dated.value, dateName!, dated.row, dated.raw, list);
      }
      if (given && typeof given.value === 'number') {
        if (fromDate !== null && Math.abs(fromDate - given.value) > AGREE_WK) {
          const list = dated!.fromPatients ? patientsSource!.issues : issues;
          list.add(
            dated!.row,
            dateName!,
            cellText(dated!.raw),
            `is ${showTime(fromDate, 'days')} after start_date but ${weekName} is ${at(given.value, weekName)}; give one or make them agree`,
          );
        }
        return given.value;
      }
      return fromDate;
    };
    const deathWk = levelWeeks('death_wk');
    const followupWk = levelWeeks('followup_wk');
    const assessments: Assessment[] = [];
    /** Each assessment's time column and cell as the file has it. */
    const raw = new Map<number, [string, unknown]>();
    /** Each assessment's time in a message, in its column's unit (days when from its date). */
    const when = new Map<number, (weeks: number) => string>();
    for (const v of patient.visits) {
      let week = v.week;
      when.set(v.row, (w) => (v.week !== null ? at(w, 'visit_wk') : showTime(w, 'days')));
      if (v.date !== null) {
        const fromDate = weeksFrom(v.date, 'visit_date', v.row, v.rawDate, issues);
        if (week === null) week = fromDate;
        else if (fromDate !== null && Math.abs(fromDate - week) > AGREE_WK) {
          issues.add(
            v.row,
            'visit_date',
            cellText(v.rawDate),
            `is ${showTime(fromDate, 'days')} after start_date but visit_wk is ${at(week, 'visit_wk')}; give one or make them agree`,
          );
        }
      } else if (week === null) {
        issues.add(
          v.row,
          vcols.known.has('visit_wk') ? 'visit_wk' : 'visit_date',
          null,
          'is empty; each assessment needs its week (or its date)',
        );
      }
      if (week === null) continue;
      if (deathWk !== null && week > deathWk + 1e-9) {
        issues.add(
          v.row,
          v.date !== null ? 'visit_date' : 'visit_wk',
          cellText(v.date !== null ? v.rawDate : v.rawWeek),
          `is after the death of patient ${id} (${at(deathWk, 'death_wk')}); no assessment can follow death`,
        );
        continue;
      }
      if (followupWk !== null && week > followupWk + 1e-9) {
        issues.add(
          v.row,
          v.date !== null ? 'visit_date' : 'visit_wk',
          cellText(v.date !== null ? v.rawDate : v.rawWeek),
          `is after the last follow-up of patient ${id} (${at(followupWk, 'followup_wk')}); no assessment may follow it`,
        );
        continue;
      }
      assessments.push({ week, response: v.response, row: v.row });
      raw.set(v.row, v.week !== null ? ['visit_wk', v.rawWeek] : ['visit_date', v.rawDate]);
    }
    if (assessments.some((a, i) => i > 0 && a.week < assessments[i - 1].week)) {
      outOfOrder += 1;
      if (firstOutOfOrder === '')
        firstOutOfOrder = `patient ${id}, rows ${patient.rows.join(', ')}`;
    }
    const sorted = [...assessments].sort((a, b) => a.week - b.week || a.row - b.row);
    const kept: Assessment[] = [];
    for (const a of sorted) {
      const twin = kept.find((k) => Math.abs(k.week - a.week) < 1e-9);
      if (twin === undefined) kept.push(a);
      else if (twin.response === a.response) {
        const [column, cell] = raw.get(a.row)!;
        warnings.add(
          a.row,
          column,
          cellText(cell),
          `repeats the assessment of row ${twin.row} (${a.response} at the same time) for patient ${id}; counted once`,
        );
      } else {
        issues.add(
          a.row,
          'response',
          a.response,
          `conflicts with row ${twin.row} (${twin.response}) at the same time, ${when.get(a.row)!(a.week)}, for patient ${id}; give one assessment per visit`,
        );
      }
    }
    const labelled = patient.visits.filter(
      (v) => v.label !== null && /^\d+(\.\d+)?$/.test(v.label),
    );
    if (labelled.length === patient.visits.length && labelled.length > 1) {
      const byRow = new Map(kept.map((a) => [a.row, a]));
      const timed = labelled
        .filter((v) => byRow.has(v.row))
        .sort((a, b) => byRow.get(a.row)!.week - byRow.get(b.row)!.week);
      for (let i = 1; i < timed.length; i += 1) {
        if (Number(timed[i].label) < Number(timed[i - 1].label)) {
          issues.add(
            timed[i].row,
            'visit',
            timed[i].label,
            `is at ${when.get(timed[i].row)!(byRow.get(timed[i].row)!.week)}, later than visit ${timed[i - 1].label} (row ${timed[i - 1].row}) at ${when.get(timed[i - 1].row)!(byRow.get(timed[i - 1].row)!.week)}, for patient ${id}; visits are out of order — check their numbers and times`,
          );
          break;
        }
      }
    }
    if (patient.rows.length === 0 && patientsSource) {
      patientsSource.warnings.add(
        patient.patientsRow,
        'id',
        id,
        'has no assessments in the visits file; best response NE',
      );
    }
    const extra: Record<string, string> = {};
    for (const [name, value] of patient.extra) {
      if (value === 'varies') varying.add(name);
      else extra[name] = value.value;
    }
    const num = (name: string): number | null => {
      const value = level(name)?.value;
      return typeof value === 'number' ? value : null;
    };
    const flag = (name: string): boolean | null => {
      const value = level(name)?.value;
      return typeof value === 'boolean' ? value : null;
    };
    const sex = level('sex')?.value;
    records.push({
      id,
      assessments: kept,
      deathWk,
      followupWk,
      fields: {
        age: num('age'),
        sex: (sex === 'F' || sex === 'M' ? sex : null) as Sex,
        feverBaseline: flag('fever_baseline'),
        feverResolvedWk: levelWeeks('fever_resolved_wk'),
        gcBaselineMg: num('gc_baseline_mg'),
        gcHalvedWk: levelWeeks('gc_halved_wk'),
        saeRelated: flag('sae_related'),
        extra,
      },
    });
  }
  if (outOfOrder > 0) {
    warnings.add(
      null,
      null,
      null,
      `lists the visits of ${outOfOrder === 1 ? '1 patient' : `${outOfOrder} patients`} out of time order (first: ${firstOutOfOrder}); they are read in time order`,
    );
  }
  if (varying.size > 0) {
    for (const record of records) for (const name of varying) delete record.fields!.extra![name];
    warnings.add(
      null,
      [...varying].join(', '),
      null,
      'varies between the visits of a patient; kept only in the source rows, not as a patient-level column',
    );
  }
  if (issues.count + (patientsSource?.issues.count ?? 0) > before) return null;
  const columns = new Set<string>();
  for (const name of [...levelColumns, ...(pcols ? [...pcols.known.keys()] : [])]) {
    columns.add(DATE_WEEK[name] ?? name);
  }
  return { records, rowOf, columns, givenBest, unitOf };
}
