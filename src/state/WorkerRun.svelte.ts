import type { MonteCarloPool } from '../worker/pool.ts';
import { getPool } from './getPool.ts';

/** Where a worker run is. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The job a run performs on the pool, told its abort signal and where to report progress. */
export type RunJob<I, R> = (
  pool: MonteCarloPool,
  inputs: I,
  control: { signal: AbortSignal; onProgress: (done: number, total: number) => void },
) => Promise<R>;

/**
 * One Monte Carlo job at a time in the shared worker pool, with progress and cancellation.
 * Starting again cancels the previous run, and a late answer from a cancelled or superseded
 * run is dropped, so a panel never shows stale or mixed results. The last finished result is
 * kept with the inputs it belongs to.
 */
export class WorkerRun<I, R> {
  #job: RunJob<I, R>;
  #status = $state<RunStatus>('idle');
  #progress = $state(0);
  #result = $state.raw<R | null>(null);
  #inputs = $state.raw<I | null>(null);
  #error = $state<string | null>(null);
  #controller: AbortController | null = null;
  #run = 0;

  constructor(job: RunJob<I, R>) {
    this.#job = job;
  }

  get status(): RunStatus {
    return this.#status;
  }
  /** Share of the work done, 0 to 1. */
  get progress(): number {
    return this.#progress;
  }
  /** The last finished result, or `null`. */
  get result(): R | null {
    return this.#result;
  }
  /** The inputs of {@link result}. */
  get inputs(): I | null {
    return this.#inputs;
  }
  /** Why the last run failed, or `null`. */
  get error(): string | null {
    return this.#error;
  }

  /** Runs the job; resolves when it finishes, fails or is cancelled (never rejects). */
  async start(inputs: I): Promise<void> {
    this.cancel();
    const run = ++this.#run;
    const controller = new AbortController();
    this.#controller = controller;
    this.#status = 'running';
    this.#progress = 0;
    this.#error = null;
    try {
      const pool = await getPool();
      const result = await this.#job(pool, inputs, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (run === this.#run) this.#progress = total > 0 ? done / total : 0;
        },
      });
      if (run !== this.#run) return;
      this.#result = result;
      this.#inputs = inputs;
      this.#progress = 1;
      this.#status = 'done';
    } catch (error) {
      if (run !== this.#run) return;
      const aborted =
        controller.signal.aborted || (error instanceof DOMException && error.name === 'AbortError');
      this.#status = aborted ? 'cancelled' : 'failed';
      if (!aborted) this.#error = error instanceof Error ? error.message : String(error);
    } finally {
      if (run === this.#run) this.#controller = null;
    }
  }

  /**
   * Shows a result computed earlier (kept in this browser) as if this run had just finished it
   * with `inputs`; a running job is cancelled first, and nothing is sent to the pool.
   * @example run.restore(inputs, keptReport); run.status // 'done'
   */
  restore(inputs: I, result: R): void {
    this.cancel();
    this.#result = result;
    this.#inputs = inputs;
    this.#error = null;
    this.#progress = 1;
    this.#status = 'done';
  }

  /** Stops the running job, if any; the last finished result stays. */
  cancel(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    this.#controller = null;
    this.#run++;
    this.#status = 'cancelled';
  }

  /** Forgets the last result (when the cohort it belongs to is replaced). */
  clear(): void {
    this.cancel();
    this.#result = null;
    this.#inputs = null;
    this.#status = 'idle';
    this.#progress = 0;
  }
}
