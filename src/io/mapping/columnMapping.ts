import type { ResponseCode } from '../../engine/cohort.ts';
import type { TimeUnit } from '../../engine/timeUnit.ts';
import type { VisitResponse } from '../../engine/visits/visitResponse.ts';

/** The version of the mapping format this code reads and writes. */
export const MAPPING_VERSION = 1;

/** How a file is laid out: one row per patient, or one row per patient and assessment. */
export type Layout = 'patients' | 'visits';

/** Date formats a mapping can read besides ISO 8601. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * How a user's table becomes Cohortscope's input: which column gives each documented field,
 * the unit of its times, the format of its dates, and what its codes mean. It is plain JSON
 * (`MAP.json`): the Load tab edits it, links and bundles carry it, and the CLI reads it
 * (`analyze FILE --map MAP.json`). See the README's "Column mapping".
 * @example { version: 1, layout: 'visits', time_unit: 'days',
 *   columns: { id: 'Patient ID', visit_wk: 'Day', response: 'Assessment' },
 *   values: { response: { 'Complete remission': 'CR', 'Partial remission': 'PR' } } }
 */
export interface ColumnMapping {
  version: typeof MAPPING_VERSION;
  layout: Layout;
  /** For a spreadsheet: the sheet to read (several sheets need a choice). */
  sheet?: string;
  /** For a spreadsheet: the header row (1-based) when it is not found by itself. */
  header_row?: number;
  /** Field → the column that gives it, by its header as written (case-insensitive). */
  columns: Partial<Record<string, string>>;
  /** Unit of every time column (default weeks). */
  time_unit: TimeUnit;
  /** A unit for one field that differs from `time_unit` (a file with mixed units). */
  units?: Partial<Record<string, TimeUnit>>;
  /** Format of text dates (default YYYY-MM-DD; spreadsheet date cells need none). */
  date_format?: DateFormat;
  /** What each value of a coded column means; keys match case-insensitively, trimmed. */
  values?: {
    response?: Record<string, VisitResponse>;
    best_response?: Record<string, ResponseCode>;
    sex?: Record<string, 'F' | 'M'>;
  };
  /** For a second, patient-level table (`analyze patients.csv visits.csv`): its columns. */
  patient_columns?: Partial<Record<string, string>>;
}
