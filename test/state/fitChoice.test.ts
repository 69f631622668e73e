import { describe, expect, it } from 'vitest';
import {
  endpointChoice,
  fitRowKey,
  FIT_MODEL_CHOICES,
  FIT_ROW_KEYS,
} from '../../src/engine/fit/fitModelChoice.ts';
import { fitModels } from '../../src/engine/fit/fitModels.ts';
import { survivalFitData } from '../../src/engine/fit/survivalFitData.ts';
import { fitOptionsOf, type FitSettings } from '../../src/state/fitChoice.ts';
import { SETTINGS_PARAMS } from '../../src/state/settingsParams.ts';
import { DEFAULT_SETTINGS } from '../../src/state/urlState.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';

const DEFAULTS: FitSettings = DEFAULT_SETTINGS;

describe('the fit choices of the link', () => {
  it('name each row of a fit table once, a mixture with its family', () => {
    expect(fitRowKey({ model: 'mixture', family: 'weibull' })).toBe('mixture-weibull');
    expect(fitRowKey({ model: 'km' })).toBe('km');
    expect(new Set(FIT_MODEL_CHOICES).size).toBe(FIT_MODEL_CHOICES.length);
    expect(endpointChoice('mixture-lognormal')).toEqual({ model: 'mixture', family: 'lognormal' });
    expect(endpointChoice('mixture')).toEqual({ model: 'mixture' });
    expect(endpointChoice('auto')).toEqual({ model: 'auto' });
  });

  it('name the rows of a fit table in its order', () => {
    const data = survivalFitData(hlhCohort().patients, {
      endpoint: 'dor',
      responders: ['CR', 'PR', 'IMP'],
      visitWk: 1,
    });
    expect(fitModels(data, { censoring: 'interval' }).map(fitRowKey)).toEqual(FIT_ROW_KEYS);
  });

  it('become fitScenario options with a fallback, each endpoint with its breaks, a stated visit spacing when given', () => {
    expect(
      fitOptionsOf({
        fitDor: 'piecewise',
        fitTtr: 'weibull',
        fitCensoring: 'interval',
        fitVisitWk: 2,
        fitBreaks: [1, 4],
        fitTtrBreaks: null,
      }),
    ).toEqual({
      censoring: 'interval',
      visitWk: 2,
      dor: { model: 'piecewise', breaks: [1, 4] },
      ttr: { model: 'weibull' },
      fallback: true,
    });
    expect(fitOptionsOf({ ...DEFAULTS, fitTtr: 'piecewise', fitTtrBreaks: [0.5, 2] })).toEqual({
      censoring: 'auto',
      dor: { model: 'auto' },
      ttr: { model: 'piecewise', breaks: [0.5, 2] },
      fallback: true,
    });
    expect(fitOptionsOf(DEFAULTS)).toEqual({
      censoring: 'auto',
      dor: { model: 'auto' },
      ttr: { model: 'auto' },
      fallback: true,
    });
  });

  it('are declared once for the link, with what each allows', () => {
    expect(SETTINGS_PARAMS.fitDor.key).toBe('fdor');
    expect(SETTINGS_PARAMS.fitTtr.key).toBe('fttr');
    expect(SETTINGS_PARAMS.fitCensoring.allowed).toBe('one of auto, right, interval');
    expect(SETTINGS_PARAMS.fitVisitWk.read('0')).toBeUndefined();
    for (const [param, key] of [
      [SETTINGS_PARAMS.fitBreaks, 'fbrk'],
      [SETTINGS_PARAMS.fitTtrBreaks, 'ftbrk'],
    ] as const) {
      expect(param.key).toBe(key);
      expect(param.default).toBeNull();
      expect(param.read('4, 1')).toEqual([1, 4]);
      expect(param.read('auto')).toBeNull();
      expect(param.read('')).toBeNull();
      expect(param.read('0,2')).toBeUndefined();
      expect(param.read('521')).toBeUndefined();
      expect(param.read(Array.from({ length: 50 }, (_, i) => i + 1).join(','))).toBeUndefined();
      expect(param.allowed).toBe(
        '1 to 49 comma-separated numbers from 0.01 to 520, or auto (the tertiles of the event times)',
      );
    }
    expect(SETTINGS_PARAMS.fitBreaks.label).toBe('Piecewise DOR breaks (weeks)');
    expect(SETTINGS_PARAMS.fitTtrBreaks.label).toBe('Piecewise TTR breaks (weeks)');
  });
});
