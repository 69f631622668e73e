import type {
  AnalysisReport,
  FeverResult,
  KmResult,
  KmTransform,
  ProportionMethod,
  ProportionResult,
  TimedProportionResult,
} from '../engine/report.ts';
import { format } from './format.ts';

/** One line of the endpoint summary table, every cell already text. */
export interface SummaryRow {
  key: string;
  label: string;
  /** "x/n" for proportions, "events/n" for Kaplan–Meier medians. */
  count: string;
  estimate: string;
  interval: string;
  /** A short note (e.g. the median time to glucocorticoid halving), or ''. */
  note: string;
  /** True for an endpoint the cohort cannot give (its estimate reads "not available"). */
  unavailable?: boolean;
}

function proportionRow(
  key: string,
  label: string,
  p: ProportionResult,
  method: ProportionMethod,
  note = '',
): SummaryRow {
  return {
    key,
    label,
    count: `${p.x}/${p.n}`,
    estimate: format.percent(p.estimate),
    interval: format.percentInterval(p.ci[method]),
    note,
  };
}

function kmRow(
  key: string,
  label: string,
  km: KmResult,
  transform: KmTransform,
  note: string,
): SummaryRow {
  return {
    key,
    label,
    count: `${km.events}/${km.n}`,
    estimate: format.weeks(km.median),
    interval: format.weeksInterval(km.ci[transform]),
    note,
  };
}

/** A row for an endpoint the cohort cannot give, saying why. */
function unavailableRow(key: string, label: string, reason: string): SummaryRow {
  return {
    key,
    label,
    count: '',
    estimate: 'not available',
    interval: '',
    note: reason,
    unavailable: true,
  };
}

/**
 * The endpoint summary as rows of text, in reading order: ORR and its parts, no response and not
 * evaluable, response by each chosen week, glucocorticoid halving, median time to response and
 * duration of response (Kaplan–Meier), fever resolution. Proportions use the chosen interval
 * method, medians the chosen transform; times are in weeks. An endpoint the cohort cannot give
 * (`report.unavailable`) has a row that says so and why, never a blank; a cohort that records no
 * response has its median overall survival, then one such row for response, its timing and its
 * duration together.
 *
 * @example summaryRows(report, { method: 'wilson', transform: 'log-log' })[0].label // 'Overall response (CR + PR + IMP)'
 */
export function summaryRows(
  report: AnalysisReport,
  { method, transform }: { method: ProportionMethod; transform: KmTransform },
): SummaryRow[] {
  const { unavailable } = report;
  const rows: SummaryRow[] = [];
  const { orr, cr, pr, imp, nr, ne } = report;
  if (unavailable.response || !orr || !cr || !pr || !imp || !nr || !ne) {
    // One row for what the missing responses take with them, said once.
    // What such a cohort does give, its overall survival, is its endpoint.
    const os = report.followup?.overall_survival;
    if (os) {
      const note = `${os.events} of ${os.n} died; from the start of treatment`;
      rows.push(kmRow('os', 'Median overall survival (KM)', os, transform, note));
    }
    rows.push(
      unavailableRow(
        'response',
        'Response, time to response, duration of response',
        unavailable.response ?? 'not available',
      ),
    );
    return [...rows, ...otherRows(report, method)];
  }
  rows.push(
    proportionRow('orr', `Overall response (${report.responders.join(' + ')})`, orr, method),
    proportionRow('cr', 'Complete response (CR)', cr, method),
    proportionRow('pr', 'Partial response (PR)', pr, method),
  );
  if (imp.x > 0) rows.push(proportionRow('imp', 'Improvement (IMP)', imp, method));
  rows.push(proportionRow('nr', 'No response (NR)', nr, method));
  rows.push(proportionRow('ne', 'Not evaluable (NE)', ne, method));
  if (unavailable.response_by_week) {
    rows.push(unavailableRow('by-week', 'Responded by week', unavailable.response_by_week));
  }
  for (const [week, p] of Object.entries(report.response_by_week)) {
    rows.push(proportionRow(`by-week-${week}`, `Responded by week ${week}`, p, method));
  }
  if (report.gc_halved) rows.push(gcRow(report.gc_halved, method));
  if (unavailable.ttr) {
    rows.push(unavailableRow('ttr', 'Median time to response (KM)', unavailable.ttr));
  } else if (report.ttr.km) {
    rows.push(
      kmRow(
        'ttr',
        'Median time to response (KM)',
        report.ttr.km,
        transform,
        `${report.ttr.km.events} of ${report.ttr.km.n} responded; median among responders ${format.weeks(report.ttr.responders_median, '—')}`,
      ),
    );
  }
  if (unavailable.dor) {
    rows.push(unavailableRow('dor', 'Median duration of response (KM)', unavailable.dor));
  } else if (report.dor) {
    rows.push(
      kmRow(
        'dor',
        'Median duration of response (KM)',
        report.dor,
        transform,
        `${report.dor.events} of ${report.dor.n} responses ended`,
      ),
    );
  }
  if (report.fever && report.fever.baseline > 0) rows.push(feverRow(report.fever, method));
  return rows;
}

function gcRow(gc: TimedProportionResult, method: ProportionMethod): SummaryRow {
  const note = `median time to halving ${format.weeks(gc.median_time, '—')}`;
  return proportionRow('gc', 'Glucocorticoid dose halved', gc, method, note);
}

function feverRow(fever: FeverResult, method: ProportionMethod): SummaryRow {
  const byWeek = Object.entries(fever.resolved_by_week)
    .map(([week, count]) => `${count} by week ${week}`)
    .join(', ');
  const median = `median time to resolution ${format.weeks(fever.median_time, '—')}`;
  return proportionRow(
    'fever',
    'Fever resolved (of those febrile at baseline)',
    fever.rate,
    method,
    byWeek ? `${byWeek}; ${median}` : median,
  );
}

/** The rows that do not depend on response: glucocorticoid halving and fever resolution. */
function otherRows(report: AnalysisReport, method: ProportionMethod): SummaryRow[] {
  return [
    ...(report.gc_halved ? [gcRow(report.gc_halved, method)] : []),
    ...(report.fever && report.fever.baseline > 0 ? [feverRow(report.fever, method)] : []),
  ];
}
