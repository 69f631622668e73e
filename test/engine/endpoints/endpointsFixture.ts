import type { RNumber } from '../stats/fixtures.ts';
import { readFixture } from '../stats/fixtures.ts';

/** One survdiff case: the data, ρ, and what R computed (trend from its O − E and variance). */
export interface LogRankCase {
  name: string;
  time: number[];
  status: number[];
  group: number[];
  rho: number;
  n: number[];
  observed: number[];
  expected: number[];
  variance: number[][];
  chisq: RNumber;
  df: number;
  p: RNumber;
  trend: { scores: number[]; chisq: RNumber; p: RNumber };
}

/** Per-cause columns of a multi-state survfit, one entry per row. */
export interface CauseColumns {
  estimate: number[];
  se: number[];
  lower: RNumber[];
  upper: RNumber[];
  naive: number[];
}

/** One multi-state survfit case; `cause` is 0 (censored), 1 or 2 for `causes[0]` and `causes[1]`. */
export interface CompetingCase {
  name: string;
  causes: [string, string];
  time: number[];
  cause: number[];
  rows: {
    time: number[];
    n_risk: number[];
    survival: number[];
    survival_se: number[];
  } & Record<string, CauseColumns>;
}

/** One summary(fit, times =) case for every transform, with the KMunicate counts. */
export interface LandmarkCase {
  name: string;
  time: number[];
  status: number[];
  level: number;
  weeks: number[];
  rates: Record<
    'log' | 'log-log' | 'plain',
    { estimate: RNumber[]; se: RNumber[]; lower: RNumber[]; upper: RNumber[] }
  >;
  breaks: number[];
  n_risk: number[];
  events: number[];
  censored: number[];
}

/** A test of a subgroup comparison as R computed it from the cohort file. */
export interface SubgroupTest {
  chisq: RNumber;
  df: number;
  p: RNumber;
  observed: number[];
  expected: number[];
  trend?: { chisq: RNumber; p: RNumber };
}

/** One cohort file split by a grouping. */
export interface SubgroupCase {
  file: string;
  grouping: { by: 'sex' | 'best_response' | 'age'; cuts?: number[] };
  missing: number;
  groups: { value: string; n: number; responders: number }[];
  logrank: { dor: SubgroupTest | null; ttr: SubgroupTest | null };
  gray: Record<'loss' | 'death', { chisq: RNumber; p: RNumber; df: number }> | null;
  orr_difference?: { estimate: number; ci: [number, number]; fisher_p: number };
}

/** One cmprsk::cuminc Gray test case: per cause the χ², p and df ($Tests), null without events. */
export interface GrayCase {
  name: string;
  time: number[];
  cause: number[];
  group: number[];
  rho: number;
  loss: { chisq: RNumber; p: RNumber; df: number };
  death: { chisq: RNumber; p: RNumber; df: number };
}

/** Everything test/fixtures/endpoints.R writes. */
export interface EndpointsFixture {
  logrank: LogRankCase[];
  competing: CompetingCase[];
  gray: GrayCase[];
  fisher: { table: [[number, number], [number, number]]; p: number }[];
  newcombe: {
    x1: number;
    n1: number;
    x2: number;
    n2: number;
    level: number;
    estimate: number;
    lower: number;
    upper: number;
  }[];
  landmarks: LandmarkCase[];
  subgroups: SubgroupCase[];
}

/** The fixture, read once. */
export const endpoints = readFixture<EndpointsFixture>('endpoints.json');
