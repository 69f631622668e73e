import {
  PROPORTION_METHODS,
  KM_TRANSFORMS,
  UNAVAILABLE_LABELS,
  type AnalysisReport,
  type IncidenceRow,
  type Interval,
  type KmResult,
  type LandmarkRate,
  type ProportionResult,
  type UnavailableEndpoints,
} from '../engine/report.ts';

const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)}%`);
const wk = (v: number | null) => (v === null ? 'NR' : `${+v.toFixed(2)}`);
const interval = ([lo, hi]: Interval, f: (v: number | null) => string) => `${f(lo)}–${f(hi)}`;

/** Plain-text columns, padded to the widest cell. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ')).join('\n');
}

function proportionRow(label: string, p: ProportionResult | null): string[] {
  if (!p) return [label, '—', 'not available', ...PROPORTION_METHODS.map(() => '—')];
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

function landmarkRows(label: string, rates: LandmarkRate[]): string[][] {
  return rates.map((r) => [
    `${label} by week ${r.week}`,
    r.estimate === null ? 'not estimable' : pct(r.estimate),
    ...KM_TRANSFORMS.map((t) => (r.estimate === null ? '—' : interval(r.ci[t], pct))),
  ]);
}

function incidenceRow(label: string, rows: IncidenceRow[], events: number): string[] {
  const last = rows.at(-1);
  if (!last || events === 0) return [label, String(events), '0.0%', '—', '—'];
  return [
    label,
    String(events),
    `${pct(last.estimate)} by week ${wk(last.time)}`,
    interval([last.lower, last.upper], pct),
    pct(last.naive),
  ];
}

/**
 * Renders an analysis report as plain-text tables for a terminal (weeks; NR = not reached). A
 * cohort that records no response (`unavailable.response`) gets its overall survival in the
 * Kaplan–Meier table and one line saying why the response endpoints are not available.
 * @example console.log(formatReportTable(analyze(cohort)))
 */
export function formatReportTable(report: AnalysisReport): string {
  const level = `${+(100 * report.level).toFixed(2)}%`;
  const noResponse = report.unavailable.response;
  const proportions = [
    ['Endpoint', 'x/n', 'Estimate', ...PROPORTION_METHODS],
    ...(noResponse
      ? []
      : [
          proportionRow(`Overall response (${report.responders.join('+')})`, report.orr),
          proportionRow('Complete response', report.cr),
          proportionRow('Partial response', report.pr),
          proportionRow('Improvement', report.imp),
          proportionRow('No response', report.nr),
          proportionRow('Not evaluable', report.ne),
        ]),
    ...Object.entries(report.response_by_week).map(([w, p]) =>
      proportionRow(`Responded by week ${w}`, p),
    ),
    ...(report.gc_halved ? [proportionRow('Glucocorticoid halved', report.gc_halved)] : []),
  ];
  const km = [
    ['Kaplan–Meier (weeks)', 'events/n', 'Median', ...KM_TRANSFORMS.map((t) => `CI ${t}`)],
    ...(noResponse
      ? [kmRow('Overall survival', report.followup?.overall_survival ?? null)]
      : [kmRow('Duration of response', report.dor), kmRow('Time to response', report.ttr.km)]),
  ];
  const { female, male, median_age } = report.demographics;
  const notes = [
    ...(noResponse
      ? []
      : [`Median time to response among responders: ${wk(report.ttr.responders_median)} weeks`]),
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
    ...(noResponse
      ? [`Response, time to response and duration of response: ${noResponse}`]
      : Object.entries(report.unavailable).map(
          ([key, reason]) => `${UNAVAILABLE_LABELS[key as keyof UnavailableEndpoints]}: ${reason}`,
        )),
  ];
  const followup = report.followup
    ? [
        `Median follow-up (reverse Kaplan–Meier): ${wk(report.followup.reverse_km.median)} weeks ` +
          `(${level} CI ${interval(report.followup.reverse_km.ci.log, wk)} weeks, log); ` +
          `median observed time ${wk(report.followup.median_observed)} weeks`,
        `Overall survival (Kaplan–Meier): median ${wk(report.followup.overall_survival.median)} weeks ` +
          `(${level} CI ${interval(report.followup.overall_survival.ci.log, wk)} weeks, log); ` +
          `${report.followup.overall_survival.events} of ${report.followup.overall_survival.n} died`,
      ]
    : [];
  const landmarks = [
    ['Landmark (Kaplan–Meier)', 'Estimate', ...KM_TRANSFORMS.map((t) => `CI ${t}`)],
    ...landmarkRows('Still in response', report.dor_landmarks),
    ...landmarkRows('Responded', report.response_landmarks),
  ];
  const count = (cause: 'loss' | 'death') =>
    report.dor_competing?.[cause].reduce((n, r) => n + r.n_event, 0) ?? 0;
  const competing = report.dor_competing
    ? [
        '',
        table([
          [
            'Responses ended by (Aalen–Johansen)',
            'events',
            'Cumulative incidence',
            `${level} CI (log)`,
            'Naive 1 − KM',
          ],
          incidenceRow('Loss of response', report.dor_competing.loss, count('loss')),
          incidenceRow('Death in response', report.dor_competing.death, count('death')),
        ]),
      ]
    : [];
  return [
    `${level} confidence intervals`,
    '',
    ...(proportions.length > 1 ? [table(proportions), ''] : []),
    table(km),
    '',
    ...(noResponse ? [] : [table(landmarks), ...competing, '']),
    ...notes,
    ...followup,
    '',
  ].join('\n');
}
