import { analyze } from './analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS, type AnalysisOptions } from './analysisOptions.ts';
import type { Cohort } from './cohort.ts';
import { dorObservations } from './dorObservations.ts';
import { fisherExact } from './fisherExact.ts';
import { dorOutcomes } from './dorOutcomes.ts';
import { grayTest, type GrayTestResult } from './grayTest.ts';
import { groupPatients, type Grouping } from './groupPatients.ts';
import type { SurvivalObservation } from './kaplanMeier.ts';
import { logRank, type LogRankResult } from './logRank.ts';
import { newcombeDifference } from './newcombeDifference.ts';
import { responseNotRecorded } from './responseNotRecorded.ts';
import type { AnalysisReport, Interval } from './report.ts';
import { ttrObservations } from './ttrObservations.ts';

/** The endpoints of each subgroup and the tests between them. */
export interface SubgroupAnalysis {
  /** What the groups are ("sex", "age", a column name) and whether they are ordered. */
  label: string;
  ordered: boolean;
  /** Patients without a value, left out of every group. */
  missing: number;
  groups: { value: string; n: number; report: AnalysisReport }[];
  /**
   * Log-rank (or Fleming–Harrington ρ) tests across the groups that have observations, with the
   * trend test when the groups are ordered; `null` when fewer than two groups have any, or when
   * the cohort records no response.
   */
  logrank: { dor: LogRankResult | null; ttr: LogRankResult | null };
  /**
   * Gray's test of the cumulative incidence of loss of response and of death in response across
   * the groups with responders (ρ as the log-rank); `null` when fewer than two groups have any.
   */
  gray: { loss: GrayTestResult; death: GrayTestResult } | null;
  /**
   * With exactly two groups: ORR of the first minus the second, Newcombe interval, Fisher p;
   * `null` otherwise, and when the cohort records no response.
   */
  orr_difference: { estimate: number; ci: Interval; fisher_p: number } | null;
}

function compare(
  groups: SurvivalObservation[][],
  ordered: boolean,
  rho: number,
): LogRankResult | null {
  const present = groups.filter((g) => g.length > 0);
  if (present.length < 2) return null;
  return logRank(present, { rho, scores: ordered ? present.map((_, i) => i + 1) : undefined });
}

/**
 * Splits a cohort by a grouping and gives each group's full endpoint report (`analyze`), the
 * log-rank test of duration of response and of time to response across the groups, Gray's test of
 * the incidence of loss of response and of death in response, and, with two
 * groups, the difference in overall response with Newcombe's hybrid score interval and Fisher's
 * exact p-value. Options are those of `analyze` plus ρ for the weighted log-rank (default 0).
 * Whether response was recorded is decided for the whole cohort (`responseNotRecorded`), so a
 * group of NE patients in a cohort with responses keeps its proportions.
 * Assumes a validated cohort; groups and their order come from `groupPatients`.
 * Reference: R survival 3.5 `survdiff`; R cmprsk `cuminc`; Newcombe (1998) method 10; R `fisher.test`.
 * @example analyzeSubgroups(hlhCohort, { by: 'sex' }).logrank.dor?.p // 0.3496
 */
export function analyzeSubgroups(
  cohort: Cohort,
  grouping: Grouping,
  options: Partial<AnalysisOptions> & { rho?: number } = {},
): SubgroupAnalysis {
  const { rho = 0, ...rest } = options;
  const analysis = { ...DEFAULT_ANALYSIS_OPTIONS, ...rest };
  const { label, ordered, groups, missing } = groupPatients(cohort.patients, grouping);
  const responseRecorded = !responseNotRecorded(cohort.patients);
  const reports = groups.map(({ value, patients }) => ({
    value,
    n: patients.length,
    report: analyze({ ...cohort, patients }, { ...analysis, responseRecorded }),
  }));
  let orrDifference: SubgroupAnalysis['orr_difference'] = null;
  const [a, b] = reports.map((g) => g.report.orr);
  if (reports.length === 2 && a && b) {
    const d = newcombeDifference(a.x, a.n, b.x, b.n, { level: analysis.level });
    orrDifference = {
      estimate: d.estimate,
      ci: [d.lower, d.upper],
      fisher_p: fisherExact([
        [a.x, a.n - a.x],
        [b.x, b.n - b.x],
      ]),
    };
  }
  const outcomes = groups
    .map((g) => dorOutcomes(g.patients, analysis.responders))
    .filter((o) => o.length > 0);
  const gray =
    outcomes.length >= 2
      ? { loss: grayTest(outcomes, 'loss', { rho }), death: grayTest(outcomes, 'death', { rho }) }
      : null;
  return {
    label,
    ordered,
    missing,
    groups: reports,
    logrank: responseRecorded
      ? {
          dor: compare(
            groups.map((g) => dorObservations(g.patients, analysis.responders)),
            ordered,
            rho,
          ),
          ttr: compare(
            groups.map((g) => ttrObservations(g.patients, analysis.responders)),
            ordered,
            rho,
          ),
        }
      : { dor: null, ttr: null },
    gray,
    orr_difference: orrDifference,
  };
}
