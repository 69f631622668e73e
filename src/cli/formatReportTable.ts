import {
  PROPORTION_METHODS,
  KM_TRANSFORMS,
  type AnalysisReport,
  type Interval,
  type KmResult,
  type ProportionResult,
} from '../engine/report.ts';

const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)}%`);
const wk = (v: number | null) => (v === null ? 'NR' : `${+v.toFixed(2)}`);
const interval = ([lo, hi]: Interval, f: (v: number | null) => string) => `${f(lo)}–${f(hi)}`;

const UNAVAILABLE: Record<string, string> = {
  dor: 'Duration of response',
  ttr: 'Time to response',
  response_by_week: 'Responded by week',
};

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ')).join('\n');
}

function proportionRow(label: string, p: ProportionResult): string[] {
  return [
    label,
    `${p.x}/${p.n}`,
    pct(p.estimate),
    ...PROPORTION_METHODS.map((m) => interval(p.ci[m], pct)),
  ];
}

function kmRow(label: string, km: KmResult | null): string[] {
  if (!km) return [label, '—', '—', ...KM_TRANSFORMS.map(() => '—')];
  return [
    label,
    `${km.events}/${km.n}`,
    wk(km.median),
    ...KM_TRANSFORMS.map((t) => interval(km.ci[t], wk)),
  ];
}

/**
 * Renders an analysis report as plain-text tables for a terminal (weeks; NR = not reached).
 * @example console.log(formatReportTable(analyze(cohort)))
 */
export function formatReportTable(report: AnalysisReport): string {
  const level = `${+(100 * report.level).toFixed(2)}%`;
  const proportions = [
    ['Endpoint', 'x/n', 'Estimate', ...PROPORTION_METHODS],
    proportionRow(`Overall response (${report.responders.join('+')})`, report.orr),
    proportionRow('Complete response', report.cr),
    proportionRow('Partial response', report.pr),
    proportionRow('Improvement', report.imp),
    ...Object.entries(report.response_by_week).map(([w, p]) =>
      proportionRow(`Responded by week ${w}`, p),
    ),
    ...(report.gc_halved ? [proportionRow('Glucocorticoid halved', report.gc_halved)] : []),
  ];
  const km = [
    ['Kaplan–Meier (weeks)', 'events/n', 'Median', ...KM_TRANSFORMS.map((t) => `CI ${t}`)],
    kmRow('Duration of response', report.dor),
    kmRow('Time to response', report.ttr.km),
  ];
  const { female, male, median_age } = report.demographics;
  const notes = [
    `Median time to response among responders: ${wk(report.ttr.responders_median)} weeks`,
    ...(report.gc_halved
      ? [`Median time to glucocorticoid halving: ${wk(report.gc_halved.median_time)} weeks`]
      : []),
    ...(report.fever
      ? [
          `Fever at baseline: ${report.fever.baseline}; resolved: ${report.fever.resolved} (${Object.entries(
            report.fever.resolved_by_week,
          )
            .map(([w, c]) => `${c} by week ${w}`)
            .join(', ')}); median time ${wk(report.fever.median_time)} weeks`,
        ]
      : []),
    `Patients: ${report.n} (${female} female, ${male} male); median age ${median_age ?? '—'}`,
    ...Object.entries(report.unavailable).map(([key, reason]) => `${UNAVAILABLE[key]}: ${reason}`),
  ];
  return [
    `${level} confidence intervals`,
    '',
    table(proportions),
    '',
    table(km),
    '',
    ...notes,
    '',
  ].join('\n');
}
