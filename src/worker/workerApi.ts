import * as Comlink from 'comlink';
import {
  BOOTSTRAP_CHUNK_SIZE,
  SIMULATION_CHUNK_SIZE,
  bootstrapChunk,
  chunkRange,
  chunkRng,
  fitScenario,
  mergeBootstrapCounts,
  simulationChunk,
  validateScenario,
  type BootstrapCounts,
  type SimulationChunk,
} from '../engine/montecarlo/index.ts';
import {
  DESIGNED_STUDY_CHUNK_SIZE,
  RULE_CHUNK_SIZE,
  designedStudyChunk,
  ruleSimulationChunk,
  runDesignTask,
  type DesignedStudyTally,
  type RuleTally,
} from '../engine/design/index.ts';
import { lessonItem, type LessonResult, type LessonTask } from '../engine/lessons/index.ts';
import { ensembleChunks } from '../engine/reconstruct/ensembleChunks.ts';
import { extractCurve } from '../engine/digitise/extractCurve.ts';
import { pickInk } from '../engine/digitise/pickInk.ts';
import { kmEnsembleChunk, type KmEnsembleChunk } from '../engine/kmfigure/kmEnsembleChunk.ts';
import type { MonteCarloWorkerApi, WorkerProgress } from './api.ts';
import { throttle } from './throttle.ts';
import { unpackCohort } from './unpackCohort.ts';
import { fittedWire } from './fittedWire.ts';

/** A worker's progress messages, at most one every `PROGRESS_INTERVAL_MS`. */
function throttled(onProgress: WorkerProgress | undefined): (done: number) => void {
  return onProgress
    ? throttle((done: number) => void Promise.resolve(onProgress(done)).catch(() => undefined))
    : () => undefined;
}

function release(onProgress: WorkerProgress | undefined): void {
  const remote = onProgress as Partial<Comlink.Remote<WorkerProgress>> | undefined;
  remote?.[Comlink.releaseProxy]?.();
}

/** Lesson runs in progress here, and those asked to stop. */
const running = new Set<number>();
const cancelled = new Set<number>();
/** Longest stretch of lesson items computed before letting other messages (a cancel) in. */
const YIELD_MS = 16;
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const buffersOf = (counts: BootstrapCounts) => [
  counts.undefinedCounts.buffer,
  ...counts.tallies.flatMap((t) => [t.codes.buffer, t.counts.buffer]),
];

/**
 * The functions a Monte Carlo worker runs: each works through a range of seeded chunks (or
 * items) with the engine, reports progress at most every `PROGRESS_INTERVAL_MS`, and returns
 * typed arrays by transfer.
 * @example Comlink.expose(monteCarloWorkerApi)
 */
export const monteCarloWorkerApi: MonteCarloWorkerApi = {
  async bootstrapChunks(plan, job, onProgress) {
    const report = throttled(onProgress);
    const parts: BootstrapCounts[] = [];
    let done = 0;
    for (let c = job.first; c < job.end; c++) {
      const { count } = chunkRange(job.total, BOOTSTRAP_CHUNK_SIZE, c);
      const before = done;
      const onProgress = (d: number) => report(before + d);
      parts.push(bootstrapChunk(plan, { count, rng: chunkRng(job.seed, c), onProgress }));
      report((done += count));
    }
    release(onProgress);
    const merged = mergeBootstrapCounts(plan, parts);
    return Comlink.transfer(merged, buffersOf(merged));
  },

  async simulateChunks(scenario, job, onProgress) {
    const checked = validateScenario(scenario);
    if (!checked.ok) throw new Error(`invalid scenario: ${checked.issues.join('; ')}`);
    const report = throttled(onProgress);
    const chunks: SimulationChunk[] = [];
    let done = 0;
    for (let c = job.first; c < job.end; c++) {
      const { count } = chunkRange(job.total, SIMULATION_CHUNK_SIZE, c);
      const before = done;
      const rng = chunkRng(job.seed, c);
      const onProgress = (d: number) => report(before + d);
      chunks.push(simulationChunk(checked.scenario, { count, level: job.level, rng, onProgress }));
      report((done += count));
    }
    release(onProgress);
    return Comlink.transfer(
      chunks,
      chunks.flatMap((k) => [
        k.responders.buffer,
        k.dorState.buffer,
        k.dorMedian.buffer,
        k.bounds.buffer,
        k.statistics.buffer,
      ]),
    );
  },

  async lessonItems(task, { first, end, run }, onProgress) {
    const report = throttled(onProgress);
    const results: LessonResult<LessonTask>[] = [];
    running.add(run);
    try {
      let since = performance.now();
      for (let i = first; i < end; i++) {
        if (performance.now() - since > YIELD_MS) {
          await yieldToMessages();
          since = performance.now();
        }
        if (cancelled.has(run)) throw new Error(`run ${run} was cancelled`);
        results.push(lessonItem(task, i));
        report(i + 1 - first);
      }
    } finally {
      running.delete(run);
      cancelled.delete(run);
      release(onProgress);
    }
    return Comlink.transfer(
      results,
      results.flatMap((r) => (r instanceof Float64Array ? [r.buffer] : [])),
    );
  },

  async ensembleChunks(summary, round, onProgress) {
    try {
      return ensembleChunks(summary, round, throttled(onProgress));
    } finally {
      release(onProgress);
    }
  },

  async fitScenario(cohort, options) {
    const wire = fittedWire.toWire(fitScenario(unpackCohort(cohort), options));
    return Comlink.transfer(wire, fittedWire.buffers(wire));
  },

  async ruleChunks(rule, job, onProgress) {
    const report = throttled(onProgress);
    const tallies: RuleTally[] = [];
    let done = 0;
    for (let c = job.first; c < job.end; c++) {
      const { count } = chunkRange(job.total, RULE_CHUNK_SIZE, c);
      tallies.push(ruleSimulationChunk(rule, { p: job.p, count, rng: chunkRng(job.seed, c) }));
      report((done += count));
    }
    release(onProgress);
    return tallies;
  },

  async designedStudyChunks(rule, scenario, job, onProgress) {
    const checked = validateScenario(scenario);
    if (!checked.ok) throw new Error(`invalid scenario: ${checked.issues.join('; ')}`);
    const report = throttled(onProgress);
    const tallies: DesignedStudyTally[] = [];
    let done = 0;
    for (let c = job.first; c < job.end; c++) {
      const { count } = chunkRange(job.total, DESIGNED_STUDY_CHUNK_SIZE, c);
      tallies.push(
        designedStudyChunk(rule, checked.scenario, { ...job, count, rng: chunkRng(job.seed, c) }),
      );
      report((done += count));
    }
    release(onProgress);
    return Comlink.transfer(
      tallies,
      tallies.map((t) => t.stops.buffer),
    );
  },

  async designTask(task) {
    return runDesignTask(task);
  },

  async extractCurve(image, { calibration, click, colour, tolerance }) {
    const ink = click ? pickInk(image, click) : colour;
    if (ink === undefined) throw new Error('give a click on the curve or its colour');
    const read = extractCurve(image, { colour: ink, calibration, tolerance });
    return {
      colour: read.ink,
      points: read.points,
      pixels: read.pixels,
      lineWidth: read.lineWidth,
      seen: read.seen,
    };
  },

  async kmEnsembleChunks(points, request, { first, end }, onProgress) {
    const report = throttled(onProgress);
    const chunks: KmEnsembleChunk[] = [];
    let done = 0;
    try {
      for (let c = first; c < end; c++) {
        const chunk = kmEnsembleChunk(points, request, c);
        chunks.push(chunk);
        report((done += chunk.medians.length));
      }
    } finally {
      release(onProgress);
    }
    return chunks;
  },

  async cancelRun(run) {
    if (running.has(run)) cancelled.add(run);
  },
};
