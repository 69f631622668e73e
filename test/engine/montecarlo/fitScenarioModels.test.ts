import { describe, expect, it } from 'vitest';
import { blankPatient } from '../../../src/engine/blankPatient.ts';
import type { Cohort } from '../../../src/engine/cohort.ts';
import { fitScenario, validateScenario } from '../../../src/engine/montecarlo/index.ts';
import { narrowToResponders } from '../../../src/engine/narrowToResponders.ts';
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

  it('takes the design from the cohort, and gives a valid scenario', () => {
    // cut-off at the longest follow-up (37 wk), accrual the spread among the living (37 − 5)
    expect(fitted.scenario).toMatchObject({
      n: 18,
      cutoff_wk: 37,
      accrual_wk: 32,
      dropout_hazard: 0,
    });
    expect(fitted.scenario.death_hazard).toBeCloseTo(2 / 313, 12);
    expect(fitted.notes).toEqual([]);
    expect(validateScenario(JSON.parse(JSON.stringify(fitted.scenario)))).toEqual({
      ok: true,
      scenario: fitted.scenario,
    });
  });

  it('fits a named model, and the times as exact when asked', () => {
    const weibull = fitScenario(cohort, { model: 'weibull', censoring: 'right' });
    expect(weibull.scenario.dor).toMatchObject({ distribution: 'weibull' });
    expect(fitScenario(cohort, { dor: { model: 'km' } }).scenario.dor.distribution).toBe('km');
    expect(
      fitScenario(cohort, { model: 'piecewise', dor: { breaks: [2, 6] } }).scenario.dor,
    ).toMatchObject({ distribution: 'piecewise', breaks: [2, 6] });
    const mixture = fitScenario(cohort, { dor: { model: 'mixture', family: 'exponential' } });
    expect(mixture.dor.chosen).toMatchObject({ model: 'mixture', family: 'exponential' });
    expect(mixture.scenario.dor).toMatchObject({ rest: { distribution: 'exponential' } });
  });

  it('fits the time to response’s piecewise model at the breaks given, leaving the DOR’s alone', () => {
    const ttrPiecewise = (f: typeof fitted) => f.ttr.fits.find((r) => r.model === 'piecewise')!;
    // every onset is in the first or second weekly interval: the tertiles give no break
    expect(ttrPiecewise(fitted)).toMatchObject({ fittable: false });
    const given = fitScenario(cohort, { ttr: { model: 'piecewise', breaks: [0.5] } });
    expect(ttrPiecewise(given)).toMatchObject({ fittable: true, df: 2 });
    expect(given.scenario.ttr).toMatchObject({ distribution: 'piecewise', breaks: [0.5] });
    expect(given.dor).toEqual(fitted.dor);
  });

  it('counts as response only the grades given: the cohort as narrowToResponders reads it', () => {
    const crOnly = fitScenario(cohort, { responders: ['CR'] });
    expect(crOnly).toEqual(fitScenario(narrowToResponders(cohort, ['CR'])));
    expect(crOnly.scenario.response).toEqual({ cr: 2 / 18, pr: 0, imp: 0 });
    expect(crOnly.ttr.observations).toHaveLength(2);
    expect(fitScenario(cohort, { responders: ['IMP', 'PR', 'CR'] })).toEqual(fitted);
  });

  it('gives the times it fitted, one per responder, to draw beside the fits', () => {
    expect(fitted.dor.observations).toHaveLength(15);
    expect(fitted.dor.observations[0]).toEqual({ lower: 0, upper: 1 });
    expect(fitted.ttr.observations).toHaveLength(15);
  });

  it('refuses a named model that cannot be fitted, saying why', () => {
    expect(() => fitScenario(cohort, { ttr: { model: 'mixture' } })).toThrow(
      'the mixture model cannot be fitted to the time to response: no censored time',
    );
  });

  it('with fallback, uses the best by AIC instead of a choice it cannot use, and says so', () => {
    const fallen = fitScenario(cohort, { ttr: { model: 'mixture' }, fallback: true });
    expect(fallen.ttr.chosen?.model).toBe('exponential');
    expect(fallen.notes).toEqual([
      'the mixture model cannot be fitted to the time to response: no censored time: a durable fraction cannot be estimated (its estimate would be 0); the best by AIC is used instead',
    ]);
    expect(fallen.scenario).toEqual(fitted.scenario);
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
    const detected = fitScenario(exact, { censoring: 'interval', fallback: true });
    expect(detected.dor.censoring).toBe('right');
    expect(detected.notes[0]).toMatch(
      /^interval censoring needs a visit spacing.*; the times are read as detected instead$/,
    );
  });

  it('falls back to an exponential with half an event when no duration has ended', () => {
    const patients = [1, 2, 3].map((i) =>
      blankPatient({ id: `P${i}`, bestResponse: 'PR', responseWk: 1, followupWk: 10 }),
    );
    const none = fitScenario({ ...cohort, patients }, {});
    expect(none.dor.chosen).toBeNull();
    expect(none.dor.fits.every((f) => f.problem === 'no-event')).toBe(true);
    // 3 responders followed 9 weeks from their response: rate ½ / 27 per week
    expect(none.scenario.dor).toEqual({
      distribution: 'exponential',
      median: (Math.LN2 * 27) / 0.5,
    });
  });
});
