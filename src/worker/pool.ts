import * as Comlink from 'comlink';
import {
  BOOTSTRAP_CHUNK_SIZE,
  SIMULATION_CHUNK_SIZE,
  bootstrapPlan,
  chunkCount,
  mergeBootstrapCounts,
  scenarioTruth,
  summarizeBootstrap,
  summarizeSimulation,
  validateScenario,
  type SimulationChunk,
} from '../engine/montecarlo/index.ts';
import { lessonTaskSize } from '../engine/lessons/lessonTask.ts';
import type {
  BootstrapOptions,
  BootstrapReport,
  ChunkJob,
  Cohort,
  LessonOptions,
  LessonResult,
  LessonTask,
  MonteCarloWorkerApi,
  PoolProgress,
  Scenario,
  SimulateOptions,
  SimulationReport,
} from './api.ts';

/** Largest bootstrap a pool accepts. */
export const MAX_BOOTSTRAP_REPS = 1e9;
/** Largest number of simulated studies a pool accepts (each keeps a few numbers). */
export const MAX_SIMULATION_TRIALS = 1e6;
/** Largest number of items in one lesson task. */
export const MAX_LESSON_ITEMS = 100000;
/** Largest pool. */
export const MAX_POOL_SIZE = 8;

/** A started worker as the pool sees it: a comlink endpoint it can end and that reports crashes. */
export interface WorkerHandle {
  endpoint: Comlink.Endpoint;
  terminate: () => void;
  /** Registers the one listener told when the worker dies on its own (uncaught error, exit). */
  onCrash: (listener: (message: string) => void) => void;
}

/** How a pool is built: its size and how it starts a worker. */
export interface PoolOptions {
  size?: number;
  /** Starts a browser (or browser-like) worker; the default loads `montecarlo.worker.ts`. */
  createWorker?: () => Worker;
  /** Starts any worker as a handle; used for Node `worker_threads`. */
  spawn?: () => WorkerHandle;
}

/**
 * The workers of one kind of run (a lane: "bootstrap", "simulate" or a lesson's) and
 * the run in progress on them; a newer run supersedes only the run on its own lane.
 */
interface Lane {
  slots: (Slot | null)[];
  current: AbortController | null;
  /**
   * Whether a cancelled run is stopped by asking its workers (they check between items) instead
   * of ending them: short lesson items stop within milliseconds, and the workers stay warm.
   */
  cooperative: boolean;
}

interface Slot {
  handle: WorkerHandle;
  remote: Comlink.Remote<MonteCarloWorkerApi>;
  crash: Promise<never>;
}

function browserHandle(worker: Worker): WorkerHandle {
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash: (listener) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'the worker failed to start or threw outside a call');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be read'));
    },
  };
}

const defaultWorker = () =>
  new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });

const abortError = (message: string) => new DOMException(message, 'AbortError');

/**
 * Runs Monte Carlo jobs (bootstrap, study simulation, lesson tasks) on a pool of
 * comlink workers started on first use. Work is split into fixed seeded chunks or items, so
 * results do not depend on the pool size. Each kind of job has its own lane of workers and one run
 * at a time on it: a new bootstrap supersedes the running bootstrap, which rejects with an
 * AbortError and whose results never land, while a simulation beside it runs undisturbed.
 * Aborting a run's signal rejects at once and ends its workers (a lesson's workers are asked to
 * stop instead, which they do between items, and stay warm); a worker error rejects with its
 * message and the lane starts fresh workers on the next run.
 * @example const report = await new MonteCarloPool().bootstrap(cohort, { reps: 1e6, seed: 'hlh' });
 */
export class MonteCarloPool {
  readonly size: number;
  private readonly spawn: () => WorkerHandle;
  private readonly lanes = new Map<string, Lane>();
  private runs = 0;

  constructor(options: PoolOptions = {}) {
    const concurrency = globalThis.navigator?.hardwareConcurrency ?? 4;
    this.size = Math.max(1, Math.min(options.size ?? Math.min(concurrency, MAX_POOL_SIZE), 64));
    const create = options.createWorker ?? defaultWorker;
    this.spawn = options.spawn ?? (() => browserHandle(create()));
  }

  /** Nonparametric bootstrap of a cohort; see `bootstrap` in the engine for the statistics. */
  async bootstrap(cohort: Cohort, options: BootstrapOptions): Promise<BootstrapReport> {
    const { reps, seed, level = 0.95, responders } = options;
    if (!Number.isInteger(reps) || reps < 1 || reps > MAX_BOOTSTRAP_REPS) {
      throw new RangeError(
        `reps must be a whole number from 1 to ${MAX_BOOTSTRAP_REPS}, got ${reps}`,
      );
    }
    checkLevel(level);
    const plan = bootstrapPlan(cohort, { responders });
    const parts = await this.run(
      this.lane(options.lane ?? 'bootstrap'),
      { total: reps, chunks: chunkCount(reps, BOOTSTRAP_CHUNK_SIZE), seed },
      options,
      (remote, job, progress) => remote.bootstrapChunks(plan, job, progress),
    );
    return summarizeBootstrap(plan, mergeBootstrapCounts(plan, parts), { level, seed });
  }

  /** Simulates `trials` studies of a scenario and summarizes ORR and KM median DOR against the truth. */
  async simulate(scenario: Scenario, options: SimulateOptions): Promise<SimulationReport> {
    const { trials, seed, level = 0.95, truth, observed } = options;
    if (!Number.isInteger(trials) || trials < 1 || trials > MAX_SIMULATION_TRIALS) {
      throw new RangeError(
        `trials must be a whole number from 1 to ${MAX_SIMULATION_TRIALS}, got ${trials}`,
      );
    }
    checkLevel(level);
    const checked = validateScenario(scenario);
    if (!checked.ok) throw new RangeError(`invalid scenario: ${checked.issues.join('; ')}`);
    const groups = await this.run(
      this.lane('simulate'),
      { total: trials, chunks: chunkCount(trials, SIMULATION_CHUNK_SIZE), seed },
      options,
      (remote, job, progress) =>
        remote.simulateChunks(checked.scenario, { ...job, level }, progress),
    );
    const chunks: SimulationChunk[] = groups.flat();
    return summarizeSimulation(checked.scenario, chunks, {
      seed,
      level,
      truth: { ...scenarioTruth(checked.scenario), ...truth },
      observed,
    });
  }

  /**
   * Runs a lesson task (see `LessonTask`), its items shared out over the lane's workers, and
   * returns one result per item in order, the same whatever the pool size.
   * @example const [bounds] = await pool.lesson({ kind: 'interval-bounds', ns: [18], method: 'wilson', level: 0.95 });
   */
  async lesson<T extends LessonTask>(
    task: T,
    options: LessonOptions = {},
  ): Promise<LessonResult<T>[]> {
    const total = lessonTaskSize(task);
    if (!Number.isInteger(total) || total < 1 || total > MAX_LESSON_ITEMS) {
      throw new RangeError(`a lesson task has 1 to ${MAX_LESSON_ITEMS} items, got ${total}`);
    }
    const groups = await this.run(
      this.lane(options.lane ?? `lesson:${task.kind}`, { cooperative: true }),
      { total, chunks: total, seed: '' },
      options,
      (remote, job, progress) =>
        remote.lessonItems(
          task,
          { first: job.firstChunk, end: job.endChunk, run: job.run },
          progress,
        ),
    );
    return groups.flat() as LessonResult<T>[];
  }

  /** Ends the workers of one lane (and its running job); they start again when next used. */
  release(lane: string): void {
    const found = this.lanes.get(lane);
    if (!found) return;
    found.current?.abort(abortError('the lane was released'));
    found.slots.forEach((_, i) => this.drop(found, i));
    this.lanes.delete(lane);
  }

  /** Ends every worker and cancels the running job; the pool starts new workers if used again. */
  terminate(): void {
    for (const lane of this.lanes.values()) {
      lane.current?.abort(abortError('the pool was terminated'));
      lane.slots.forEach((_, i) => this.drop(lane, i));
    }
  }

  private lane(name: string, { cooperative = false } = {}): Lane {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { slots: new Array<Slot | null>(this.size).fill(null), current: null, cooperative };
      this.lanes.set(name, lane);
    }
    return lane;
  }

  private slot(lane: Lane, i: number): Slot {
    const existing = lane.slots[i];
    if (existing) return existing;
    const handle = this.spawn();
    const crash = new Promise<never>((_, reject) =>
      handle.onCrash((message) => {
        if (lane.slots[i]?.handle === handle) this.drop(lane, i);
        reject(new Error(`Monte Carlo worker crashed: ${message}`));
      }),
    );
    crash.catch(() => undefined);
    const slot: Slot = {
      handle,
      remote: Comlink.wrap<MonteCarloWorkerApi>(handle.endpoint),
      crash,
    };
    lane.slots[i] = slot;
    return slot;
  }

  private drop(lane: Lane, i: number): void {
    const slot = lane.slots[i];
    if (!slot) return;
    lane.slots[i] = null;
    slot.remote[Comlink.releaseProxy]();
    slot.handle.terminate();
  }

  private async run<T>(
    lane: Lane,
    { total, chunks, seed }: { total: number; chunks: number; seed: string },
    { signal, onProgress }: { signal?: AbortSignal; onProgress?: PoolProgress },
    call: (
      remote: Comlink.Remote<MonteCarloWorkerApi>,
      job: ChunkJob,
      progress: ((done: number) => void) | undefined,
    ) => Promise<T>,
  ): Promise<T[]> {
    if (lane.current) {
      lane.current.abort(abortError('superseded by a newer run'));
      if (!lane.cooperative) lane.slots.forEach((_, i) => this.drop(lane, i));
    }
    const run = ++this.runs;
    const controller = new AbortController();
    lane.current = controller;
    const onAbort = () => controller.abort(abortError('the run was cancelled'));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(controller.signal.reason);
      if (controller.signal.aborted) fail();
      else controller.signal.addEventListener('abort', fail);
    });
    aborted.catch(() => undefined);
    const used = Math.min(this.size, chunks);
    const mine: Slot[] = [];
    try {
      if (controller.signal.aborted) await aborted;
      const done = new Array<number>(used).fill(0);
      const calls: Promise<T>[] = [];
      for (let w = 0; w < used; w++) {
        const firstChunk = Math.floor((w * chunks) / used);
        const endChunk = Math.floor(((w + 1) * chunks) / used);
        const progress = onProgress
          ? Comlink.proxy((d: number) => {
              if (lane.current !== controller) return;
              done[w] = d;
              onProgress(
                done.reduce((a, b) => a + b, 0),
                total,
              );
            })
          : undefined;
        const slot = this.slot(lane, w);
        mine.push(slot);
        calls.push(
          Promise.race([
            call(slot.remote, { seed, total, firstChunk, endChunk, run }, progress).catch(
              (error: unknown) => {
                throw new Error(`Monte Carlo worker failed: ${messageOf(error)}`);
              },
            ),
            slot.crash,
          ]),
        );
      }
      const results = await Promise.race([Promise.all(calls), aborted]);
      if (lane.current !== controller) throw abortError('superseded by a newer run');
      onProgress?.(total, total);
      return results;
    } catch (error) {
      if (lane.cooperative && controller.signal.aborted) {
        mine.forEach((slot, w) => {
          if (lane.slots[w] === slot) void slot.remote.cancelRun(run).catch(() => undefined);
        });
      } else {
        mine.forEach((slot, w) => lane.slots[w] === slot && this.drop(lane, w));
      }
      if (!controller.signal.aborted) controller.abort(error);
      throw controller.signal.reason instanceof DOMException ? controller.signal.reason : error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (lane.current === controller) lane.current = null;
    }
  }
}

function checkLevel(level: number): void {
  if (!(level > 0 && level < 1))
    throw new RangeError(`level must be between 0 and 1, got ${level}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
