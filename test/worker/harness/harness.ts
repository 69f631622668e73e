// A page that exposes the browser worker pool to the browser test of test/worker.
import { MonteCarloPool } from '../../../src/worker/pool.ts';

declare global {
  interface Window {
    MonteCarloPool: typeof MonteCarloPool;
  }
}

window.MonteCarloPool = MonteCarloPool;
document.body.dataset.ready = 'true';
