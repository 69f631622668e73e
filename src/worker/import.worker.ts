import * as Comlink from 'comlink';
import { importWorkerApi } from './importWorkerApi.ts';

// Browser entry of the import worker (`importWorkerApi`).
Comlink.expose(importWorkerApi);
