import type { SubgroupAnalysis } from '../engine/analyzeSubgroups.ts';
import type { LogRankResult } from '../engine/logRank.ts';
import { table } from './formatReportTable.ts';

const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)}%`);
const wk = (v: number | null) => (v === null ? 'NR' : `${+v.toFixed(2)}`);
const pValue = (p: number | null) =>
  p === null ? '—' : p < 0.0001 ? '< 0.0001' : p.toFixed(4).replace(/0+$/, '').replace(/\.$/, '');

function testLine(label: string, r: LogRankResult | null): string[] {
  if (r === null) return [`${label}: not testable (fewer than two groups with data)`];
  const name = r.rho === 0 ? 'log-rank' : `Fleming–Harrington ρ = ${r.rho}`;
  const main =
    r.chisq === null || r.p === null
      ? `${label} ${name}: not testable (too few events to compare)`
      : `${label} ${name}: χ² = ${r.chisq.toFixed(2)} on ${r.df} df, p = ${pValue(r.p)}`;
  const trend =
    r.trend && r.trend.chisq !== null
      ? [
          `${label} test for trend: χ² = ${r.trend.chisq.toFixed(2)} on 1 df, p = ${pValue(r.trend.p)}`,
        ]
      : [];
  return [main, ...trend];
}

/**
 * Renders a subgroup analysis for a terminal: each group's ORR (Wilson interval), median DOR and
 * TTR in weeks, the log-rank tests and, with two groups, the ORR difference; for a cohort that
 * records no response, why those are not available.
 * @example console.log(formatSubgroupTable(analyzeSubgroups(cohort, { by: 'sex' }), 0.95))
 */
export function formatSubgroupTable(s: SubgroupAnalysis, level: number): string {
  const lv = `${+(100 * level).toFixed(2)}%`;
  const rows = [
    [
      `Group (${s.label})`,
      'n',
      'ORR x/n',
      'ORR',
      `${lv} CI (Wilson)`,
      'Median DOR (weeks)',
      'Median TTR (weeks)',
    ],
    ...s.groups.map(({ value, n, report }) => [
      value,
      String(n),
      ...(report.orr
        ? [
            `${report.orr.x}/${report.orr.n}`,
            pct(report.orr.estimate),
            `${pct(report.orr.ci.wilson[0])}–${pct(report.orr.ci.wilson[1])}`,
          ]
        : ['—', 'not available', '—']),
      report.dor ? wk(report.dor.median) : '—',
      report.ttr.km ? wk(report.ttr.km.median) : '—',
    ]),
  ];
  const d = s.orr_difference;
  const noResponse = s.groups[0]?.report.unavailable.response;
  return [
    `Subgroups by ${s.label}${s.missing ? ` (${s.missing} without a value left out)` : ''}`,
    '',
    table(rows),
    '',
    ...(noResponse
      ? [`Response, its duration and the tests between groups: ${noResponse}`]
      : [
          ...testLine('Duration of response', s.logrank.dor),
          ...testLine('Time to response', s.logrank.ttr),
        ]),
    ...(s.gray
      ? (['loss', 'death'] as const).map((cause) => {
          const g = s.gray![cause];
          const what = cause === 'loss' ? 'loss of response' : 'death in response';
          return g.chisq === null
            ? `Cumulative incidence of ${what}, Gray's test: not testable (too few events to compare)`
            : `Cumulative incidence of ${what}, Gray's test: χ² = ${g.chisq.toFixed(2)} on ${g.df} df, p = ${pValue(g.p)}`;
        })
      : []),
    ...(d
      ? [
          `ORR difference ${s.groups[0].value} − ${s.groups[1].value}: ${pct(d.estimate)} ` +
            `(${lv} CI ${pct(d.ci[0])} to ${pct(d.ci[1])}, Newcombe); Fisher's exact p = ${pValue(d.fisher_p)}`,
        ]
      : []),
    '',
  ].join('\n');
}
