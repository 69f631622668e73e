import type { SubgroupAnalysis } from './analyzeSubgroups.ts';
import type { LogRankResult } from './logRank.ts';

/** A log-rank result as the reports give it: the test, observed and expected events, and the trend. */
function test(r: LogRankResult | null) {
  if (r === null) return null;
  return {
    chisq: r.chisq,
    df: r.df,
    p: r.p,
    rho: r.rho,
    observed: r.observed,
    expected: r.expected,
    ...(r.trend ? { trend: { chisq: r.trend.chisq, df: r.trend.df, p: r.trend.p } } : {}),
  };
}

/**
 * A subgroup analysis as the JSON reports give it — the keys `analyze --group` adds, and the
 * app's report of its grouping: the grouping, each group's ORR, DOR and TTR, the log-rank tests,
 * Gray's tests of DOR's competing causes and, with two groups, the ORR difference.
 * @example subgroupOutput(analyzeSubgroups(cohort, { by: 'sex' })).groups[0].value // 'F'
 */
export function subgroupOutput(s: SubgroupAnalysis) {
  return {
    grouping: { column: s.label, ordered: s.ordered, missing: s.missing },
    groups: s.groups.map(({ value, n, report }) => ({
      value,
      n,
      orr: report.orr,
      dor: report.dor,
      ttr: report.ttr,
    })),
    logrank: { dor: test(s.logrank.dor), ttr: test(s.logrank.ttr) },
    gray: s.gray
      ? {
          loss: { chisq: s.gray.loss.chisq, df: s.gray.loss.df, p: s.gray.loss.p },
          death: { chisq: s.gray.death.chisq, df: s.gray.death.df, p: s.gray.death.p },
        }
      : null,
    ...(s.orr_difference ? { orr_difference: s.orr_difference } : {}),
  };
}
