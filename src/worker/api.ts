import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import type {
  BootstrapCounts,
  BootstrapPlan,
  BootstrapReport,
  Scenario,
  SimulationChunk,
  SimulationReport,
  StudyStatistic,
} from '../engine/montecarlo/index.ts';
import type { LessonResult, LessonTask } from '../engine/lessons/index.ts';

export type { LessonResult, LessonTask };
export type { BootstrapReport, Cohort, ResponseCode, Scenario, SimulationReport };
export type { StatisticSummary } from '../engine/montecarlo/index.ts';

/** Receives the number of items (replicates or studies) finished so far in one worker call. */
export type WorkerProgress = (done: number) => void;

/** A contiguous range of chunks `[firstChunk, endChunk)` of a seeded job. */
export interface ChunkJob {
  /** The pool's number for the run this range belongs to. */
  run: number;
  seed: string;
  /** Replicates or studies in the whole job. */
  total: number;
  firstChunk: number;
  endChunk: number;
}

/** What a Monte Carlo worker exposes over comlink; both the browser and Node workers implement it. */
export interface MonteCarloWorkerApi {
  /** Runs bootstrap chunks and returns their merged tallies. */
  bootstrapChunks(
    plan: BootstrapPlan,
    job: ChunkJob,
    onProgress?: WorkerProgress,
  ): Promise<BootstrapCounts>;
  /** Simulates studies chunk by chunk; one result per chunk, in chunk order. */
  simulateChunks(
    scenario: Scenario,
    job: ChunkJob & { level: number },
    onProgress?: WorkerProgress,
  ): Promise<SimulationChunk[]>;
  /**
   * Computes items `[first, end)` of a lesson task, in order, for the pool's run `run`; between
   * items it lets other messages in, and stops if `cancelRun(run)` has come.
   */
  lessonItems(
    task: LessonTask,
    items: { first: number; end: number; run: number },
    onProgress?: WorkerProgress,
  ): Promise<LessonResult<LessonTask>[]>;
  /** Asks the lesson items of run `run` to stop at the next item. */
  cancelRun(run: number): Promise<void>;
}

/** Progress of a pool run: items done and the total. */
export type PoolProgress = (done: number, total: number) => void;

/** Options of `MonteCarloPool.bootstrap`; `lane` names its workers (default "bootstrap"). */
export interface BootstrapOptions {
  reps: number;
  lane?: string;
  seed: string;
  level?: number;
  responders?: readonly ResponseCode[];
  signal?: AbortSignal;
  onProgress?: PoolProgress;
}

/**
 * Options of `MonteCarloPool.simulate`; `truth` overrides the values the scenario implies;
 * `observed` (an observed study's `studyStatistics`) adds the predictive check to the report.
 */
export interface SimulateOptions {
  trials: number;
  seed: string;
  level?: number;
  truth?: Partial<SimulationReport['truth']>;
  observed?: Record<StudyStatistic, number>;
  signal?: AbortSignal;
  onProgress?: PoolProgress;
}

/**
 * Options of `MonteCarloPool.lesson`. `lane` names the workers the task runs on (default
 * `lesson:` and the task's kind): a newer task on the same lane supersedes the running one.
 */
export interface LessonOptions {
  lane?: string;
  signal?: AbortSignal;
  onProgress?: PoolProgress;
}
