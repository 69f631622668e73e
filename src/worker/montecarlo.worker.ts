import * as Comlink from 'comlink';
import { monteCarloWorkerApi } from './workerApi.ts';

// Browser entry of the Monte Carlo worker (a module worker created by MonteCarloPool).
Comlink.expose(monteCarloWorkerApi);
