import * as Comlink from 'comlink';
import { parseCohort } from '../io/parseCohort.ts';
import type { ImportWorkerApi } from './importApi.ts';

// Browser entry of the import worker: parses and validates a cohort file off the main thread.
const api: ImportWorkerApi = { parse: (text, options) => parseCohort(text, options) };
Comlink.expose(api);
