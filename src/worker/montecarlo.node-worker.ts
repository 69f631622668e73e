import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { monteCarloWorkerApi } from './workerApi.ts';

// Node entry of the Monte Carlo worker (a worker_threads worker created by nodeMonteCarloPool).
if (!parentPort) throw new Error('montecarlo.node-worker.ts must run in a worker thread');
Comlink.expose(monteCarloWorkerApi, nodeEndpoint(parentPort));
