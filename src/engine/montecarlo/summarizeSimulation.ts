import { proportionInterval } from '../proportionInterval.ts';
import { KM_TRANSFORMS, PROPORTION_METHODS } from '../report.ts';
import type { Histogram } from './Histogram.ts';
import { predictiveCheck } from './predictiveCheck.ts';
import { histogramMoments } from './histogramMoments.ts';
import { histogramQuantile } from './histogramQuantile.ts';
import type { Scenario } from './scenario.ts';
import type { SimulationChunk } from './simulationChunk.ts';
import type { SimulationReport } from './simulationReport.ts';
import type { StudyStatistic } from './studyStatistics.ts';

const BINS = 30;

function bins(values: number[]): { edges: number[]; counts: number[] } {
  if (values.length === 0) return { edges: [], counts: [] };
  const min = values.reduce((a, b) => Math.min(a, b));
  const max = values.reduce((a, b) => Math.max(a, b));
  const width = max > min ? (max - min) / BINS : 1;
  const counts = new Array<number>(max > min ? BINS : 1).fill(0);
  for (const v of values) counts[Math.min(counts.length - 1, Math.floor((v - min) / width))]++;
  return {
    edges: counts.map((_, k) => min + k * width).concat(min + counts.length * width),
    counts,
  };
}

function exactHistogram(values: number[]): Histogram {
  const byValue = new Map<number, number>();
  for (const v of values) byValue.set(v, (byValue.get(v) ?? 0) + 1);
  const sorted = [...byValue.keys()].sort((a, b) => a - b);
  return { values: sorted, counts: sorted.map((v) => byValue.get(v)!) };
}

/**
 * Summarizes simulated studies (chunks in chunk order) against the true values: the sampling
 * distribution of ORR with each proportion interval's coverage and mean width, and of the KM
 * median DOR with the share not reached and each transform's coverage and width; with the
 * statistics an `observed` study reported, the predictive check (`predictiveCheck`).
 * Burton et al. (2006), Stat Med 25:4279 (design of simulation studies).
 * @example summarizeSimulation(scenario, chunks, { seed: 's', level: 0.95, truth }).orr.intervals.wald.coverage
 */
export function summarizeSimulation(
  scenario: Scenario,
  chunks: readonly SimulationChunk[],
  {
    seed,
    level,
    truth,
    observed,
  }: {
    seed: string;
    level: number;
    truth: { orr: number; dor_median: number };
    observed?: Record<StudyStatistic, number>;
  },
): SimulationReport {
  const { n } = scenario;
  const responders = chunks.flatMap((c) => [...c.responders]);
  const trials = responders.length;
  const orrHistogram = exactHistogram(responders.map((x) => x / n));
  const orrMoments = histogramMoments(orrHistogram);
  const table = PROPORTION_METHODS.map((method) =>
    Array.from({ length: n + 1 }, (_, x) => proportionInterval(x, n, { method, level })),
  );
  const orrIntervals = Object.fromEntries(
    PROPORTION_METHODS.map((method, m) => {
      let covered = 0;
      let width = 0;
      for (const x of responders) {
        const [lo, hi] = table[m][x];
        if (lo <= truth.orr && truth.orr <= hi) covered++;
        width += hi - lo;
      }
      return [
        method,
        { coverage: covered / trials, mean_width: trials > 0 ? width / trials : null },
      ];
    }),
  ) as SimulationReport['orr']['intervals'];

  const medians: number[] = [];
  let notReached = 0;
  let noResponder = 0;
  const t = KM_TRANSFORMS.length;
  const covered = new Array<number>(t).fill(0);
  const widthSum = new Array<number>(t).fill(0);
  const bounded = new Array<number>(t).fill(0);
  const unbounded = new Array<number>(t).fill(0);
  for (const chunk of chunks) {
    chunk.dorState.forEach((state, s) => {
      if (state === 2) return void noResponder++;
      if (state === 1) notReached++;
      else medians.push(chunk.dorMedian[s]);
      for (let k = 0; k < t; k++) {
        const lo = chunk.bounds[(s * t + k) * 2];
        const hi = chunk.bounds[(s * t + k) * 2 + 1];
        if (Number.isNaN(lo)) continue;
        if (lo <= truth.dor_median && (Number.isNaN(hi) || truth.dor_median <= hi)) covered[k]++;
        if (Number.isNaN(hi)) unbounded[k]++;
        else {
          bounded[k]++;
          widthSum[k] += hi - lo;
        }
      }
    });
  }
  const medianHistogram = exactHistogram(medians);
  const moments = histogramMoments(medianHistogram);
  const quantile = (p: number) =>
    medians.length > 0 ? histogramQuantile(medianHistogram, p) : null;
  return {
    trials,
    seed,
    level,
    scenario,
    // the report keeps the estimands its studies estimate (see scenarioTruth for the model's own median)
    truth: { orr: truth.orr, dor_median: truth.dor_median },
    orr: {
      mean: orrMoments.mean ?? 0,
      sd: orrMoments.sd,
      histogram: orrHistogram,
      intervals: orrIntervals,
    },
    dor_median: {
      not_reached_fraction: trials > 0 ? notReached / trials : 0,
      no_responder_fraction: trials > 0 ? noResponder / trials : 0,
      mean: moments.mean,
      sd: moments.sd,
      quantiles: { p05: quantile(0.05), p50: quantile(0.5), p95: quantile(0.95) },
      histogram: bins(medians),
      intervals: Object.fromEntries(
        KM_TRANSFORMS.map((transform, k) => [
          transform,
          {
            coverage: trials > 0 ? covered[k] / trials : 0,
            mean_width: bounded[k] > 0 ? widthSum[k] / bounded[k] : null,
            unbounded_fraction: trials > 0 ? unbounded[k] / trials : 0,
          },
        ]),
      ) as SimulationReport['dor_median']['intervals'],
    },
    ...(observed ? { predictive_check: predictiveCheck(chunks, observed) } : {}),
  };
}
