import type { RawTable } from './rawTable.ts';

/** The cohort's name and source: from the options, the file (JSON), or the file name. */
export function cohortNames(
  file: string,
  options: { name?: string; source?: string },
  table?: RawTable,
): { name: string; source: string } {
  const base = file.split(/[\\/]/).pop() ?? file;
  return {
    name: options.name ?? table?.name ?? (base.replace(/\.[^.]*$/, '') || base),
    source: options.source ?? table?.source ?? `Uploaded file ${base}`,
  };
}
