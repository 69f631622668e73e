import { dorObservations } from '../../engine/dorObservations.ts';
import type { Derivation } from '../../engine/visits/derivePatients.ts';
import { applyMapping, type UnmappedValue } from '../mapping/applyMapping.ts';
import { MAPPING_VERSION, type ColumnMapping } from '../mapping/columnMapping.ts';
import type { RawTable } from '../rawTable.ts';
import { cellText } from '../readPatient.ts';
import { showTime } from '../../engine/showTime.ts';
import { cohortFromVisits, type VisitCohort } from '../visits/cohortFromVisits.ts';
import { readVisitTables, type SourceTable } from '../visits/readVisitTables.ts';
import { adamDate } from './adamDate.ts';

/** The ADaM datasets of one study, each with its problem lists. */
export interface AdamSources {
  adsl: SourceTable;
  adrs: SourceTable;
  adtte?: SourceTable;
}

/** A patient whose duration of response in ADTTE differs from the derivation from ADRS. */
export interface DorDisagreement {
  id: string;
  adtte: { weeks: number; event: boolean };
  /** `null` when ADRS gives the patient no response. */
  derived: { weeks: number; event: boolean } | null;
}

/** The cohort an ADaM trio gives, with the ADTTE disagreements and the source column of each field. */
export interface AdamCohort extends VisitCohort {
  disagreements: DorDisagreement[];
  sourceOf: { adsl: Record<string, string>; adrs: Record<string, string> };
  unmapped: UnmappedValue[];
}

const OVERALL = new Set(['OVR', 'OVRLRESP', 'OVRRESP']);
const BEST = new Set(['BOR', 'BESTRESP']);
/** Duration-of-response parameters recognised in ADTTE. */
export const DOR_PARAMCDS = ['DOR', 'RSD', 'DURRESP', 'DURRSP', 'DRSP'];
/** Documented patient-level columns an ADSL may carry under their own names (weeks, 0/1, mg). */
const PASSED = [
  'fever_baseline',
  'fever_resolved_wk',
  'gc_baseline_mg',
  'gc_halved_wk',
  'sae_related',
];
const DROP = /^(USUBJID|STUDYID|SUBJID|TRTSDT|DTHDT|LSTALVDT|AGE|SEX)$|DTC$|DTM$|DT$|DY$/;
const AGREE_WK = 0.5 / 7;
const UNIT_DAYS: Record<string, number> = {
  DAYS: 1,
  DAY: 1,
  D: 1,
  WEEKS: 7,
  WEEK: 7,
  WK: 7,
  MONTHS: 30.4375,
  MONTH: 30.4375,
  YEARS: 365.25,
  YEAR: 365.25,
};

const upper = (cell: unknown): string =>
  typeof cell === 'string' ? cell.trim().toUpperCase() : String(cell ?? '');
const col = (table: RawTable, name: string): number =>
  table.columns.findIndex((c) => c.trim().toUpperCase() === name);
const isoOf = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);

/** A copy of `table` with its date variables rewritten as ISO dates (unreadable ones kept). */
function withIsoDates(table: RawTable, names: string[]): RawTable {
  const indexes = names.map((n) => col(table, n)).filter((i) => i >= 0);
  return {
    ...table,
    rows: table.rows.map(({ row, cells }) => {
      const out = [...cells];
      for (const i of indexes) {
        const days = adamDate(cells[i]);
        if (typeof days === 'number') out[i] = isoOf(days);
      }
      return { row, cells: out };
    }),
  };
}

function present(table: RawTable, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).filter(([, name]) => col(table, name) >= 0));
}

/**
 * Builds a cohort from ADaM datasets: ADSL gives each subject (`USUBJID`), the start of
 * treatment (`TRTSDT`), death (`DTHDT`), last follow-up (the later of `LSTALVDT` and `DTHDT`),
 * `AGE`, `SEX`, the documented patient-level columns under their own names (`GC_BASELINE_MG`,
 * `GC_HALVED_WK`, `FEVER_BASELINE`, `FEVER_RESOLVED_WK`, `SAE_RELATED`; times in weeks) and
 * its other character variables as extra columns; ADRS's overall response per
 * visit (`PARAMCD` OVR, `AVALC`, `ADT`; only `ANL01FL` = Y rows when the flag is present;
 * NON-CR/NON-PD counts as SD) is derived by `derivePatients` like any visit-level file; its `BOR`
 * rows are compared with the derivation. When ADTTE has a duration-of-response parameter
 * (`DOR`, `RSD`, …), its `AVAL` (days, or `AVALU`) and `CNSR` (0 = event) are used as given
 * from `STARTDT` (or the derived onset), and every patient where they differ from the
 * derivation (by more than half a day, or in event) is listed. Refuses subjects of ADRS or ADTTE
 * missing from ADSL, and everything a visit-level file is refused for.
 * Reference: CDISC ADaM IG v1.3; ADaM Basic Data Structure for Time-to-Event Analyses v1.0.
 * `sourceOf` is filled with the ADaM variable behind each field even when the data are refused.
 * Example: `readAdam({ adsl, adrs, adtte }, { confirmWk: null })`.
 */
export function readAdam(
  sources: AdamSources,
  options: { confirmWk?: number | null; values?: ColumnMapping['values'] },
  sourceOf: AdamCohort['sourceOf'] = { adsl: {}, adrs: {} },
): AdamCohort | null {
  const { adsl, adrs, adtte } = sources;
  const adslTable = withIsoDates(adsl.table, ['TRTSDT', 'DTHDT', 'LSTALVDT']);
  const death = col(adslTable, 'DTHDT');
  const alive = col(adslTable, 'LSTALVDT');
  const keep = adslTable.columns
    .map((name, index) => ({ name, index }))
    .filter(({ name, index }) => {
      const key = name.trim().toUpperCase();
      if (['USUBJID', 'TRTSDT', 'DTHDT', 'LSTALVDT', 'AGE', 'SEX'].includes(key)) return true;
      if (PASSED.includes(key.toLowerCase())) return true;
      if (DROP.test(key)) return false;
      return adslTable.rows.some(
        ({ cells }) =>
          typeof cells[index] === 'string' &&
          cells[index] !== '' &&
          !/^-?\d+(\.\d+)?$/.test(cells[index] as string),
      );
    });
  const adslKept: RawTable = {
    ...adslTable,
    columns: keep.map(({ name }) => name),
    rows: adslTable.rows.map(({ row, cells }) => {
      const out = keep.map(({ index }) => cells[index]);
      if (alive >= 0 && death >= 0) {
        const last = adamDate(cells[alive]);
        const died = adamDate(cells[death]);
        const at = keep.findIndex(({ index }) => index === alive);
        if (typeof last === 'number' && typeof died === 'number' && died > last)
          out[at] = isoOf(died);
      }
      return { row, cells: out };
    }),
  };
  const paramcd = col(adrs.table, 'PARAMCD');
  const flag = col(adrs.table, 'ANL01FL');
  const adrsTable = withIsoDates(adrs.table, ['ADT']);
  const adrsKeep = ['USUBJID', 'ADT', 'AVALC', 'AVISITN'].map((name) => col(adrsTable, name));
  const overall: RawTable = {
    ...adrsTable,
    columns: adrsKeep.filter((i) => i >= 0).map((i) => adrsTable.columns[i]),
    rows: adrsTable.rows
      .filter(
        ({ cells }) =>
          OVERALL.has(upper(cells[paramcd])) && (flag < 0 || upper(cells[flag]) === 'Y'),
      )
      .map(({ row, cells }) => ({
        row,
        cells: adrsKeep.filter((i) => i >= 0).map((i) => cells[i]),
      })),
  };
  if (overall.rows.length === 0) {
    adrs.issues.add(
      null,
      'PARAMCD',
      null,
      `has no overall response rows (PARAMCD ${[...OVERALL].join(', ')}); they give the response at each visit`,
    );
    return null;
  }
  const mapping: ColumnMapping = {
    version: MAPPING_VERSION,
    layout: 'visits',
    columns: present(overall, {
      id: 'USUBJID',
      visit_date: 'ADT',
      response: 'AVALC',
      visit: 'AVISITN',
    }),
    patient_columns: present(adslKept, {
      id: 'USUBJID',
      start_date: 'TRTSDT',
      death_date: 'DTHDT',
      last_followup_date: 'LSTALVDT',
      age: 'AGE',
      sex: 'SEX',
      ...Object.fromEntries(PASSED.map((name) => [name, name.toUpperCase()])),
    }),
    time_unit: 'days',
    units: { fever_resolved_wk: 'weeks', gc_halved_wk: 'weeks' },
    values: {
      ...options.values,
      response: {
        'NON-CR/NON-PD': 'SD',
        'NON CR/NON PD': 'SD',
        MISSING: 'NE',
        ...options.values?.response,
      },
    },
  };
  if (mapping.columns.visit_date === undefined) {
    adrs.issues.add(
      null,
      'ADT',
      null,
      'is missing; ADRS needs the analysis date of each assessment',
    );
  }
  if (mapping.patient_columns?.start_date === undefined) {
    adsl.issues.add(
      null,
      'TRTSDT',
      null,
      'is missing; ADSL needs the start of treatment to place each assessment in time',
    );
  }
  if (adrs.issues.count + adsl.issues.count > 0) return null;
  const visitsApplied = applyMapping(overall, mapping, 'columns', adrs.issues);
  const patientsApplied = applyMapping(adslKept, mapping, 'patient_columns', adsl.issues);
  const unmapped = [...visitsApplied.unmapped, ...patientsApplied.unmapped];
  Object.assign(sourceOf.adrs, visitsApplied.sourceOf);
  Object.assign(sourceOf.adsl, patientsApplied.sourceOf);
  if (!visitsApplied.mapped || !patientsApplied.mapped) {
    return null;
  }
  const visits = { ...adrs, table: visitsApplied.mapped.table };
  const patients = { ...adsl, table: patientsApplied.mapped.table };
  for (const { row, cells } of patients.table.rows) {
    if (
      cells[patients.table.columns.indexOf('start_date')] === '' ||
      cells[patients.table.columns.indexOf('start_date')] === undefined
    ) {
      adsl.issues.add(
        row,
        'start_date',
        null,
        `is empty for subject ${cellText(cells[0])}; the start of treatment is needed to place each assessment in time`,
      );
    }
  }
  if (adsl.issues.count > 0) return null;
  const read = readVisitTables(visits, patients);
  if (read === null) return null;
  const cohort = cohortFromVisits(read, options, visits, patients);
  if (cohort === null) return null;
  compareBest(adrs, adrsTable, cohort.derivations);
  const disagreements = adtte ? applyAdtte(adtte, adsl.table, cohort) : [];
  if (adtte && adtte.issues.count > 0) return null;
  return {
    ...cohort,
    disagreements,
    sourceOf,
    unmapped,
  };
}

function compareBest(adrs: SourceTable, table: RawTable, derivations: Derivation[]): void {
  const [id, paramcd, avalc] = ['USUBJID', 'PARAMCD', 'AVALC'].map((n) => col(table, n));
  const byId = new Map(derivations.map((d) => [d.id, d]));
  const differ: string[] = [];
  for (const { cells } of table.rows) {
    if (!BEST.has(upper(cells[paramcd]))) continue;
    const d = byId.get(String(cells[id]).trim());
    const given = upper(cells[avalc]).replace('NON-CR/NON-PD', 'SD');
    if (d && d.best !== null && given !== d.best && !(given === 'SD' && d.best === 'NR')) {
      differ.push(`${d.id} (BOR ${given}, derived ${d.best})`);
    }
  }
  if (differ.length > 0) {
    adrs.warnings.add(
      null,
      'AVALC',
      null,
      `BOR differs from the best response derived from the overall responses for ${differ.length} ${differ.length === 1 ? 'subject' : 'subjects'}: ${differ.slice(0, 10).join(', ')}${differ.length > 10 ? ', …' : ''}; the derived one is used`,
    );
  }
}

function applyAdtte(adtte: SourceTable, adsl: RawTable, cohort: VisitCohort): DorDisagreement[] {
  const t = adtte.table;
  const [id, paramcd, aval, cnsr, startdt, avalu] = [
    'USUBJID',
    'PARAMCD',
    'AVAL',
    'CNSR',
    'STARTDT',
    'AVALU',
  ].map((n) => col(t, n));
  const trt = new Map<string, number>();
  const adslId = col(adsl, 'USUBJID');
  const adslStart = col(adsl, 'TRTSDT');
  for (const { cells } of adsl.rows) {
    const start = adamDate(cells[adslStart]);
    if (typeof start === 'number') trt.set(String(cells[adslId]).trim(), start);
  }
  const byId = new Map(cohort.derivations.map((d, i) => [d.id, i]));
  const seen = new Map<string, number>();
  const disagreements: DorDisagreement[] = [];
  const issues = adtte.issues;
  let dorRows = 0;
  for (const { row, cells } of t.rows) {
    if (!DOR_PARAMCDS.includes(upper(cells[paramcd]))) continue;
    dorRows += 1;
    const subject = String(cells[id] ?? '').trim();
    const index = byId.get(subject);
    if (index === undefined) {
      issues.add(
        row,
        'USUBJID',
        subject,
        'is not a subject of ADSL; every ADTTE subject needs its ADSL row',
      );
      continue;
    }
    if (seen.has(subject)) {
      issues.add(
        row,
        'USUBJID',
        subject,
        `has a second duration-of-response record (the first is row ${seen.get(subject)}); give one per subject`,
      );
      continue;
    }
    seen.set(subject, row);
    const value =
      typeof cells[aval] === 'number'
        ? (cells[aval] as number)
        : Number(String(cells[aval] ?? '').trim());
    if (cells[aval] === '' || cells[aval] === undefined || !Number.isFinite(value) || value < 0) {
      issues.add(row, 'AVAL', cellText(cells[aval]), 'is not a duration; expected days ≥ 0');
      continue;
    }
    const censor = upper(cells[cnsr]);
    if (!/^\d+(\.0+)?$/.test(censor)) {
      issues.add(
        row,
        'CNSR',
        cellText(cells[cnsr]),
        'is not a censoring flag; expected 0 (event) or a positive integer (censored)',
      );
      continue;
    }
    const unit = avalu >= 0 && upper(cells[avalu]) !== '' ? UNIT_DAYS[upper(cells[avalu])] : 1;
    if (unit === undefined) {
      issues.add(
        row,
        'AVALU',
        cellText(cells[avalu]),
        'is not a unit; expected DAYS, WEEKS, MONTHS or YEARS',
      );
      continue;
    }
    const weeks = unit === 1 ? value / 7 : (value * unit) / 7;
    const event = Number(censor) === 0;
    const derivation = cohort.derivations[index];
    const patient = derivation.patient;
    const derivedDor =
      patient.responseWk === null ? undefined : dorObservations([patient], ['CR', 'PR', 'IMP'])[0];
    const derived = derivedDor ? { weeks: derivedDor.time, event: derivedDor.event } : null;
    if (!derived || Math.abs(derived.weeks - weeks) > AGREE_WK || derived.event !== event) {
      disagreements.push({ id: subject, adtte: { weeks, event }, derived });
    }
    if (patient.responseWk === null) continue;
    const startDays = startdt >= 0 ? adamDate(cells[startdt]) : null;
    const treated = trt.get(subject);
    let onset = patient.responseWk;
    if (typeof startDays === 'number' && treated !== undefined) {
      const given = (startDays - treated) / 7;
      if (Math.abs(given - onset) > AGREE_WK) {
        adtte.warnings.add(
          row,
          'STARTDT',
          cellText(cells[startdt]),
          `is ${showTime(given, 'days')} after TRTSDT but ADRS gives the first response of ${subject} at ${showTime(onset, 'days')}; the ADTTE start is used`,
        );
      }
      onset = given;
    }
    const end = onset + weeks;
    if (end > patient.followupWk + AGREE_WK) {
      issues.add(
        row,
        'AVAL',
        cellText(cells[aval]),
        `ends the response of ${subject} at ${showTime(end, 'days')}, after the last follow-up (${showTime(patient.followupWk, 'days')})`,
      );
      continue;
    }
    const diedThen = patient.deathWk !== null && Math.abs(patient.deathWk - end) <= AGREE_WK;
    cohort.patients[index] = {
      ...patient,
      responseWk: onset,
      crWk: patient.crWk !== null && patient.crWk < onset ? null : patient.crWk,
      lossWk: event && !diedThen ? end : null,
      lastAssessmentWk: event && diedThen ? patient.deathWk : end,
    };
  }
  if (dorRows === 0) {
    adtte.warnings.add(
      null,
      'PARAMCD',
      null,
      `has no duration-of-response parameter (${DOR_PARAMCDS.join(', ')}); duration of response is derived from ADRS`,
    );
  } else {
    const missing = cohort.derivations
      .filter((d) => d.patient.responseWk !== null && !seen.has(d.id))
      .map((d) => d.id);
    if (missing.length > 0) {
      adtte.warnings.add(
        null,
        'USUBJID',
        null,
        `has no duration-of-response record for ${missing.length} ${missing.length === 1 ? 'responder' : 'responders'} of ADRS (${missing.slice(0, 10).join(', ')}); theirs is derived from ADRS`,
      );
    }
  }
  if (disagreements.length > 0) {
    const show = (v: { weeks: number; event: boolean } | null) =>
      v === null
        ? 'no response'
        : `${showTime(v.weeks, 'days', { as: 'duration' })} ${v.event ? 'event' : 'censored'}`;
    adtte.warnings.add(
      null,
      'AVAL',
      null,
      `duration of response differs from the derivation from ADRS for ${disagreements.length} ${disagreements.length === 1 ? 'subject' : 'subjects'}: ${disagreements
        .slice(0, 10)
        .map((d) => `${d.id} (ADTTE ${show(d.adtte)}, ADRS ${show(d.derived)})`)
        .join('; ')}${disagreements.length > 10 ? '; …' : ''}; ADTTE is used`,
    );
  }
  return disagreements;
}
