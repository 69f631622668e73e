/** Names of a sheet of assessments: visits, assessments, ADaM's ADRS. */
const VISITS = /visit|assess|\badrs\b/i;
/** Names of a sheet of patients: patients, subjects, ADaM's ADSL. */
const PATIENTS = /\b(patients?|subjects?|adsl)\b/i;

/** The sheets the sheet chooser starts with: the one to read, and a patients sheet beside it. */
export interface SheetPreset {
  /** The sheet to read (always one of the sheets, or `''` when there are none). */
  main: string;
  /** A patients sheet beside a visits sheet, or `''` for none. */
  second: string;
  /** Whether a choice was made by the sheets' names (so the chooser can say so). */
  byName: boolean;
}

/**
 * Which sheets of a workbook the sheet chooser starts with, by their names: the first sheet named
 * like visits (`Visits`, `Assessments`, `ADRS`), with beside it the one sheet named like patients
 * (`Patients`, `patients`, `Subjects`, `ADSL`) when exactly one is; without a visits sheet, the one
 * sheet named like patients, else the first sheet. Two sheets named like patients are not told
 * apart: none is chosen beside the visits. The user can change every choice.
 * @example presetSheets(['Notes', 'Patients', 'Visits']) // { main: 'Visits', second: 'Patients', byName: true }
 * @example presetSheets(['Notes', 'Patients']) // { main: 'Patients', second: '', byName: true }
 */
export function presetSheets(sheets: readonly string[]): SheetPreset {
  const patients = sheets.filter((s) => PATIENTS.test(s) && !VISITS.test(s));
  const only = patients.length === 1 ? patients[0] : '';
  const visits = sheets.find((s) => VISITS.test(s));
  if (visits !== undefined) return { main: visits, second: only, byName: true };
  if (only !== '') return { main: only, second: '', byName: true };
  return { main: sheets[0] ?? '', second: '', byName: false };
}
