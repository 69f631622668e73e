import type { Cohort } from '../engine/cohort.ts';
import type { Derivation } from '../engine/visits/derivePatients.ts';
import { adamKind, type AdamKind } from './adam/adamKind.ts';
import { readAdam, type DorDisagreement } from './adam/readAdam.ts';
import { cohortFromTable } from './cohortFromTable.ts';
import { cohortNames } from './cohortNames.ts';
import { cohortToCsv } from './cohortToCsv.ts';
import { knownColumn } from './columns.ts';
import { fileIssue } from './fileIssue.ts';
import type { ImportIssue } from './issue.ts';
import { locateIssues } from './locateIssues.ts';
import { applyMapping, type UnmappedValue } from './mapping/applyMapping.ts';
import type { ColumnMapping } from './mapping/columnMapping.ts';
import { suggestMapping, type MappingSuggestion } from './mapping/suggestMapping.ts';
import type { RawTable } from './rawTable.ts';
import { readSources, type SourceFile } from './readSources.ts';
import { cohortFromVisits } from './visits/cohortFromVisits.ts';
import { readVisitTables, type SourceTable } from './visits/readVisitTables.ts';
import { visitColumn } from './visits/visitColumns.ts';

/** A table of assessments as read from its file, for showing a derivation's source rows. */
export interface AssessmentTable {
  file: string;
  sheet?: string;
  table: RawTable;
}

/** How the input was laid out: one row per patient, visit-level records, or ADaM datasets. */
export type InputFormat = 'patients' | 'visits' | 'adam';

/** Options of `importFiles`. */
export interface ImportOptions {
  /** How the columns map onto the documented fields; without it the headers must be the documented ones. */
  mapping?: ColumnMapping;
  /** For a workbook: the sheet (or sheets, comma-separated) to read; the mapping's `sheet` otherwise. */
  sheet?: string;
  /** RECIST confirmation for visit-level input: weeks between a response and its confirmation. */
  confirmWk?: number | null;
  name?: string;
  source?: string;
}

/** A cohort read from files, or what stopped it and what the user can do about it. */
export type ImportOutcome =
  | {
      ok: true;
      format: InputFormat;
      cohort: Cohort;
      /** The cohort as the app's normalised CSV (links and saved sessions carry it). */
      csv: string;
      warnings: ImportIssue[];
      /** For visit-level and ADaM input: how each patient was derived from its rows. */
      derivations?: Derivation[];
      /** For ADaM input with ADTTE: patients whose ADTTE duration of response differs from ADRS. */
      disagreements?: DorDisagreement[];
      /**
       * For visit-level and ADaM input: the table the derivations' rows point into (the visits
       * table, or ADRS), as the file has it (its own headers and codes, before any mapping).
       */
      assessmentTable?: AssessmentTable;
    }
  | {
      ok: false;
      issues: ImportIssue[];
      /** A workbook whose sheet must be chosen: its sheets. */
      sheets?: { file: string; sheets: string[] };
      /** When the headers are not the documented ones: a mapping to show, edit and apply. */
      suggestion?: MappingSuggestion;
      /** Coded values the mapping does not translate, for the mapping step to offer. */
      unmapped?: UnmappedValue[];
    };

const lists = (t: SourceTable, sourceOf?: Record<string, string>) => ({
  issues: locateIssues(t.issues.list(), t.table, sourceOf),
  warnings: locateIssues(t.warnings.list(), t.table, sourceOf),
});

const tableOf = (t: SourceTable): AssessmentTable => ({
  file: t.issues.file,
  ...(t.issues.sheet !== undefined ? { sheet: t.issues.sheet } : {}),
  table: t.table,
});

const hasVisitShape = (columns: readonly string[]): boolean => {
  const names = new Set(columns.map((c) => visitColumn(c)?.name));
  return names.has('response') && (names.has('visit_wk') || names.has('visit_date'));
};

const findHeader = (t: SourceTable, header: string | undefined): boolean =>
  header !== undefined &&
  t.table.columns.some((c) => c.trim().toLowerCase() === header.trim().toLowerCase());

/**
 * Reads a cohort from one or more files as people keep them — the one-row-per-patient format,
 * visit-level records (one file, or a visits file and a patients file), or ADaM datasets
 * (ADSL, ADRS, ADTTE, as CSV or `.xpt`), in CSV, TSV, JSON, `.xlsx`/`.ods` or SAS transport —
 * following a column mapping when the headers are the user's own. Patients are derived from
 * visits by `derivePatients`, the one derivation. Never throws: a refusal lists every problem
 * with file, sheet, row, column (as the user named it), value and what is allowed; for a
 * workbook it gives the sheets to choose from, for unknown headers a suggested mapping, and for
 * untranslated codes the values to map.
 * Reference: the README's input format and column mapping.
 * @example await importFiles([{ name: 'visits.csv', data: text }], { confirmWk: 4 })
 */
export async function importFiles(
  files: readonly SourceFile[],
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const first = files[0]?.name ?? 'input';
  try {
    return await importAll(files, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [fileIssue(first, `could not be read (${detail})`)],
    };
  }
}

async function importAll(
  files: readonly SourceFile[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  if (files.length === 0) {
    return { ok: false, issues: [fileIssue('input', 'no file was given')] };
  }
  const mapping = options.mapping;
  const read = await readSources(files, {
    sheet: options.sheet ?? mapping?.sheet,
    headerRow: mapping?.header_row,
  });
  if (!read.ok) return read;
  const tables = read.tables;
  const names = cohortNames(files[0].name, options, tables[0].table);
  const done = (
    format: InputFormat,
    cohort: Omit<Cohort, 'name' | 'source'>,
    warnings: ImportIssue[],
    extra: {
      derivations?: Derivation[];
      disagreements?: DorDisagreement[];
      assessmentTable?: AssessmentTable;
    } = {},
  ): ImportOutcome => {
    const full: Cohort = { ...names, patients: cohort.patients, columns: cohort.columns };
    return { ok: true, format, cohort: full, csv: cohortToCsv(full), warnings, ...extra };
  };

  const kinds = tables.map((t) => adamKind(t.table.columns));
  if (!mapping && kinds.some((k) => k !== null)) {
    const byKind = new Map<AdamKind, SourceTable>();
    const issues: ImportIssue[] = [];
    tables.forEach((t, i) => {
      const kind = kinds[i];
      const file = t.issues.file;
      if (kind === null) {
        issues.push(
          fileIssue(
            file,
            'is not an ADaM dataset Cohortscope reads (ADSL, ADRS or ADTTE) but was given with ADaM datasets; give the ADaM datasets alone',
          ),
        );
      } else if (byKind.has(kind)) {
        issues.push(
          fileIssue(
            file,
            `is a second ${kind} (the first is ${byKind.get(kind)!.issues.file}); give one of each`,
          ),
        );
      } else byKind.set(kind, t);
    });
    for (const kind of ['ADSL', 'ADRS'] as const) {
      if (!byKind.has(kind)) {
        issues.push(
          fileIssue(
            tables.map((t) => t.issues.file).join(', '),
            `has no ${kind} (${kind === 'ADSL' ? 'subject-level: USUBJID, TRTSDT' : 'response: USUBJID, PARAMCD, AVALC, ADT'}); an ADaM cohort needs ADSL and ADRS (and ADTTE for a given duration of response)`,
          ),
        );
      }
    }
    if (issues.length > 0) return { ok: false, issues };
    const adsl = byKind.get('ADSL')!;
    const adrs = byKind.get('ADRS')!;
    const adtte = byKind.get('ADTTE');
    const sourceOf = { adsl: {}, adrs: {} };
    const adam = readAdam({ adsl, adrs, adtte }, { confirmWk: options.confirmWk }, sourceOf);
    const collected = [
      lists(adsl, sourceOf.adsl),
      lists(adrs, sourceOf.adrs),
      ...(adtte ? [lists(adtte)] : []),
    ];
    if (adam === null) return { ok: false, issues: collected.flatMap((c) => c.issues) };
    return done(
      'adam',
      adam,
      collected.flatMap((c) => c.warnings),
      {
        derivations: adam.derivations,
        disagreements: adam.disagreements,
        assessmentTable: tableOf(adrs),
      },
    );
  }

  if (tables.length > 2) {
    return {
      ok: false,
      issues: [
        fileIssue(
          tables.map((t) => t.issues.file).join(', '),
          `are ${tables.length} tables; give one cohort file, a visits file with a patients file, or ADaM datasets`,
        ),
      ],
    };
  }

  let visits: SourceTable | undefined;
  let patients: SourceTable | undefined;
  if (tables.length === 2) {
    const isVisits = (t: SourceTable) =>
      mapping ? findHeader(t, mapping.columns.response) : hasVisitShape(t.table.columns);
    const v = tables.findIndex(isVisits);
    if (v < 0 || (mapping && mapping.layout !== 'visits')) {
      return {
        ok: false,
        issues: [
          fileIssue(
            tables.map((t) => t.issues.file).join(', '),
            'two tables are read as a visits table (id, visit_wk or visit_date, response) and a patients table; neither has the columns of a visits table',
          ),
        ],
      };
    }
    visits = tables[v];
    patients = tables[1 - v];
  } else if (mapping ? mapping.layout === 'visits' : hasVisitShape(tables[0].table.columns)) {
    visits = tables[0];
  }

  if (visits) {
    let visitsTable = visits;
    let patientsTable = patients;
    const sourceOf: Record<string, string> = {};
    const patientsSourceOf: Record<string, string> = {};
    let unmapped: UnmappedValue[] = [];
    if (mapping) {
      const applied = applyMapping(visits.table, mapping, 'columns', visits.issues);
      unmapped = applied.unmapped;
      Object.assign(sourceOf, applied.sourceOf);
      if (applied.mapped) visitsTable = { ...visits, table: applied.mapped.table };
      if (patients && mapping.patient_columns) {
        const appliedPatients = applyMapping(
          patients.table,
          mapping,
          'patient_columns',
          patients.issues,
        );
        unmapped.push(...appliedPatients.unmapped);
        Object.assign(patientsSourceOf, appliedPatients.sourceOf);
        if (appliedPatients.mapped)
          patientsTable = { ...patients, table: appliedPatients.mapped.table };
      }
    }
    const refusal = (): ImportOutcome => ({
      ok: false,
      issues: [
        ...locateIssues(visits!.issues.list(), visits!.table, sourceOf),
        ...(patients ? locateIssues(patients.issues.list(), patients.table, patientsSourceOf) : []),
      ],
      ...(unmapped.length > 0 ? { unmapped } : {}),
    });
    if (visits.issues.count + (patients?.issues.count ?? 0) > 0) return refusal();
    const recordsRead = readVisitTables(visitsTable, patientsTable);
    const cohort =
      recordsRead && cohortFromVisits(recordsRead, options, visitsTable, patientsTable);
    if (!cohort) return refusal();
    const warnings = [
      ...locateIssues(visits.warnings.list(), visits.table, sourceOf),
      ...(patients ? locateIssues(patients.warnings.list(), patients.table, patientsSourceOf) : []),
    ];
    return done('visits', cohort, warnings, {
      derivations: cohort.derivations,
      assessmentTable: tableOf(visits),
    });
  }

  const only = tables[0];
  if (mapping) {
    const applied = applyMapping(only.table, mapping, 'columns', only.issues);
    if (!applied.mapped) {
      const { issues } = lists(only, applied.sourceOf);
      return {
        ok: false,
        issues,
        ...(applied.unmapped.length > 0 ? { unmapped: applied.unmapped } : {}),
      };
    }
    const result = cohortFromTable(applied.mapped.table, only.issues, only.warnings);
    const located = lists(only, applied.mapped.sourceOf);
    if (result === null) return { ok: false, issues: located.issues };
    return done('patients', result, located.warnings);
  }
  const result = cohortFromTable(only.table, only.issues, only.warnings);
  const located = lists(only);
  if (result === null) {
    const documented = only.table.columns.filter((c) => knownColumn(c) !== undefined).length;
    const ownHeaders = documented < Math.min(3, only.table.columns.length);
    if (!ownHeaders && only.table.columns.some((c) => knownColumn(c)?.name === 'best_response')) {
      return { ok: false, issues: located.issues };
    }
    const own = only.table.columns.filter((c) => c !== '' && knownColumn(c) === undefined);
    const hint: ImportIssue = fileIssue(
      only.issues.file,
      `has its own column names (${own.slice(0, 8).join(', ')}${own.length > 8 ? ', …' : ''}); map them to the documented fields (the CLI: cohortscope map FILE > MAP.json, check it, then analyze FILE --map MAP.json)`,
    );
    if (only.issues.sheet !== undefined) hint.sheet = only.issues.sheet;
    return { ok: false, issues: [...located.issues, hint], suggestion: suggestMapping(only.table) };
  }
  return done('patients', result, located.warnings);
}
