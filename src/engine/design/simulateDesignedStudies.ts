import { chunkCount, chunkRange } from '../montecarlo/chunkRange.ts';
import { chunkRng } from '../montecarlo/chunkRng.ts';
import type { Scenario } from '../montecarlo/scenario.ts';
import {
  designedStudyChunk,
  type DesignedStudySettings,
  type DesignedStudyTally,
} from './designedStudyChunk.ts';
import type { StoppingRule } from './stoppingRule.ts';
import { summarizeDesignedStudies, type DesignedStudyReport } from './summarizeDesignedStudies.ts';

/** Simulated designed studies per chunk: a few hundred milliseconds of work at most. */
export const DESIGNED_STUDY_CHUNK_SIZE = 64;

/**
 * Simulates `trials` studies run under a stopping rule from a scenario, in the calling thread,
 * chunked and seeded exactly as the worker pool does (chunk i of `DESIGNED_STUDY_CHUNK_SIZE`
 * studies draws from `chunkRng(seed, i)`), and summarises them; see `designedStudyChunk` for how
 * a study runs and when it is analysed.
 * Assumes what `designedStudyChunk` assumes and trials >= 1 whole.
 * Reference: Lee & Liu (2008), Clinical Trials 5:93, section 3.
 * @example simulateDesignedStudies(simonRule(design), scenario, { trials: 1000, seed: 's', lookDelayWk: 5, level: 0.95, transform: 'log-log', dorThresholdWk: 1 }).success
 */
export function simulateDesignedStudies(
  rule: StoppingRule,
  scenario: Scenario,
  { trials, seed, ...settings }: DesignedStudySettings & { trials: number; seed: string },
): DesignedStudyReport {
  if (!Number.isInteger(trials) || trials < 1) {
    throw new RangeError(`trials must be a whole number >= 1, got ${trials}`);
  }
  const tallies: DesignedStudyTally[] = [];
  for (let c = 0; c < chunkCount(trials, DESIGNED_STUDY_CHUNK_SIZE); c++) {
    const { count } = chunkRange(trials, DESIGNED_STUDY_CHUNK_SIZE, c);
    tallies.push(
      designedStudyChunk(rule, scenario, { ...settings, count, rng: chunkRng(seed, c) }),
    );
  }
  return summarizeDesignedStudies(rule, tallies);
}
