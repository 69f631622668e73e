// A page that exposes the browser worker pool to the browser test of test/worker.
import { MonteCarloPool } from '../../../src/worker/pool.ts';

declare global {
  interface Window {
    MonteCarloPool: typeof MonteCarloPool;
    longTasks: number[];
  }
}

window.MonteCarloPool = MonteCarloPool;
window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });
document.body.dataset.ready = 'true';
