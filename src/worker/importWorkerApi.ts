import * as Comlink from 'comlink';
import type { Cohort } from '../engine/cohort.ts';
import { importCohort } from '../io/importCohort.ts';
import { importFiles } from '../io/importFiles.ts';
import { inspectFiles } from '../io/inspectFiles.ts';
import type { ImportWorkerApi, WithPackedCohort } from './api.ts';
import { packCohort, packedBuffers } from './packCohort.ts';

/** The result with its cohort packed, its typed arrays transferred to the page. */
function packed<T extends object>(result: T): WithPackedCohort<T> {
  if (!('cohort' in result)) return result as WithPackedCohort<T>;
  const cohort = packCohort(result.cohort as Cohort);
  return Comlink.transfer({ ...result, cohort }, packedBuffers(cohort)) as WithPackedCohort<T>;
}

/**
 * What the import worker does: parses, validates and normalises cohort files off the main
 * thread (the spreadsheet reader is loaded on demand, only when a workbook comes). A cohort goes
 * back to the page packed in columns (`packCohort`), so that 100,000 patients cross in one copy.
 * @example Comlink.expose(importWorkerApi)
 */
export const importWorkerApi: ImportWorkerApi = {
  ready: () => true,
  parse: (text, options) => packed(importCohort(text, options)),
  importFiles: async (files, options) => packed(await importFiles(files, options)),
  inspectFiles: (files, options) => inspectFiles(files, options),
};
