import type { SubgroupAnalysis } from '../engine/analyzeSubgroups.ts';
import type { LogRankResult } from '../engine/logRank.ts';
import { format } from './format.ts';

/** One test between the groups as text: what it compares, the statistic and the p-value. */
export interface GroupTestRow {
  key: string;
  label: string;
  /** "χ² = 0.88 on 1 df", or why the test cannot be computed. */
  statistic: string;
  /** "0.35", or "—" when not testable. */
  p: string;
}

const chisq = (value: number, df: number) => `χ² = ${value.toFixed(2)} on ${df} df`;

function logRankRows(key: string, what: string, r: LogRankResult | null): GroupTestRow[] {
  if (r === null)
    return [
      { key, label: what, statistic: 'not testable: fewer than two groups with data', p: '—' },
    ];
  const name = r.rho === 0 ? 'log-rank' : `Fleming–Harrington ρ = ${r.rho}`;
  const rows: GroupTestRow[] = [
    r.chisq === null || r.p === null
      ? {
          key,
          label: `${what}, ${name}`,
          statistic: 'not testable: too few events to compare',
          p: '—',
        }
      : { key, label: `${what}, ${name}`, statistic: chisq(r.chisq, r.df), p: format.pValue(r.p) },
  ];
  if (r.trend) {
    rows.push({
      key: `${key}-trend`,
      label: `${what}, test for trend (groups in order)`,
      statistic: r.trend.chisq === null ? 'not testable' : chisq(r.trend.chisq, 1),
      p: format.pValue(r.trend.p),
    });
  }
  return rows;
}

/**
 * The tests between the groups of a subgroup analysis as text, in reading order: the log-rank (or
 * Fleming–Harrington ρ) test of the duration of response and of the time to response, each with
 * its test for trend when the groups are ordered; Gray's test of the cumulative incidence of loss
 * of response and of death in response; and with two groups Fisher's exact test of the ORR.
 * @example groupTests(analyzeSubgroups(hlh, { by: 'sex' }))[0] // { key: 'dor', label: 'Duration of response, log-rank', statistic: 'χ² = 0.88 on 1 df', p: '0.35' }
 */
export function groupTests(s: SubgroupAnalysis): GroupTestRow[] {
  const rows = [
    ...logRankRows('dor', 'Duration of response', s.logrank.dor),
    ...logRankRows('ttr', 'Time to response', s.logrank.ttr),
  ];
  for (const cause of ['loss', 'death'] as const) {
    const what =
      cause === 'loss'
        ? 'Cumulative incidence of loss of response'
        : 'Cumulative incidence of death in response';
    const g = s.gray?.[cause];
    rows.push(
      !g
        ? {
            key: `gray-${cause}`,
            label: `${what}, Gray's test`,
            statistic: 'not testable: fewer than two groups with responders',
            p: '—',
          }
        : g.chisq === null
          ? {
              key: `gray-${cause}`,
              label: `${what}, Gray's test`,
              statistic: 'not testable: too few events to compare',
              p: '—',
            }
          : {
              key: `gray-${cause}`,
              label: `${what}, Gray's test`,
              statistic: chisq(g.chisq, g.df),
              p: format.pValue(g.p),
            },
    );
  }
  if (s.orr_difference) {
    rows.push({
      key: 'fisher',
      label: `Overall response, ${s.groups[0].value} against ${s.groups[1].value}, Fisher's exact test`,
      statistic: `difference ${format.percent(s.orr_difference.estimate)}`,
      p: format.pValue(s.orr_difference.fisher_p),
    });
  }
  return rows;
}
