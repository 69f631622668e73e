import type {
  AnalysisReport,
  KmResult,
  KmTransform,
  ProportionMethod,
  ProportionResult,
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
  return { key, label, count: '', estimate: 'not available', interval: '', note: reason };
}

/**
 * The endpoint summary as rows of text, in reading order: ORR and its parts, no response and not
 * evaluable, response by each chosen week, glucocorticoid halving, median time to response and
 * duration of response (Kaplan–Meier), fever resolution. Proportions use the chosen interval
 * method, medians the chosen transform; times are in weeks. An endpoint the cohort cannot give
 * (`report.unavailable`) has a row that says so and why, never a blank.
 *
 * @example summaryRows(report, { method: 'wilson', transform: 'log-log' })[0].label // 'Overall response (CR + PR + IMP)'
 */
export function summaryRows(
  report: AnalysisReport,
  { method, transform }: { method: ProportionMethod; transform: KmTransform },
): SummaryRow[] {
  const { unavailable } = report;
  const rows: SummaryRow[] = [
    proportionRow('orr', `Overall response (${report.responders.join(' + ')})`, report.orr, method),
    proportionRow('cr', 'Complete response (CR)', report.cr, method),
    proportionRow('pr', 'Partial response (PR)', report.pr, method),
  ];
  if (report.imp.x > 0) rows.push(proportionRow('imp', 'Improvement (IMP)', report.imp, method));
  rows.push(proportionRow('nr', 'No response (NR)', report.nr, method));
  rows.push(proportionRow('ne', 'Not evaluable (NE)', report.ne, method));
  if (unavailable.response_by_week) {
    rows.push(unavailableRow('by-week', 'Responded by week', unavailable.response_by_week));
  }
  for (const [week, p] of Object.entries(report.response_by_week)) {
    rows.push(proportionRow(`by-week-${week}`, `Responded by week ${week}`, p, method));
  }
  if (report.gc_halved) {
    rows.push(
      proportionRow(
        'gc',
        'Glucocorticoid dose halved',
        report.gc_halved,
        method,
        `median time to halving ${format.weeks(report.gc_halved.median_time, '—')}`,
      ),
    );
  }
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
  if (report.fever && report.fever.baseline > 0) {
    const { fever } = report;
    const byWeek = Object.entries(fever.resolved_by_week)
      .map(([week, count]) => `${count} by week ${week}`)
      .join(', ');
    const median = `median time to resolution ${format.weeks(fever.median_time, '—')}`;
    rows.push(
      proportionRow(
        'fever',
        'Fever resolved (of those febrile at baseline)',
        fever.rate,
        method,
        byWeek ? `${byWeek}; ${median}` : median,
      ),
    );
  }
  return rows;
}
