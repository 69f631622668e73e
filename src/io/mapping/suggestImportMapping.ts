import type { RawTable } from '../rawTable.ts';
import { PATIENT_LEVEL_COLUMNS } from '../visits/visitColumns.ts';
import type { ColumnMapping, Layout } from './columnMapping.ts';
import { mappingGaps } from './mappingGaps.ts';
import { suggestMapping, type MappingSuggestion } from './suggestMapping.ts';

/** A suggested mapping of one table, or of a visits table with a patients table. */
export interface ImportSuggestion {
  /** The suggestion for the first table (the visits table when there are two). */
  main: MappingSuggestion;
  /**
   * For a second, patient-level table: its suggestion, reduced to the patient-level fields
   * (what is left open is in {@link open}, for both tables together).
   */
  patients: MappingSuggestion | null;
  /** Both together, as one MAP.json (`patient_columns` for the second table). */
  mapping: ColumnMapping;
  /** Whether nothing is left for the user to decide. */
  complete: boolean;
  /** What is left, in words, for both tables. */
  open: string[];
}

const PATIENT_FIELDS = new Set(['id', ...PATIENT_LEVEL_COLUMNS]);

/**
 * Suggests the mapping of one table (`suggestMapping`), or of a visits table and a table of
 * patient-level facts: the first is read as one row per assessment, the second as one row per
 * patient whose patient-level fields (id, dates, death, follow-up, age, sex, …) go to the
 * mapping's `patient_columns`. The CLI's `map` command and the app's mapping step both call it.
 * @example suggestImportMapping(visits, patients).mapping.patient_columns // { id: 'Patient', start_date: 'Start of treatment', … }
 */
export function suggestImportMapping(
  main: RawTable,
  second?: RawTable,
  options: { layout?: Layout } = {},
): ImportSuggestion {
  const first = suggestMapping(main, { layout: second ? 'visits' : options.layout });
  if (!second) {
    return {
      main: first,
      patients: null,
      mapping: first.mapping,
      complete: first.complete,
      open: first.open,
    };
  }
  const full = suggestMapping(second, { layout: 'patients' });
  const keep = (field: string) => PATIENT_FIELDS.has(field);
  const mapping: ColumnMapping = {
    ...first.mapping,
    patient_columns: Object.fromEntries(
      Object.entries(full.mapping.columns).filter(([field]) => keep(field)),
    ),
  };
  const sexValues = full.mapping.values?.sex;
  if (sexValues && !mapping.values?.sex) mapping.values = { ...mapping.values, sex: sexValues };
  const values = full.values.filter((v) => keep(v.field));
  const open = mappingGaps(mapping, [...first.values, ...values]);
  const patients: MappingSuggestion = {
    ...full,
    fields: full.fields.filter((f) => keep(f.field)),
    values,
    open: [],
    complete: true,
  };
  return { main: first, patients, mapping, complete: open.length === 0, open };
}
