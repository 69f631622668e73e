import { chunkCount, chunkRange, SIMULATION_CHUNK_SIZE } from './chunkRange.ts';
import { chunkRng, type Rng } from './chunkRng.ts';
import { resolveSeed } from './resolveSeed.ts';
import type { Scenario } from './scenario.ts';
import { scenarioTruth } from './scenarioTruth.ts';
import { simulationChunk, type SimulationChunk } from './simulationChunk.ts';
import type { SimulationReport } from './simulationReport.ts';
import type { StudyStatistic } from './studyStatistics.ts';
import { summarizeSimulation } from './summarizeSimulation.ts';

/**
 * Runs `trials` simulated studies of a scenario in the calling thread ("what if the study were
 * run again"), chunked and seeded exactly as the worker pool does, and summarizes them against
 * the true values (`scenarioTruth` unless `truth` overrides them); with the statistics of an
 * `observed` study, the report adds the predictive check. An `rng` instead of a seed draws the
 * seed from it.
 * @example simulateStudies(scenario, { trials: 1000, seed: 's' }).orr.intervals['clopper-pearson'].coverage
 */
export function simulateStudies(
  scenario: Scenario,
  {
    trials,
    level = 0.95,
    truth,
    observed,
    ...source
  }: {
    trials: number;
    seed?: string;
    rng?: Rng;
    level?: number;
    truth?: Partial<SimulationReport['truth']>;
    observed?: Record<StudyStatistic, number>;
  },
): SimulationReport {
  const seed = resolveSeed(source);
  const chunks: SimulationChunk[] = [];
  for (let c = 0; c < chunkCount(trials, SIMULATION_CHUNK_SIZE); c++) {
    const { count } = chunkRange(trials, SIMULATION_CHUNK_SIZE, c);
    chunks.push(simulationChunk(scenario, { count, level, rng: chunkRng(seed, c) }));
  }
  return summarizeSimulation(scenario, chunks, {
    seed,
    level,
    truth: { ...scenarioTruth(scenario), ...truth },
    observed,
  });
}
