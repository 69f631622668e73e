import { describe, expect, it } from 'vitest';
import { blankPatient } from '../../../src/engine/blankPatient.ts';
import type { Cohort } from '../../../src/engine/cohort.ts';
import { fitScenario, validateScenario } from '../../../src/engine/montecarlo/index.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

describe('fitScenario with a model choice', () => {
  const cohort = hlhCohort();
  const fitted = fitScenario(cohort, {});

  it('reads the built-in cohort’s weekly times as interval-censored and keeps weekly visits', () => {
    expect(fitted.visitWk).toBe(1);
    expect(fitted.dor.censoring).toBe('interval');
    expect(fitted.scenario.visit_wk).toBe(1);
  });

  it('puts the best model by AIC in the scenario, beside the table it was chosen from', () => {
    const aics = fitted.dor.fits.filter((f) => f.aic !== null).map((f) => f.aic!);
    expect(fitted.dor.chosen?.aic).toBe(Math.min(...aics));
    expect(fitted.scenario.dor).toBe(fitted.dor.chosen?.fitted);
    expect(fitted.scenario.ttr).toBe(fitted.ttr.chosen?.fitted);
    expect(fitted.dor.fits).toHaveLength(10);
  });

  it('keeps the design of the first fit, and gives a valid scenario', () => {
    const first = fitScenario(cohort);
    const { ttr: _t, dor: _d, ...design } = first;
    expect(fitted.scenario).toMatchObject(design);
    expect(Object.keys(fitted.scenario)).toEqual(Object.keys(first));
    expect(validateScenario(JSON.parse(JSON.stringify(fitted.scenario)))).toEqual({
      ok: true,
      scenario: fitted.scenario,
    });
  });

  it('fits a named model, and the times as exact when asked', () => {
    const weibull = fitScenario(cohort, { model: 'weibull', censoring: 'right' });
    expect(weibull.scenario.dor).toMatchObject({ distribution: 'weibull' });
    // Without deaths among the responders (which the table censors and the first fit counted as
    // losses), the first fit's golden-section Weibull and the table's agree.
    const alive = {
      ...cohort,
      patients: cohort.patients.map((p) => (p.responseWk === null ? p : { ...p, deathWk: null })),
    };
    const first = fitScenario(alive).dor as { median: number; shape: number };
    expect(fitScenario(alive, { model: 'weibull', censoring: 'right' }).scenario.dor).toMatchObject(
      {
        median: expect.closeTo(first.median, 6),
        shape: expect.closeTo(first.shape, 6),
      },
    );
    expect(fitScenario(cohort, { dor: { model: 'km' } }).scenario.dor.distribution).toBe('km');
    expect(
      fitScenario(cohort, { model: 'piecewise', dor: { breaks: [2, 6] } }).scenario.dor,
    ).toMatchObject({ distribution: 'piecewise', breaks: [2, 6] });
  });

  it('refuses a named model that cannot be fitted, saying why', () => {
    expect(() => fitScenario(cohort, { ttr: { model: 'mixture' } })).toThrow(
      'the mixture model cannot be fitted to the time to response: no censored time',
    );
  });

  it('needs a visit spacing to read exact times as interval-censored', () => {
    const exact: Cohort = {
      ...cohort,
      patients: cohort.patients.map((p) => ({
        ...p,
        responseWk: p.responseWk === null ? null : p.responseWk + 0.3,
        lossWk: p.lossWk === null ? null : p.lossWk + 0.3,
      })),
    };
    expect(fitScenario(exact, {}).dor.censoring).toBe('right');
    expect(() => fitScenario(exact, { censoring: 'interval' })).toThrow('needs a visit spacing');
    expect(fitScenario(exact, { censoring: 'interval', visitWk: 2 }).visitWk).toBe(2);
  });

  it('falls back to the first fit’s exponential when no duration has ended', () => {
    const patients = [1, 2, 3].map((i) =>
      blankPatient({ id: `P${i}`, bestResponse: 'PR', responseWk: 1, followupWk: 10 }),
    );
    const none = fitScenario({ ...cohort, patients }, {});
    expect(none.dor.chosen).toBeNull();
    expect(none.dor.fits.every((f) => f.problem === 'no-event')).toBe(true);
    expect(none.scenario.dor).toEqual(fitScenario({ ...cohort, patients }).dor);
  });
});
