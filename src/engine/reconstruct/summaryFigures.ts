import type { Cohort } from '../cohort.ts';
import { demographics } from '../demographics.ts';
import { dorObservations } from '../dorObservations.ts';
import { feverResolution } from '../feverResolution.ts';
import { kaplanMeier } from '../kaplanMeier.ts';
import { kmMedian } from '../kmMedian.ts';
import { median } from '../median.ts';
import { responseOnset } from '../responseOnset.ts';
import { RESPONSE_CODES, RESPONSE_GRADES } from '../cohort.ts';
import type { CohortSummary } from './cohortSummary.ts';
import { summaryWeeks } from './summaryWeeks.ts';

/**
 * The figures a summary can state, computed from a cohort with the engine's own endpoint functions
 * (the parts `analyze` is built from, without the proportion intervals), keyed by summary field.
 * Used to verify thousands of drawn cohorts quickly; `checkCohort` compares them to the summary.
 * @example summaryFigures(cohort, summary)['dor.median_wk'] // 1
 */
export function summaryFigures(
  cohort: Cohort,
  summary: Pick<CohortSummary, 'responders' | 'response' | 'fever'>,
): Record<string, number | null> {
  const { patients, columns } = cohort;
  const responders = summary.responders ?? RESPONSE_GRADES;
  const figures: Record<string, number | null> = { n: patients.length };
  for (const code of RESPONSE_CODES) {
    figures[`best_response.${code}`] = patients.filter((p) => p.bestResponse === code).length;
  }
  const onsets = patients.map((p) => responseOnset(p, responders)).filter((t) => t !== null);
  figures['response.median_wk'] = median(onsets);
  for (const w of summaryWeeks(summary)) {
    figures[`response.by_week.${w}`] = onsets.filter((t) => t <= w).length;
  }
  const dor = dorObservations(patients, responders);
  figures['dor.median_wk'] = dor.length > 0 ? kmMedian(kaplanMeier(dor)).median : null;
  if (columns.includes('gc_halved_wk')) {
    const hasBaseline = columns.includes('gc_baseline_mg');
    const eligible = patients.filter((p) => !hasBaseline || (p.gcBaselineMg ?? 0) > 0);
    const times = eligible.map((p) => p.gcHalvedWk).filter((t) => t !== null);
    figures['gc_halved.count'] = times.length;
    figures['gc_halved.denominator'] = eligible.length;
    figures['gc_halved.median_wk'] = median(times);
  }
  const fever = feverResolution(cohort, { byWeek: summaryWeeks(summary) });
  if (fever) {
    figures['fever.baseline'] = fever.baseline;
    figures['fever.resolved'] = fever.resolved;
    for (const [w, c] of Object.entries(fever.resolved_by_week)) {
      figures[`fever.resolved_by_week.${w}`] = c;
    }
  }
  const demo = demographics(patients);
  figures['sex.female'] = demo.female;
  figures['sex.male'] = demo.male;
  figures['age.median'] = demo.median_age;
  figures.sae_related = patients.filter((p) => p.saeRelated === true).length;
  return figures;
}
