import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/engine/montecarlo/validateScenario.ts';
import { fieldText, fieldValue, listText, listValue } from '../../src/ui/scenarioForm/fieldText.ts';
import { formIssues } from '../../src/ui/scenarioForm/formIssues.ts';
import { issuePath } from '../../src/ui/scenarioForm/issuePath.ts';
import { modelFields } from '../../src/ui/scenarioForm/modelFields.ts';
import { modelOfKind } from '../../src/ui/scenarioForm/modelOfKind.ts';

describe('a number in a scenario field', () => {
  it('shows four significant digits that read back as a number, and what is not a number as it is', () => {
    expect(fieldText(0.55225928)).toBe('0.5523');
    expect(fieldText(37)).toBe('37');
    expect(fieldText(1234567)).toBe('1235000');
    expect(fieldText(undefined)).toBe('');
    expect(fieldText('two')).toBe('two');
    expect(listText([1, 0.76214])).toBe('1, 0.7621');
  });

  it('writes a number when it reads as one, nothing when empty, else the text for the check to name', () => {
    expect(fieldValue(' 2.5 ')).toBe(2.5);
    expect(fieldValue('1e-3')).toBe(0.001);
    expect(fieldValue('')).toBeUndefined();
    expect(fieldValue('two')).toBe('two');
    expect(fieldValue('1,5')).toBe('1,5');
    expect(listValue('1, 4')).toEqual([1, 4]);
    expect(listValue('1,,x')).toEqual([1, '', 'x']);
    expect(listValue(' ')).toEqual([]);
  });
});

describe('issuePath', () => {
  it('names the field a message of the scenario check is about', () => {
    expect(issuePath('dor.breaks[1] must be a number from 0, got "x"')).toBe('dor.breaks');
    expect(issuePath('dor.rest.median must be a number above 0, got 0')).toBe('dor.rest.median');
    expect(issuePath('response.cr + response.pr + response.imp must be at most 1')).toBe(
      'response',
    );
    expect(issuePath('"color" is not a scenario field')).toBeNull();
    expect(issuePath('color is not a scenario field')).toBeNull();
  });
});

describe('formIssues', () => {
  it('places each message of validateScenario beside the field shown for it, the rest above the form', () => {
    const json = {
      n: -1,
      response: { cr: 0.5, pr: 0.6, imp: 0 },
      ttr: { distribution: 'exponential', median: 1 },
      dor: { distribution: 'mixture', durable: 1.5, rest: { distribution: 'weibull', median: 2 } },
      cutoff_wk: 10,
      colour: 'red',
    };
    const check = validateScenario(json);
    expect(check.ok).toBe(false);
    const issues = check.ok ? [] : check.issues;
    const { byPath, general } = formIssues(issues, json);
    expect(byPath.get('n')?.[0]).toMatch(/^n must be a whole number/);
    expect(byPath.has('response')).toBe(true);
    expect(byPath.has('dor.durable')).toBe(true);
    expect(byPath.has('dor.rest.shape')).toBe(true);
    expect(general.some((m) => m.includes('colour'))).toBe(true);
    const placed = [...byPath.values()].flat().length + general.length;
    expect(placed).toBe(issues.length);
  });
});

describe('modelFields', () => {
  it('lists the fields of each kind of model, a mixture after its family', () => {
    expect(modelFields('exponential').map((f) => f.key)).toEqual(['median']);
    expect(modelFields('weibull').map((f) => f.key)).toEqual(['median', 'shape']);
    expect(modelFields('piecewise').map((f) => f.key)).toEqual(['breaks', 'rates']);
    expect(modelFields('mixture', 'exponential').map((f) => f.key)).toEqual([
      'durable',
      'rest.distribution',
      'rest.median',
    ]);
    expect(modelFields('km').map((f) => f.key)).toEqual([
      'times',
      'survival',
      'tail_from_wk',
      'tail_rate',
    ]);
    expect(modelFields('empirical').map((f) => f.type)).toEqual(['list']);
  });
});

describe('modelOfKind', () => {
  const weibull = { distribution: 'weibull', median: 2, shape: 0.8 };

  it('starts a model of another kind close to the current one, and a valid one', () => {
    expect(modelOfKind('exponential', weibull)).toEqual({ distribution: 'exponential', median: 2 });
    expect(modelOfKind('loglogistic', weibull)).toEqual({
      distribution: 'loglogistic',
      median: 2,
      shape: 0.8,
    });
    expect(modelOfKind('mixture', weibull)).toEqual({
      distribution: 'mixture',
      durable: 0.2,
      rest: weibull,
    });
    const piecewise = modelOfKind('piecewise', weibull);
    expect(piecewise).toEqual({
      distribution: 'piecewise',
      breaks: [2],
      rates: [Math.LN2 / 2, Math.LN2 / 2],
    });
    for (const kind of [
      'exponential',
      'weibull',
      'lognormal',
      'loglogistic',
      'piecewise',
      'mixture',
      'km',
    ] as const) {
      const dor = modelOfKind(kind, weibull);
      const check = validateScenario({
        n: 10,
        response: { cr: 0.5, pr: 0, imp: 0 },
        ttr: { distribution: 'exponential', median: 1 },
        dor,
        cutoff_wk: 20,
      });
      expect(check.ok, `${kind}: ${JSON.stringify(dor)}`).toBe(true);
    }
  });

  it('takes a median of one week when the current model has none', () => {
    expect(modelOfKind('exponential', null)).toEqual({ distribution: 'exponential', median: 1 });
    expect(modelOfKind('empirical', { distribution: 'empirical', times: [3, 1, 2] })).toEqual({
      distribution: 'empirical',
      times: [2],
    });
  });
});
