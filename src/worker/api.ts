import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import type {
  DesignResult,
  DesignTask,
  DesignedStudyReport,
  DesignedStudySettings,
  DesignedStudyTally,
  OperatingCharacteristics,
  RuleTally,
  StoppingRule,
} from '../engine/design/index.ts';
import type { Calibration } from '../engine/digitise/calibrateAxes.ts';
import type { KmPoint, PixelPoint, RgbaImage } from '../engine/digitise/rgbaImage.ts';
import type { KmEnsembleChunk, KmEnsembleRequest } from '../engine/kmfigure/kmEnsembleChunk.ts';
import type { KmEnsembleSummary } from '../engine/kmfigure/kmEnsembleSummary.ts';
import type { LessonResult, LessonTask } from '../engine/lessons/index.ts';
import type {
  BootstrapCounts,
  BootstrapPlan,
  BootstrapReport,
  FitScenarioOptions,
  FittedScenario,
  Scenario,
  SimulationChunk,
  SimulationReport,
  StudyStatistic,
} from '../engine/montecarlo/index.ts';
import type {
  CohortSummary,
  EnsembleChunk,
  EnsembleResult,
  EnsembleRound,
} from '../engine/reconstruct/index.ts';
import type { ImportResult } from '../io/importCohort.ts';
import type { ImportOptions, ImportOutcome } from '../io/importFiles.ts';
import type { Inspection } from '../io/inspectFiles.ts';
import type { SourceFile } from '../io/readSources.ts';
import type { ParseOptions } from '../io/parseCohort.ts';
import type { FittedWire } from './fittedWire.ts';
import type { PackedCohort } from './packCohort.ts';

export type { LessonResult, LessonTask };
export type { BootstrapReport, Cohort, ResponseCode, Scenario, SimulationReport };
export type { FitScenarioOptions, FittedScenario };
export type { CohortSummary, EnsembleResult };
export type {
  DesignResult,
  DesignTask,
  DesignedStudyReport,
  OperatingCharacteristics,
  StoppingRule,
};
export type { KmEnsembleChunk, KmEnsembleRequest, KmEnsembleSummary, KmPoint, RgbaImage };
export type { StatisticSummary } from '../engine/montecarlo/index.ts';

// The one description of what crosses between the page (or the CLI) and its workers: what each
// worker exposes over comlink, and what a caller gives the pool for each kind of job.

/** A result whose cohort crosses between threads packed in columns (`packCohort`). */
export type WithPackedCohort<T> = T extends { cohort: Cohort }
  ? Omit<T, 'cohort'> & { cohort: PackedCohort }
  : T;

/** Receives the number of items (replicates, studies, cohorts) finished so far in one worker call. */
export type WorkerProgress = (done: number) => void;

/** The parts `[first, end)` of a job that one worker call computes, for the pool's run `run`. */
export interface PartRange {
  run: number;
  first: number;
  end: number;
}

/** A range of chunks of a seeded job: chunk c draws from `chunkRng(seed, c)`. */
export interface ChunkJob extends PartRange {
  seed: string;
  /** Replicates or studies in the whole job. */
  total: number;
}

/** What a Monte Carlo worker exposes over comlink; both the browser and Node workers implement it. */
export interface MonteCarloWorkerApi {
  /** Runs bootstrap chunks and returns their merged tallies (typed arrays, transferred). */
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
    items: PartRange,
    onProgress?: WorkerProgress,
  ): Promise<LessonResult<LessonTask>[]>;
  /** Draws and analyses the chunks of one round of a reconstruction ensemble, in order. */
  ensembleChunks(
    summary: CohortSummary,
    round: EnsembleRound,
    onProgress?: WorkerProgress,
  ): Promise<EnsembleChunk[]>;
  /** Fits a scenario to a cohort (both cross packed) with its fit tables (`fitScenario`), in one call. */
  fitScenario(cohort: PackedCohort, options: FitScenarioOptions): Promise<FittedWire>;
  /** Simulates studies under a stopping rule at the true rate `p`, chunk by chunk; one tally per chunk. */
  ruleChunks(
    rule: StoppingRule,
    job: ChunkJob & { p: number },
    onProgress?: WorkerProgress,
  ): Promise<RuleTally[]>;
  /**
   * Simulates studies run under a stopping rule from a scenario, chunk by chunk
   * (`designedStudyChunk`); one tally per chunk (its counts transferred).
   */
  designedStudyChunks(
    rule: StoppingRule,
    scenario: Scenario,
    job: ChunkJob & DesignedStudySettings,
    onProgress?: WorkerProgress,
  ): Promise<DesignedStudyTally[]>;
  /** Runs a design computation (Simon's search, a monitoring rule's boundaries) off the page's thread. */
  designTask<T extends DesignTask>(task: T): Promise<DesignResult<T>>;
  /**
   * Reads one curve off a figure (`pickInk` at the click, or the colour given, then
   * `extractCurve`); the image arrives transferred.
   */
  extractCurve(image: RgbaImage, request: DigitiseRequest): Promise<DigitisedCurve>;
  /** Chunks `[first, end)` of a seeded ensemble over a digitised curve, in order. */
  kmEnsembleChunks(
    points: KmPoint[],
    request: KmEnsembleRequest,
    range: PartRange,
    onProgress?: WorkerProgress,
  ): Promise<KmEnsembleChunk[]>;
  /** Asks the lesson items of run `run` to stop at the next item. */
  cancelRun(run: number): Promise<void>;
}

/** Which curve to read off a figure: a click on it (its colour is taken there) or its colour. */
export interface DigitiseRequest {
  calibration: Calibration;
  click?: PixelPoint;
  /** `#RRGGBB`; used when there is no click. */
  colour?: string;
  /** Largest colour distance (CIELAB ΔE) counted as the curve's ink (default 20). */
  tolerance?: number;
}

/** A curve read off a figure: its colour and the corners of its steps, in axis units and on the image. */
export interface DigitisedCurve {
  colour: string;
  points: KmPoint[];
  pixels: PixelPoint[];
  lineWidth: number;
  /** Share of the curve's columns where its ink was seen (0–1): 0 when none was found. */
  seen: number;
}

/** What the import worker exposes over comlink. */
export interface ImportWorkerApi {
  /** Answers as soon as the worker has started: the page's sign that its script loaded. */
  ready(): true;
  /** Parses, validates and normalises a cohort file (`importCohort`); the cohort comes packed. */
  parse(text: string, options: ParseOptions): WithPackedCohort<ImportResult>;
  /**
   * Reads one or more files of any supported kind — text, spreadsheets, SAS transport; patients,
   * visits or ADaM — with an optional mapping (`importFiles`). Bytes arrive transferred.
   */
  importFiles(
    files: SourceFile[],
    options: ImportOptions,
  ): Promise<WithPackedCohort<ImportOutcome>>;
  /** Reads files far enough for the mapping step (`inspectFiles`). Bytes arrive transferred. */
  inspectFiles(
    files: SourceFile[],
    options: { sheet?: string; layout?: 'patients' | 'visits' },
  ): Promise<Inspection>;
}

/** Progress of a pool run: items done and the total. */
export type PoolProgress = (done: number, total: number) => void;

/** What every pool run accepts: a signal that cancels it, and where its progress goes. */
export interface RunControl {
  signal?: AbortSignal;
  onProgress?: PoolProgress;
}

/** Options of `MonteCarloPool.bootstrap`; `lane` names its workers (default "bootstrap"). */
export interface BootstrapOptions extends RunControl {
  reps: number;
  lane?: string;
  seed: string;
  level?: number;
  responders?: readonly ResponseCode[];
}

/**
 * Options of `MonteCarloPool.simulate`; `truth` overrides the values the scenario implies;
 * `observed` (an observed study's `studyStatistics`) adds the predictive check to the report.
 */
export interface SimulateOptions extends RunControl {
  trials: number;
  seed: string;
  level?: number;
  truth?: Partial<SimulationReport['truth']>;
  observed?: Record<StudyStatistic, number>;
}

/** Options of `MonteCarloPool.fit`: how the scenario is fitted, and the run control. */
export interface FitOptions extends RunControl {
  fit: FitScenarioOptions;
}

/**
 * Options of `MonteCarloPool.lesson`. `lane` names the workers the task runs on (default
 * `lesson:` and the task's kind): a newer task on the same lane supersedes the running one.
 */
export interface LessonOptions extends RunControl {
  lane?: string;
}

/** Options of `MonteCarloPool.digitise`: only how the run is controlled. */
export type DigitiseOptions = RunControl;

/** Options of `MonteCarloPool.kmEnsemble`: the seeded ensemble and how the run is controlled. */
export type KmEnsembleOptions = KmEnsembleRequest & RunControl;

/**
 * Options of `MonteCarloPool.reconstruct`: the number of cohorts, the seed, the level of the
 * intervals, bootstrap resamples per cohort for the median DOR (0 for none) and the attempt
 * budget (default 20 per cohort + 200).
 */
export interface ReconstructOptions extends RunControl {
  cohorts: number;
  seed: string;
  level?: number;
  bootstrapReps?: number;
  maxAttempts?: number;
}

/**
 * Options of `MonteCarloPool.simulateRule`: `trials` simulated studies at each true rate of
 * `rates`, the same uniform numbers at every rate (chunk c draws from `chunkRng(seed, c)`).
 */
export interface RuleSimulationOptions extends RunControl {
  rates: readonly number[];
  trials: number;
  seed: string;
}

/** Options of `MonteCarloPool.simulateDesignedStudies`: how many studies, the seed, how each runs. */
export interface DesignedStudyOptions extends RunControl, DesignedStudySettings {
  trials: number;
  seed: string;
}
