import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { ensembleSpread } from '../../../src/engine/reconstruct/ensembleSpread.ts';
import { summarizeEnsemble } from '../../../src/engine/reconstruct/summarizeEnsemble.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

describe('summarizeEnsemble on HLH reconstructions', () => {
  const { cohorts } = reconstructEnsemble(hlhSummary(), { cohorts: 40, rng: seedrandom('s') });
  const summary = summarizeEnsemble(cohorts, {
    level: 0.95,
    byWeek: [1],
    bootstrap: { reps: 100, rng: seedrandom('b') },
  });

  it('analyses every cohort, each with the published median DOR', () => {
    expect(summary.cohorts).toBe(40);
    expect(summary.per_cohort).toHaveLength(40);
    for (const e of summary.per_cohort) expect(e.dor_median, e.name).toBe(1);
  });

  it('responses ongoing at cut-off are the censored durations, and their histogram counts every cohort', () => {
    for (const e of summary.per_cohort) {
      const dor = e.report.dor;
      expect(e.ongoing_at_cutoff, e.name).toBe((dor?.n ?? 0) - (dor?.events ?? 0));
    }
    const hist = summary.spread.ongoing_at_cutoff.histogram;
    expect(hist.reduce((sum, h) => sum + h.count, 0)).toBe(40);
  });

  it('reports the spread of each unreported quantity, with the bootstrap when asked', () => {
    expect(Object.keys(summary.spread).sort()).toEqual(
      [
        'deaths',
        'dor_bootstrap_lower',
        'dor_bootstrap_upper',
        'dor_ci_lower',
        'dor_ci_upper',
        'ongoing_at_cutoff',
        'ttr_ci_lower',
        'ttr_ci_upper',
        'ttr_km_median',
      ].sort(),
    );
    // The DOR interval's lower bound can never exceed the median of 1 week.
    for (const h of summary.spread.dor_ci_lower.histogram) {
      if (h.value !== null) expect(h.value).toBeLessThanOrEqual(1);
    }
    for (const e of summary.per_cohort) {
      const [lo, hi] = e.dor_bootstrap_ci ?? [null, null];
      expect(lo, e.name).not.toBeNull();
      if (lo !== null && hi !== null) expect(lo, e.name).toBeLessThanOrEqual(hi);
    }
  });

  it('is the ensemble spread of the cohorts’ endpoints, in the order the page shows them', () => {
    expect(summary.spread).toEqual(ensembleSpread(summary.per_cohort, { bootstrap: true }));
    const plain = ensembleSpread(summary.per_cohort, { bootstrap: false });
    expect(Object.keys(plain)).toEqual([
      'dor_ci_lower',
      'dor_ci_upper',
      'ttr_km_median',
      'ttr_ci_lower',
      'ttr_ci_upper',
      'ongoing_at_cutoff',
      'deaths',
    ]);
    expect(Object.keys(summary.spread)).toEqual([
      ...Object.keys(plain),
      'dor_bootstrap_lower',
      'dor_bootstrap_upper',
    ]);
  });

  it('the bootstrap is reproducible for the same rng seed', () => {
    const again = summarizeEnsemble(cohorts.slice(0, 5), {
      bootstrap: { reps: 50, rng: seedrandom('b') },
    });
    const once = summarizeEnsemble(cohorts.slice(0, 5), {
      bootstrap: { reps: 50, rng: seedrandom('b') },
    });
    expect(again.per_cohort.map((e) => e.dor_bootstrap_ci)).toEqual(
      once.per_cohort.map((e) => e.dor_bootstrap_ci),
    );
  });
});
