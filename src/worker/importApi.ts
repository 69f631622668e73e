import type { ImportResult } from '../io/importCohort.ts';
import type { ImportOptions, ImportOutcome } from '../io/importFiles.ts';
import type { ParseOptions } from '../io/parseCohort.ts';
import type { SourceFile } from '../io/readSources.ts';

/** What the import worker exposes over comlink. */
export interface ImportWorkerApi {
  /** Parses, validates and normalises a cohort file (`importCohort`). */
  parse(text: string, options: ParseOptions): ImportResult;
  /**
   * Reads one or more files of any supported kind — text, spreadsheets, SAS transport; patients,
   * visits or ADaM — with an optional mapping (`importFiles`). Bytes arrive transferred.
   */
  importFiles(files: SourceFile[], options: ImportOptions): Promise<ImportOutcome>;
}
