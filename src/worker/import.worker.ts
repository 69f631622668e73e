import * as Comlink from 'comlink';
import { importCohort } from '../io/importCohort.ts';
import { importFiles } from '../io/importFiles.ts';
import { inspectFiles } from '../io/inspectFiles.ts';
import type { ImportWorkerApi } from './api.ts';

// Browser entry of the import worker: parses, validates and normalises cohort files off the
// main thread; the spreadsheet reader is loaded here, on demand, only when a workbook comes.
const api: ImportWorkerApi = {
  ready: () => true,
  parse: (text, options) => importCohort(text, options),
  importFiles: (files, options) => importFiles(files, options),
  inspectFiles: (files, options) => inspectFiles(files, options),
};
Comlink.expose(api);
