import { describe, expect, it } from 'vitest';
import { blankPatient } from '../../../src/engine/blankPatient.ts';
import type { Patient } from '../../../src/engine/cohort.ts';
import {
  bestFit,
  fitKm,
  fitModels,
  maximize,
  pieceBreaks,
  survivalFitData,
  visitGrid,
  type ModelFit,
} from '../../../src/engine/fit/index.ts';

const responders = ['CR', 'PR', 'IMP'] as const;
const patient = (id: string, fields: Partial<Patient>): Patient =>
  blankPatient({ id, bestResponse: 'PR', ...fields });

describe('visitGrid', () => {
  it.each([
    [[1, 2, 3, 5], 1],
    [[4, 8, 12, 20], 4],
    [[0.5, 1, 2.5], 0.5],
    [[3], 1],
    [[1, 2.3], null],
    [[], null],
  ])('response times %j sit on a grid of %s weeks', (times, grid) => {
    const patients = (times as number[]).map((t, i) =>
      patient(`P${i}`, { responseWk: t, followupWk: 30 }),
    );
    expect(visitGrid(patients, responders)).toBe(grid);
  });

  it('reads loss and CR times too, but not deaths or follow-up', () => {
    const patients = [
      patient('A', { responseWk: 4, lossWk: 8, deathWk: 9.3, followupWk: 9.3 }),
      patient('B', { responseWk: 8, crWk: 12, followupWk: 17.1 }),
    ];
    expect(visitGrid(patients, responders)).toBe(4);
    patients.push(patient('C', { responseWk: 4, lossWk: 6, followupWk: 7 }));
    expect(visitGrid(patients, responders)).toBe(2);
  });
});

describe('survivalFitData', () => {
  const patients = [
    patient('lost', { responseWk: 1, lossWk: 3, followupWk: 20 }),
    patient('died', { responseWk: 2, deathWk: 4.4, followupWk: 4.4 }),
    patient('died at the loss visit', { responseWk: 1, lossWk: 5, deathWk: 5, followupWk: 5 }),
    patient('ongoing', { responseWk: 2, followupWk: 12.5 }),
    patient('lost at the response visit', { responseWk: 2, lossWk: 2, followupWk: 6 }),
    blankPatient({ id: 'NR', bestResponse: 'NR', followupWk: 9 }),
  ];

  it('reads losses as intervals on a visit grid; a death censors exactly, as does follow-up', () => {
    expect(survivalFitData(patients, { endpoint: 'dor', responders, visitWk: 1 })).toEqual([
      { lower: 1, upper: 2 },
      { lower: 2.4000000000000004, upper: Infinity },
      { lower: 4, upper: Infinity },
      { lower: 10.5, upper: Infinity },
      { lower: 0, upper: 0.001 },
    ]);
  });

  it('reads them as exact without a grid, a zero raised to 0.001 week', () => {
    expect(survivalFitData(patients, { endpoint: 'dor', responders, visitWk: null })).toEqual([
      { lower: 2, upper: 2 },
      { lower: 2.4000000000000004, upper: Infinity },
      { lower: 4, upper: Infinity },
      { lower: 10.5, upper: Infinity },
      { lower: 0.001, upper: 0.001 },
    ]);
  });

  it('gives each responder’s onset, in its visit interval on a grid', () => {
    expect(survivalFitData(patients, { endpoint: 'ttr', responders, visitWk: 2 })).toEqual([
      { lower: 0, upper: 1 },
      { lower: 0, upper: 2 },
      { lower: 0, upper: 1 },
      { lower: 0, upper: 2 },
      { lower: 0, upper: 2 },
    ]);
  });
});

describe('pieceBreaks', () => {
  it('places breaks at the tertiles of the event times, without repeats, inside the times', () => {
    expect(pieceBreaks([1, 1, 1, 2, 3, 5, 8], 20)).toEqual([1, 3]);
    expect(pieceBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 5], 31)).toEqual([1]);
    expect(pieceBreaks([2, 3, 4], 5)).toEqual([2.6666666666666665, 3.333333333333333]);
    expect(pieceBreaks([4, 4], 4)).toEqual([]);
  });
});

describe('maximize', () => {
  it('finds the maximum of a smooth function to 1e-8 from poor starts', () => {
    const f = ([a, b]: number[]) => -((a - 1) ** 2) - 10 * (b - a * a) ** 2;
    const { x, value } = maximize(f, [
      [-1, 3],
      [4, -2],
    ]);
    expect(Math.abs(x[0] - 1)).toBeLessThan(1e-8);
    expect(Math.abs(x[1] - 1)).toBeLessThan(1e-8);
    expect(value).toBeGreaterThan(-1e-14);
  });

  it('keeps to where the function is finite', () => {
    const f = ([a]: number[]) => (a > 0 ? Math.log(a) - a : -Infinity);
    expect(maximize(f, [[-3], [5]]).x[0]).toBeCloseTo(1, 8);
  });
});

describe('fitKm', () => {
  const times = [
    { lower: 0, upper: 1 },
    { lower: 0, upper: 1 },
    { lower: 3, upper: 3 },
    { lower: 5, upper: Infinity },
    { lower: 12, upper: Infinity },
    { lower: 20, upper: Infinity },
  ];

  it('steps at the recorded event times and falls at the last stretch’s rate beyond them', () => {
    const row = fitKm(times, 'interval');
    expect(row.fitted).toEqual({
      distribution: 'km',
      times: [1, 3],
      survival: [4 / 6, (4 / 6) * (3 / 4)],
      tail_from_wk: 20,
      // no event in (10, 20]: half an event over 2 + 10 weeks at risk
      tail_rate: 0.5 / 12,
    });
    expect(row).toMatchObject({ loglik: null, aic: null, fittable: true });
    expect(row.reason).toContain('exponential at 0.0417 per week after week 20');
  });

  it('takes a stated tail rate, and cannot be fitted without an event', () => {
    expect(fitKm(times, 'right', { tailRate: 0 }).fitted).toMatchObject({ tail_rate: 0 });
    expect(fitKm([{ lower: 3, upper: Infinity }], 'right')).toMatchObject({
      fittable: false,
      problem: 'no-event',
    });
  });
});

describe('bestFit', () => {
  const row = (model: ModelFit['model'], aic: number | null, fittable = true): ModelFit => ({
    model,
    censoring: 'right',
    fittable,
    loglik: aic === null ? null : -aic / 2,
    df: 0,
    aic,
    params: {},
    fitted: null,
  });

  it('picks the smallest AIC among the fittable rows, the first on a tie', () => {
    const table = [
      row('exponential', 40),
      row('weibull', 38),
      row('lognormal', 38),
      row('km', null),
    ];
    expect(bestFit(table, 'auto')?.model).toBe('weibull');
    expect(bestFit([row('weibull', 10, false), ...table], 'auto')?.model).toBe('weibull');
    expect(bestFit(table, 'exponential')?.model).toBe('exponential');
  });

  it('picks a mixture over its families, or the family named', () => {
    const mixture = (family: 'weibull' | 'lognormal', aic: number, fittable = true) => ({
      ...row('mixture', aic, fittable),
      family,
    });
    const table = [row('weibull', 50), mixture('weibull', 42), mixture('lognormal', 41)];
    expect(bestFit(table, 'mixture')?.family).toBe('lognormal');
    expect(bestFit(table, 'mixture', 'weibull')?.family).toBe('weibull');
    expect(bestFit([mixture('weibull', 42, false), table[2]], 'mixture', 'weibull')).toBeNull();
    // a family names a mixture's only: other models ignore it
    expect(bestFit(table, 'weibull', 'lognormal')?.model).toBe('weibull');
  });

  it('falls back to the Kaplan–Meier model when no parametric model can be fitted', () => {
    expect(bestFit([row('weibull', null, false), row('km', null)], 'auto')?.model).toBe('km');
    expect(bestFit([row('weibull', null, false)], 'auto')).toBeNull();
  });
});

describe('fitModels', () => {
  it('lists every model once, mixtures per family, in a fixed order', () => {
    const table = fitModels(
      [
        { lower: 1, upper: 1 },
        { lower: 2, upper: 2 },
        { lower: 4, upper: Infinity },
        { lower: 6, upper: 6 },
      ],
      { censoring: 'right' },
    );
    expect(table.map((f) => f.model + (f.family ? `:${f.family}` : ''))).toEqual([
      'exponential',
      'weibull',
      'lognormal',
      'loglogistic',
      'piecewise',
      'mixture:exponential',
      'mixture:weibull',
      'mixture:lognormal',
      'mixture:loglogistic',
      'km',
    ]);
  });

  it('says why nothing can be fitted when every time is censored', () => {
    const table = fitModels([{ lower: 3, upper: Infinity }], { censoring: 'right' });
    for (const f of table) expect(f).toMatchObject({ fittable: false, problem: 'no-event' });
    expect(table[0].reason).toBe('no event: every time is censored, so no rate can be estimated');
  });
});
