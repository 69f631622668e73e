import type {
  BootstrapOptions,
  BootstrapReport,
  Cohort,
  DesignResult,
  DesignTask,
  DesignedStudyOptions,
  DesignedStudyReport,
  CohortSummary,
  DigitisedCurve,
  DigitiseOptions,
  DigitiseRequest,
  EnsembleResult,
  FitOptions,
  FittedScenario,
  KmEnsembleOptions,
  KmEnsembleSummary,
  KmPoint,
  LessonOptions,
  LessonResult,
  LessonTask,
  MonteCarloWorkerApi,
  OperatingCharacteristics,
  ReconstructOptions,
  RuleSimulationOptions,
  RgbaImage,
  RunControl,
  Scenario,
  SimulateOptions,
  SimulationReport,
  StoppingRule,
} from './api.ts';
import { bootstrapJob } from './jobs/bootstrapJob.ts';
import { designedStudyJob } from './jobs/designedStudyJob.ts';
import { designJob } from './jobs/designJob.ts';
import { digitiseJob } from './jobs/digitiseJob.ts';
import { ensembleJob } from './jobs/ensembleJob.ts';
import { fitJob } from './jobs/fitJob.ts';
import { kmEnsembleJob } from './jobs/kmEnsembleJob.ts';
import { lessonJob } from './jobs/lessonJob.ts';
import { ruleSimulationJob } from './jobs/ruleSimulationJob.ts';
import { simulateJob } from './jobs/simulateJob.ts';
import { Lanes, type Job } from './Lanes.ts';
import { MAX_WORKERS } from '../engine/limits.ts';
import { defaultPoolSize } from './limits.ts';
import { browserWorkerHandle, type WorkerHandle } from './workerHandle.ts';

/** How a pool is built: its size and how it starts a worker. */
export interface PoolOptions {
  size?: number;
  /** Starts a browser (or browser-like) worker; the default loads `montecarlo.worker.ts`. */
  createWorker?: () => Worker;
  /** Starts any worker as a handle; used for Node `worker_threads`. */
  spawn?: () => WorkerHandle;
  /** How long a worker may stay silent in a call before it is restarted (`WORKER_SILENCE_MS`). */
  silence?: number;
}

const defaultWorker = () =>
  new Worker(new URL('./montecarlo.worker.ts', import.meta.url), { type: 'module' });

/**
 * Runs Monte Carlo jobs (bootstrap, study simulation, lesson tasks, reconstruction ensembles,
 * study designs and their simulation, and reading and perturbing Kaplan–Meier figures)
 * on a pool of comlink workers started on first use. Each job (`jobs/`) splits its work into
 * fixed seeded chunks or items and merges what the workers return, so results do not depend on
 * the pool size; `Lanes` schedules them: one lane of workers per kind of job, a newer run
 * superseding only the run on its own lane, cancel, crashes and progress.
 * @example const report = await new MonteCarloPool().bootstrap(cohort, { reps: 1e6, seed: 'hlh' });
 */
export class MonteCarloPool {
  readonly size: number;
  readonly #lanes: Lanes<MonteCarloWorkerApi>;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.min(options.size ?? defaultPoolSize(), MAX_WORKERS));
    const create = options.createWorker ?? defaultWorker;
    this.#lanes = new Lanes<MonteCarloWorkerApi>({
      size: this.size,
      spawn: options.spawn ?? (() => browserWorkerHandle(create())),
      stop: (remote, run) => remote.cancelRun(run),
      name: 'Monte Carlo worker',
      silence: options.silence,
    });
  }

  /** Nonparametric bootstrap of a cohort; see `bootstrap` in the engine for the statistics. */
  async bootstrap(cohort: Cohort, options: BootstrapOptions): Promise<BootstrapReport> {
    return this.run(bootstrapJob(cohort, options), options);
  }

  /** Simulates `trials` studies of a scenario and summarizes ORR and KM median DOR against the truth. */
  async simulate(scenario: Scenario, options: SimulateOptions): Promise<SimulationReport> {
    return this.run(simulateJob(scenario, options), options);
  }

  /**
   * Fits a scenario to a cohort off the page (`fitScenario`, with its fit tables), on the "fit" lane.
   * @example const { scenario } = await pool.fit(cohort, { fit: { fallback: true } });
   */
  async fit(cohort: Cohort, options: FitOptions): Promise<FittedScenario> {
    return this.run(fitJob(cohort, options.fit), options);
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
    return this.run(lessonJob(task, options), options);
  }

  /**
   * Draws an ensemble of cohorts consistent with a published summary and analyses each; the
   * same ensemble as `drawEnsemble` in the engine, whatever the pool size.
   * @example const { spread } = await pool.reconstruct(summary, { cohorts: 200, seed: '1' });
   */
  async reconstruct(summary: CohortSummary, options: ReconstructOptions): Promise<EnsembleResult> {
    return this.run(ensembleJob(summary, options), options);
  }

  /**
   * Simulates a stopping rule's operating characteristics at each true rate of `rates`; each is
   * `simulateRule` in the engine, whatever the pool size.
   * @example const [atP0] = await pool.simulateRule(rule, { rates: [0.6], trials: 1e4, seed: 's' });
   */
  async simulateRule(
    rule: StoppingRule,
    options: RuleSimulationOptions,
  ): Promise<(OperatingCharacteristics & { trials: number })[]> {
    return this.run(ruleSimulationJob(rule, options), options);
  }

  /**
   * Simulates studies run under a stopping rule and drawn from a scenario; the same report as
   * `simulateDesignedStudies` in the engine, whatever the pool size.
   * @example const { success } = await pool.simulateDesignedStudies(rule, scenario, { trials: 1e4, seed: 's', lookDelayWk: 5, level: 0.95, transform: 'log-log', dorThresholdWk: 1 });
   */
  async simulateDesignedStudies(
    rule: StoppingRule,
    scenario: Scenario,
    options: DesignedStudyOptions,
  ): Promise<DesignedStudyReport> {
    return this.run(designedStudyJob(rule, scenario, options), options);
  }

  /**
   * Runs a design computation (Simon's search, a monitoring rule) on a worker, off the page's thread.
   * @example const designs = await pool.design({ kind: 'simon', p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2, nmax: 100 });
   */
  async design<T extends DesignTask>(task: T, control: RunControl = {}): Promise<DesignResult<T>> {
    return this.run(designJob(task), control);
  }

  /**
   * Reads one Kaplan–Meier curve off a figure in a worker, from a click on it or its colour.
   * @example const { points } = await pool.digitise(image, { calibration, click: { x: 390, y: 269 } });
   */
  async digitise(
    image: RgbaImage,
    request: DigitiseRequest,
    control: DigitiseOptions = {},
  ): Promise<DigitisedCurve> {
    return this.run(digitiseJob(image, request), control);
  }

  /**
   * Reconstructs patients again from perturbed readings of a digitised curve and summarises how
   * their median and events vary; the same whatever the pool size.
   * @example const { spread } = await pool.kmEnsemble(points, { reps: 200, seed: '1', n: 11 });
   */
  async kmEnsemble(
    points: readonly KmPoint[],
    options: KmEnsembleOptions,
  ): Promise<KmEnsembleSummary> {
    return this.run(kmEnsembleJob(points, options), options);
  }

  /** Runs any job on its lane (the methods above are such jobs). */
  run<R>(job: Job<MonteCarloWorkerApi, R>, control: RunControl = {}): Promise<R> {
    return this.#lanes.run(job, control);
  }

  /** Ends the workers of one lane (and its running job); they start again when next used. */
  release(lane: string): void {
    this.#lanes.release(lane);
  }

  /** Ends every worker and cancels the running jobs; the pool starts new workers if used again. */
  terminate(): void {
    this.#lanes.terminate();
  }
}
