import type { KmTransform, ProportionMethod } from '../report.ts';
import type { Histogram } from './Histogram.ts';
import type { PredictiveCheck } from './predictiveCheck.ts';
import type { Scenario } from './scenario.ts';

/** How an interval method fared over the simulated studies. */
export interface IntervalPerformance {
  /** Share of studies whose interval contains the true value. */
  coverage: number;
  /** Mean width over the studies whose interval is bounded. */
  mean_width: number | null;
}

/** The sampling distribution of ORR and of the KM median DOR over simulated studies of a scenario. */
export interface SimulationReport {
  trials: number;
  seed: string;
  level: number;
  scenario: Scenario;
  truth: { orr: number; dor_median: number };
  orr: {
    mean: number;
    sd: number | null;
    histogram: Histogram;
    intervals: Record<ProportionMethod, IntervalPerformance>;
  };
  dor_median: {
    /** Share of studies whose KM median was not reached (responders, but the curve stays above 0.5). */
    not_reached_fraction: number;
    /** Share of studies without a single responder. */
    no_responder_fraction: number;
    mean: number | null;
    sd: number | null;
    quantiles: { p05: number | null; p50: number | null; p95: number | null };
    /** Equal-width bins of the reached medians: `edges` has one more entry than `counts`. */
    histogram: { edges: number[]; counts: number[] };
    /** Coverage counts a study without an interval (no responder, lower bound not reached) as a miss. */
    intervals: Record<KmTransform, IntervalPerformance & { unbounded_fraction: number }>;
  };
  /** Only when the statistics of an observed study were given: where each falls among the simulated. */
  predictive_check?: PredictiveCheck;
}
