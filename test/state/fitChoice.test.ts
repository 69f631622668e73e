import { describe, expect, it } from 'vitest';
import {
  endpointChoice,
  fitOptionsOf,
  fitRowKey,
  FIT_MODEL_CHOICES,
} from '../../src/state/fitChoice.ts';
import { SETTINGS_PARAMS } from '../../src/state/settingsParams.ts';

describe('the fit choices of the link', () => {
  it('name each row of a fit table once, a mixture with its family', () => {
    expect(fitRowKey({ model: 'mixture', family: 'weibull' })).toBe('mixture-weibull');
    expect(fitRowKey({ model: 'km' })).toBe('km');
    expect(new Set(FIT_MODEL_CHOICES).size).toBe(FIT_MODEL_CHOICES.length);
    expect(endpointChoice('mixture-lognormal')).toEqual({ model: 'mixture', family: 'lognormal' });
    expect(endpointChoice('mixture')).toEqual({ model: 'mixture' });
    expect(endpointChoice('auto')).toEqual({ model: 'auto' });
  });

  it('become fitScenario options with a fallback, the breaks for the DOR only, a stated visit spacing when given', () => {
    expect(
      fitOptionsOf({
        fitDor: 'piecewise',
        fitTtr: 'weibull',
        fitCensoring: 'interval',
        fitVisitWk: 2,
        fitBreaks: [1, 4],
      }),
    ).toEqual({
      censoring: 'interval',
      visitWk: 2,
      dor: { model: 'piecewise', breaks: [1, 4] },
      ttr: { model: 'weibull' },
      fallback: true,
    });
    expect(
      fitOptionsOf({
        fitDor: 'auto',
        fitTtr: 'auto',
        fitCensoring: 'auto',
        fitVisitWk: null,
        fitBreaks: null,
      }),
    ).toEqual({
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
    expect(SETTINGS_PARAMS.fitBreaks.read('4, 1')).toEqual([1, 4]);
    expect(SETTINGS_PARAMS.fitBreaks.read('auto')).toBeNull();
    expect(SETTINGS_PARAMS.fitVisitWk.read('0')).toBeUndefined();
  });
});
