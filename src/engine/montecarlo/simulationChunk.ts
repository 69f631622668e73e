import { DEFAULT_ANALYSIS_OPTIONS } from '../analysisOptions.ts';
import { dorObservations } from '../dorObservations.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { KM_TRANSFORMS } from '../report.ts';
import type { Scenario } from './scenario.ts';
import { simulateCohort } from './simulateCohort.ts';
import { STUDY_STATISTICS, studyStatistics } from './studyStatistics.ts';

/**
 * Per simulated study, in order: responders, the KM median DOR (NaN when not reached or no
 * responder) and its interval per transform (`bounds[(study * 3 + transform) * 2 + 0|1]`, NaN = not reached),
 * and the statistics of `studyStatistics` (`statistics[study * 6 + k]` for STUDY_STATISTICS[k]).
 */
export interface SimulationChunk {
  responders: Int32Array;
  /** 0 median reached, 1 not reached, 2 no responder. */
  dorState: Uint8Array;
  dorMedian: Float64Array;
  bounds: Float64Array;
  /** What each study reports, for the predictive check (Infinity: not reached, NaN: undefined). */
  statistics: Float64Array;
}

/**
 * Simulates `count` studies from a scenario and records, for each, the number of responders,
 * the Kaplan–Meier median DOR with its Brookmeyer–Crowley interval for every transform, and the
 * statistics the study would report (`studyStatistics`). Draws nothing beyond the studies;
 * `onProgress` is told the studies done after each one.
 * @example simulationChunk(scenario, { count: 64, rng: chunkRng('s', 0), level: 0.95 }).responders.length // 64
 */
export function simulationChunk(
  scenario: Scenario,
  {
    count,
    rng,
    level,
    onProgress,
  }: { count: number; rng: () => number; level: number; onProgress?: (done: number) => void },
): SimulationChunk {
  const out: SimulationChunk = {
    responders: new Int32Array(count),
    dorState: new Uint8Array(count),
    dorMedian: new Float64Array(count).fill(NaN),
    bounds: new Float64Array(count * KM_TRANSFORMS.length * 2).fill(NaN),
    statistics: new Float64Array(count * STUDY_STATISTICS.length),
  };
  const { responders } = DEFAULT_ANALYSIS_OPTIONS;
  for (let s = 0; s < count; s++) {
    const { patients } = simulateCohort(scenario, { rng });
    const dor = dorObservations(patients, responders);
    const curve = dor.length > 0 ? kaplanMeier(dor) : undefined;
    const reported = studyStatistics(patients, { responders, dorCurve: curve });
    STUDY_STATISTICS.forEach((name, k) => {
      out.statistics[s * STUDY_STATISTICS.length + k] = reported[name];
    });
    out.responders[s] = dor.length;
    if (!curve) {
      out.dorState[s] = 2;
      onProgress?.(s + 1);
      continue;
    }
    KM_TRANSFORMS.forEach((transform, t) => {
      const { median, lower, upper } = kmMedian(curve, { level, transform });
      if (t === 0) {
        out.dorState[s] = median === null ? 1 : 0;
        out.dorMedian[s] = median ?? NaN;
      }
      out.bounds[(s * KM_TRANSFORMS.length + t) * 2] = lower ?? NaN;
      out.bounds[(s * KM_TRANSFORMS.length + t) * 2 + 1] = upper ?? NaN;
    });
    onProgress?.(s + 1);
  }
  return out;
}
