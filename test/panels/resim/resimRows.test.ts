import { describe, expect, it } from 'vitest';
import { fitScenario } from '../../../src/engine/montecarlo/fitScenario.ts';
import { simulateStudies } from '../../../src/engine/montecarlo/simulateStudies.ts';
import { studyStatistics } from '../../../src/engine/montecarlo/studyStatistics.ts';
import { drawnFitKeys, drawnFits } from '../../../src/panels/resim/drawnFits.ts';
import { fitTableRows } from '../../../src/panels/resim/fitTableRows.ts';
import { predictiveRows } from '../../../src/panels/resim/predictiveRows.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

const cohort = hlhCohort();
const fitted = fitScenario(cohort);

describe('fitTableRows', () => {
  const rows = fitTableRows(fitted.dor);

  it('gives every model of the table once, rounded, the one in use and the best by AIC marked', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'exponential',
      'weibull',
      'lognormal',
      'loglogistic',
      'piecewise',
      'mixture-exponential',
      'mixture-weibull',
      'mixture-lognormal',
      'mixture-loglogistic',
      'km',
    ]);
    const best = rows.filter((r) => r.best);
    expect(best).toHaveLength(1);
    expect(rows.filter((r) => r.chosen)).toEqual(best);
    expect(best[0].deltaAic).toBe('0.00');
    for (const row of rows.filter((r) => r.aic !== '—')) {
      expect(row.loglik).toMatch(/^-?\d+\.\d\d$/);
      expect(Number(row.deltaAic)).toBeGreaterThanOrEqual(0);
    }
  });

  it('matches the engine: AIC = 2 df − 2 log-likelihood, parameters in words, the nonparametric row without AIC', () => {
    fitted.dor.fits.forEach((fit, i) => {
      if (fit.aic !== null) expect(rows[i].aic).toBe(fit.aic.toFixed(2));
    });
    const km = rows.find((r) => r.key === 'km')!;
    expect(km.aic).toBe('—');
    expect(km.params).toMatch(/^Kaplan–Meier steps at .* then exponential at/);
    expect(km.note).not.toBeNull();
  });

  it('marks the row a named choice picked, which need not be the best', () => {
    const weibull = fitScenario(cohort, { model: 'weibull' });
    const picked = fitTableRows(weibull.dor).filter((r) => r.chosen);
    expect(picked.map((r) => r.key)).toEqual(['weibull']);
    expect(picked[0].best).toBe(fitTableRows(fitted.dor).find((r) => r.best)?.key === 'weibull');
  });
});

describe('drawnFits', () => {
  it('draws every fittable model but the other mixtures, the one in use named and thicker', () => {
    const curves = drawnFits(fitted.dor, []);
    const inUse = curves.filter((c) => c.chosen);
    expect(inUse).toHaveLength(1);
    expect(inUse[0].label).toMatch(/ \(in use\)$/);
    expect(curves.filter((c) => c.label.startsWith('Durable mixture'))).toHaveLength(1);
    expect(new Set(curves.map((c) => c.style)).size).toBe(curves.length);
  });

  it('leaves out what the user hid', () => {
    const all = drawnFitKeys(fitted.dor, []);
    expect(all.has('exponential')).toBe(true);
    const fewer = drawnFitKeys(fitted.dor, ['exponential', 'km']);
    expect(fewer.has('exponential')).toBe(false);
    expect(fewer.has('km')).toBe(false);
    expect(fewer.size).toBe(all.size - 2);
  });
});

describe('predictiveRows', () => {
  const observed = studyStatistics(cohort.patients);

  it('shows each statistic with its observed value and percentile, within the middle 90% in plain words', () => {
    const report = simulateStudies(fitted.scenario, { trials: 400, seed: 'rows', observed });
    const rows = predictiveRows(report.predictive_check!);
    expect(rows.map((r) => r.label)).toEqual([
      'ORR',
      'CR rate',
      'Share responding by week 1',
      'Median DOR',
      'Median TTR',
      'Number of DOR events',
    ]);
    const orr = rows[0];
    expect(orr.observed).toBe('83.3%');
    expect(orr.flagged).toBe(false);
    expect(orr.verdict).toBe('Within the middle 90% of simulated studies.');
    expect(rows[3].observed).toBe('1 wk');
    expect(rows[5].observed).toBe(String(observed.dor_events));
  });

  it('flags a statistic a bad model does not reproduce, in the words of the check', () => {
    const bad = {
      ...fitted.scenario,
      response: { cr: 0.05, pr: 0.25, imp: 0 },
      dor: { distribution: 'exponential' as const, median: 52 },
    };
    const report = simulateStudies(bad, { trials: 400, seed: 'bad', observed });
    const rows = predictiveRows(report.predictive_check!);
    const orr = rows.find((r) => r.statistic === 'orr')!;
    expect(orr.flagged).toBe(true);
    expect(orr.verdict).toMatch(
      /^The observed ORR is larger than in \d+% of simulated studies: the model does not reproduce it\.$/,
    );
    expect(Number(orr.percentile)).toBeGreaterThan(95);
    const dor = rows.find((r) => r.statistic === 'dor_median')!;
    expect(dor.flagged).toBe(true);
    expect(dor.verdict).toMatch(/^The observed median DOR is smaller than in \d+% /);
  });
});
