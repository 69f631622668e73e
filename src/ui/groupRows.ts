import type { SubgroupAnalysis } from '../engine/analyzeSubgroups.ts';
import type { KmResult, KmTransform, ProportionMethod } from '../engine/report.ts';
import { format } from './format.ts';

/** One group's key figures as text, for the table that compares the groups. */
export interface GroupRow {
  value: string;
  n: number;
  orr: { count: string; estimate: string; interval: string };
  dor: { estimate: string; interval: string; events: string };
  ttr: { estimate: string; interval: string; events: string };
}

function median(km: KmResult | null, transform: KmTransform, reason: string | undefined) {
  if (reason) return { estimate: 'not available', interval: '', events: '' };
  if (!km) return { estimate: '—', interval: 'no responders', events: '' };
  return {
    estimate: format.weeks(km.median),
    interval: format.weeksInterval(km.ci[transform]),
    events: `${km.events}/${km.n}`,
  };
}

/**
 * Each group's overall response (x/n, estimate and interval by the chosen method) and the
 * Kaplan–Meier medians of the duration of and time to response (interval by the chosen
 * transform, events of patients), as text, in the grouping's order; "not available" where the
 * cohort cannot give an endpoint (`report.unavailable`).
 * @example groupRows(analyzeSubgroups(hlh, { by: 'sex' }), { method: 'wilson', transform: 'log' })[0].orr.count // '14/16'
 */
export function groupRows(
  s: SubgroupAnalysis,
  { method, transform }: { method: ProportionMethod; transform: KmTransform },
): GroupRow[] {
  return s.groups.map(({ value, n, report }) => ({
    value,
    n,
    orr: report.orr
      ? {
          count: `${report.orr.x}/${report.orr.n}`,
          estimate: format.percent(report.orr.estimate),
          interval: format.percentInterval(report.orr.ci[method]),
        }
      : { count: '', estimate: 'not available', interval: '' },
    dor: median(report.dor, transform, report.unavailable.dor),
    ttr: median(report.ttr.km, transform, report.unavailable.ttr),
  }));
}
