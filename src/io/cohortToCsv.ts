import type { Cohort } from '../engine/cohort.ts';
import { cohortCsvChunks } from './cohortCsvChunks.ts';

/**
 * Writes a cohort as its canonical CSV, in one piece: the header, then one row per patient, each
 * line ending with a line break (the columns, their order and the guard against formula
 * injection are `cohortCsvChunks`'s).
 * Example: `cohortToCsv(cohort)` starts with `id,best_response,response_wk,followup_wk`.
 */
export function cohortToCsv(cohort: Cohort): string {
  return [...cohortCsvChunks(cohort)].join('');
}
