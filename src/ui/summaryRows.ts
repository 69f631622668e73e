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

/**
 * The endpoint summary as rows of text, in reading order: ORR and its parts, early response,
 * glucocorticoid halving, median time to response and duration of response (Kaplan–Meier),
 * fever resolution. Proportions use the chosen interval method, medians the chosen transform.
 *
 * @example summaryRows(report, { method: 'wilson', transform: 'log-log' })[0].label // 'Overall response (CR + PR + IMP)'
 */
export function summaryRows(
  report: AnalysisReport,
  { method, transform }: { method: ProportionMethod; transform: KmTransform },
): SummaryRow[] {
  const rows: SummaryRow[] = [
    proportionRow('orr', `Overall response (${report.responders.join(' + ')})`, report.orr, method),
    proportionRow('cr', 'Complete response (CR)', report.cr, method),
    proportionRow('pr', 'Partial response (PR)', report.pr, method),
  ];
  if (report.imp.x > 0) rows.push(proportionRow('imp', 'Improvement (IMP)', report.imp, method));
  const week1 = report.response_by_week['1'];
  if (week1) rows.push(proportionRow('week1', 'Responded by week 1', week1, method));
  if (report.gc_halved) {
    rows.push(
      proportionRow(
        'gc',
        'Glucocorticoid dose halved',
        report.gc_halved,
        method,
        `median time ${format.weeks(report.gc_halved.median_time, '—')}`,
      ),
    );
  }
  if (report.ttr.km) {
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
  if (report.dor) {
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
    const byWeek1 = report.fever.resolved_by_week['1'];
    rows.push({
      key: 'fever',
      label: 'Fever resolved (febrile at baseline)',
      count: `${report.fever.resolved}/${report.fever.baseline}`,
      estimate: format.percent(report.fever.resolved / report.fever.baseline),
      interval: '',
      note: byWeek1 === undefined ? '' : `${byWeek1} within 1 week`,
    });
  }
  return rows;
}
