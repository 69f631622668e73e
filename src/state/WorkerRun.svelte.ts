import type { RunControl } from '../worker/api.ts';
import type { MonteCarloPool } from '../worker/pool.ts';
import { getPool } from './getPool.ts';

/** Where a worker run is. */
export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

/** The job a run performs on the pool, told its abort signal and where to report progress. */
export type RunJob<I, R> = (
  pool: MonteCarloPool,
  inputs: I,
  control: Required<RunControl>,
) => Promise<R>;

/** Options of a run: the pool lane its job runs on, released by `dispose`. */
export interface WorkerRunOptions {
  lane?: string;
  /** The pool to use; the app's shared pool by default. */
  pool?: () => Promise<MonteCarloPool>;
}

/**
 * One job at a time in the worker pool (a bootstrap, a re-simulation, an ensemble, a lesson's
 * task), with its status, progress and duration. Starting again cancels the previous run, and
 * a late answer from a cancelled or superseded run is dropped, so a screen never shows stale or
 * mixed results. The last finished result is kept with the inputs it belongs to, also when a
 * later run is cancelled or fails; a result kept from an earlier session is put back with
 * `restore`.
 * @example const run = new WorkerRun((pool, i, control) => pool.bootstrap(i.cohort, { ...i, ...control })); await run.start(inputs);
 */
export class WorkerRun<I, R> {
  #job: RunJob<I, R>;
  #options: WorkerRunOptions;
  #status = $state<RunStatus>('idle');
  #progress = $state(0);
  #result = $state.raw<R | null>(null);
  #inputs = $state.raw<I | null>(null);
  #error = $state<string | null>(null);
  #elapsed = $state<number | null>(null);
  #controller: AbortController | null = null;
  #run = 0;
  #used = false;

  constructor(job: RunJob<I, R>, options: WorkerRunOptions = {}) {
    this.#job = job;
    this.#options = options;
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
  /** Milliseconds the last finished run took; `null` for a restored result. */
  get elapsed(): number | null {
    return this.#elapsed;
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
    this.#used = true;
    const started = performance.now();
    try {
      const pool = await (this.#options.pool ?? getPool)();
      const result = await this.#job(pool, inputs, {
        signal: controller.signal,
        onProgress: (done, total) => {
          if (run === this.#run) this.#progress = total > 0 ? done / total : 0;
        },
      });
      if (run !== this.#run) return;
      this.#finish(inputs, result, performance.now() - started);
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

  /** Puts back a result computed earlier (kept in this browser) for `inputs`, without running. */
  restore(inputs: I, result: R): void {
    this.cancel();
    this.#run++;
    this.#error = null;
    this.#finish(inputs, result, null);
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
    this.#elapsed = null;
    this.#status = 'idle';
    this.#progress = 0;
  }

  /** Cancels the run and ends its lane's workers, if it ever ran (when its screen closes). */
  dispose(): void {
    this.cancel();
    const lane = this.#options.lane;
    if (lane && this.#used) void (this.#options.pool ?? getPool)().then((p) => p.release(lane));
  }

  #finish(inputs: I, result: R, elapsed: number | null): void {
    this.#result = result;
    this.#inputs = inputs;
    this.#elapsed = elapsed;
    this.#progress = 1;
    this.#status = 'done';
  }
}
