import type { Patient } from './cohort.ts';

/** An extra column that can group patients: its name and its levels with their counts. */
export interface CategoricalColumn {
  name: string;
  levels: { value: string; count: number }[];
  /** Patients without a value in this column. */
  missing: number;
}

/**
 * The extra (unrecognised) columns of a cohort that can be used to group its patients: those
 * with 2 to `maxLevels` distinct values that are not all numbers and not unique per patient
 * (an id or free text), levels in order of first appearance. Numbers-only columns are
 * measurements, not groups.
 * @example categoricalColumns(patients) // [{ name: 'arm', levels: [{ value: 'A', count: 9 }, { value: 'B', count: 9 }], missing: 0 }]
 */
export function categoricalColumns(
  patients: readonly Patient[],
  { maxLevels = 12 }: { maxLevels?: number } = {},
): CategoricalColumn[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const p of patients) {
    for (const name of Object.keys(p.extra)) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
  }
  const result: CategoricalColumn[] = [];
  for (const name of names) {
    const counts = new Map<string, number>();
    let missing = 0;
    for (const p of patients) {
      const value = Object.hasOwn(p.extra, name) ? p.extra[name].trim() : '';
      if (value === '') missing += 1;
      else counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    const filled = patients.length - missing;
    const numeric = [...counts.keys()].every((v) => Number.isFinite(Number(v)));
    if (counts.size < 2 || counts.size > maxLevels || numeric) continue;
    if (counts.size === filled && filled > 2) continue;
    result.push({
      name,
      levels: [...counts].map(([value, count]) => ({ value, count })),
      missing,
    });
  }
  return result;
}
