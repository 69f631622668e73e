import { cohortToCsv } from './cohortToCsv.ts';
import { parseCohort, type ParseOptions, type ParseResult } from './parseCohort.ts';

/** A parsed cohort with its normalised CSV, or the issues that refused it. */
export type ImportResult =
  (Extract<ParseResult, { ok: true }> & { csv: string }) | Extract<ParseResult, { ok: false }>;

/**
 * Parses and validates a cohort file (`parseCohort`) and, when it is accepted, writes the cohort
 * back as the app's normalised CSV (`cohortToCsv`), which links and saved sessions carry. Both
 * steps cost time on large files, so the import worker runs them together.
 * Assumes what `parseCohort` assumes.
 * Reference: the input format in the README.
 * @example importCohort('id,best_response,followup_wk\nP1,NR,4', { fileName: 'a.csv' }).ok // true
 */
export function importCohort(text: string, options: ParseOptions): ImportResult {
  const parsed = parseCohort(text, options);
  return parsed.ok ? { ...parsed, csv: cohortToCsv(parsed.cohort) } : parsed;
}
