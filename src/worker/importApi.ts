import type { ImportResult } from '../io/importCohort.ts';
import type { ParseOptions } from '../io/parseCohort.ts';

/** What the import worker exposes over comlink. */
export interface ImportWorkerApi {
  /** Parses, validates and normalises a cohort file (`importCohort`). */
  parse(text: string, options: ParseOptions): ImportResult;
}
