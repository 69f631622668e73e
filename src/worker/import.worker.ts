import * as Comlink from 'comlink';
import { importCohort } from '../io/importCohort.ts';
import type { ImportWorkerApi } from './api.ts';

// Browser entry of the import worker: parses, validates and normalises a cohort file off the
// main thread.
const api: ImportWorkerApi = { parse: (text, options) => importCohort(text, options) };
Comlink.expose(api);
