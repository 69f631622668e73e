import type { ColumnMapping } from './columnMapping.ts';

/**
 * The headers a mapping names that its tables lack (the main table for `columns`, the second
 * for `patient_columns`), compared as the importer compares them (trimmed, case-insensitive):
 * empty when the mapping fits the tables.
 * @example missingColumns({ columns: { id: 'Patient' }, … }, [{ columns: ['Subject'] }]) // ['Patient']
 */
export function missingColumns(
  mapping: ColumnMapping,
  tables: readonly { columns: readonly string[] }[],
): string[] {
  const key = (text: string) => text.trim().toLowerCase();
  const missing: string[] = [];
  const check = (named: Partial<Record<string, string>> | undefined, index: number) => {
    if (named === undefined) return;
    const have = new Set((tables[index]?.columns ?? []).map(key));
    for (const header of Object.values(named)) {
      if (header !== undefined && !have.has(key(header))) missing.push(header);
    }
  };
  check(mapping.columns, 0);
  check(mapping.patient_columns, 1);
  return missing;
}
