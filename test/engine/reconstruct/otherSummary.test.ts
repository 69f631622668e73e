import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { cohortKey } from '../../../src/engine/reconstruct/cohortKey.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { validateSummary } from '../../../src/engine/reconstruct/validateSummary.ts';
import { cohortToCsv } from '../../../src/io/cohortToCsv.ts';
import { parseCohort } from '../../../src/io/parseCohort.ts';

// A made-up summary exercising what the HLH abstract does not: IMP outside the responder
// definition, NE, an even number of responders and patients, several landmark weeks, unknown sex,
// a median between two grid values, a serious adverse event and a longer schedule.
const summary: CohortSummary = {
  name: 'Synthetic 30-patient study',
  n: 30,
  best_response: { CR: 6, PR: 8, IMP: 4, NR: 10, NE: 2 },
  responders: ['CR', 'PR'],
  response: { median_wk: 2, by_week: { '1': 5, '2': 12, '4': 13 } },
  dor: { median_wk: 6 },
  gc_halved: { count: 20, median_wk: 2.5 },
  fever: { baseline: 8, resolved: 6, resolved_by_week: { '2': 4 } },
  sex: { female: 12, male: 16 },
  age: { median: 54.25, min: 20, max: 85 },
  sae_related: 1,
  enrolment: { start: '2023-03-01', end: '2024-06-30' },
  cutoff: '2024-12-31',
  schedule: { every_wk: 1, between_visits_wk: 0.5 },
  assumptions: { max_dor_wk: 40, death_probability: 0.2 },
};

describe('reconstructEnsemble on another summary', () => {
  it('the summary is valid', () => {
    const result = validateSummary(summary);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('draws distinct cohorts that analyze confirms figure by figure', { timeout: 60_000 }, () => {
    const ensemble = reconstructEnsemble(summary, { cohorts: 200, rng: seedrandom('other') });
    expect(ensemble.message, JSON.stringify(ensemble.rejected)).toBeNull();
    expect(new Set(ensemble.cohorts.map(cohortKey)).size).toBe(200);
    for (const cohort of ensemble.cohorts) {
      const info = cohortToCsv(cohort);
      const parsed = parseCohort(info, { fileName: 'synthetic.csv' });
      expect(parsed.ok ? [] : parsed.issues, info).toEqual([]);
      const r = analyze(cohort, { responders: ['CR', 'PR'], byWeek: [1, 2, 4] });
      expect([r.n, r.orr!.x, r.cr!.x, r.pr!.x, r.imp!.x], info).toEqual([30, 14, 6, 8, 4]);
      expect(
        cohort.patients.filter((p) => p.bestResponse === 'NE'),
        info,
      ).toHaveLength(2);
      expect(r.ttr.responders_median, info).toBe(2);
      expect(
        [1, 2, 4].map((w) => r.response_by_week[String(w)].x),
        info,
      ).toEqual([5, 12, 13]);
      expect(r.dor?.median, info).toBe(6);
      expect([r.gc_halved?.x, r.gc_halved?.n, r.gc_halved?.median_time], info).toEqual([
        20, 30, 2.5,
      ]);
      expect([r.fever?.baseline, r.fever?.resolved, r.fever?.resolved_by_week['2']], info).toEqual([
        8, 6, 4,
      ]);
      expect([r.demographics.female, r.demographics.male], info).toEqual([12, 16]);
      expect(Math.abs((r.demographics.median_age ?? NaN) - 54.25), info).toBeLessThan(1e-9);
      expect(
        cohort.patients.filter((p) => p.saeRelated === true),
        info,
      ).toHaveLength(1);
      for (const p of cohort.patients) {
        if (p.bestResponse === 'IMP') expect(p.responseWk, info).not.toBeNull();
        // Enrolment 2023-03-01 to 2024-06-30, cut-off 2024-12-31: at most 95 weeks.
        expect(p.followupWk, info).toBeLessThanOrEqual(95);
      }
    }
  });
});
