/**
 * Each lesson declares its `l.` link parameters once; their defaults follow the cohort, a value
 * that depends on another is bounded by the value the link gives it, and every value the link
 * gets wrong is named with the value the lesson uses instead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Param } from '../../../src/io/params/Param.ts';
import { DEFAULT_LESSON_ANALYSIS } from '../../../src/panels/learn/analysis.ts';
import { bayesParams } from '../../../src/panels/learn/bayes/bayesParams.ts';
import { coverageParams } from '../../../src/panels/learn/coverage/coverageParams.ts';
import { danceParams } from '../../../src/panels/learn/dance/danceParams.ts';
import { decodeLessonParams } from '../../../src/panels/learn/decodeLessonParams.ts';
import { discretenessParams } from '../../../src/panels/learn/discreteness/discretenessParams.ts';
import { followupParams } from '../../../src/panels/learn/followup/followupParams.ts';
import { LESSON_SEED } from '../../../src/panels/learn/lessonSeed.ts';
import { sampleSizeParams } from '../../../src/panels/learn/sampleSize/sampleSizeParams.ts';

const HLH = { x: 15, n: 18 };
const analysis = DEFAULT_LESSON_ANALYSIS;

describe('discreteness', () => {
  it('starts from the cohort: its size and its responders', () => {
    const params = {};
    const decoded = decodeLessonParams('discreteness', discretenessParams(HLH, params), params);
    expect(decoded).toEqual({ values: { p: 0.6, n: 18, x: 15 }, messages: [], kept: {} });
  });

  it('starts "at least x" at half of n for a cohort that records no response', () => {
    const params = {};
    const none = { x: 0, n: 42, recorded: false };
    const decoded = decodeLessonParams('discreteness', discretenessParams(none, params), params);
    expect(decoded.values).toEqual({ p: 0.6, n: 42, x: 21 });
  });

  it('bounds "at least x" by the n the link asks for', () => {
    const params = { n: '10', x: '15' };
    const decoded = decodeLessonParams('discreteness', discretenessParams(HLH, params), params);
    expect(decoded.values).toEqual({ p: 0.6, n: 10, x: 8 });
    expect(decoded.messages).toEqual([
      '"l.x" must be a whole number from 0 to 10; got "15"; using 8.',
    ]);
    expect(decoded.kept).toEqual({ n: '10' });
  });

  it('names an n out of range and uses the cohort size', () => {
    const params = { n: '500', p: '0.7' };
    const decoded = decodeLessonParams('discreteness', discretenessParams(HLH, params), params);
    expect(decoded.values).toEqual({ p: 0.7, n: 18, x: 15 });
    expect(decoded.messages).toEqual([
      '"l.n" must be a whole number from 1 to 200; got "500"; using 18.',
    ]);
  });
});

describe('coverage', () => {
  it('follows the app: the cohort size, the level and the method shown by default', () => {
    const spec = coverageParams(18, { ...analysis, level: 0.9, method: 'jeffreys' });
    expect(decodeLessonParams('coverage', spec, {}).values).toEqual({
      n: 18,
      level: 0.9,
      m: ['clopper-pearson', 'wilson', 'jeffreys', 'wald'],
    });
  });

  it('brings a default beyond what the controls offer into range, silently', () => {
    const spec = coverageParams(2000, { ...analysis, level: 0.999 });
    expect(decodeLessonParams('coverage', spec, {})).toMatchObject({
      values: { n: 150, level: 0.99 },
      messages: [],
    });
  });

  it('reads the methods shown, and names an unknown one', () => {
    const spec = coverageParams(18, analysis);
    expect(decodeLessonParams('coverage', spec, { m: 'wald,wilson' }).values.m).toEqual([
      'wilson',
      'wald',
    ]);
    expect(decodeLessonParams('coverage', spec, { m: '' }).values.m).toEqual([]);
    expect(decodeLessonParams('coverage', spec, { m: 'wald,exact' }).messages).toEqual([
      '"l.m" must be a comma-separated list of clopper-pearson, wilson, jeffreys, agresti-coull, wald; got "wald,exact"; using clopper-pearson,wilson,wald.',
    ]);
  });
});

describe('dance', () => {
  it('starts from the fitted truth, rounded, and the app method', () => {
    const spec = danceParams({ orr: 0.8333, dor_median: 3.42 }, analysis);
    expect(decodeLessonParams('dance', spec, {}).values).toEqual({
      p: 0.83,
      dm: 3.4,
      m: 'clopper-pearson',
      seed: 1,
    });
  });
});

describe('sample size', () => {
  it('uses Clopper–Pearson when the app method is not offered', () => {
    expect(sampleSizeParams(0.83, 'wald').m.default).toBe('clopper-pearson');
    expect(sampleSizeParams(0.83, 'wilson').m.default).toBe('wilson');
  });
});

describe('follow-up', () => {
  it('bounds the follow-up by the longest offered for the median the link asks for', () => {
    const defaults = { dorMedianWk: 3.4, followupWk: 5 };
    const params = { dm: '2', fu: '20' };
    const decoded = decodeLessonParams('follow-up', followupParams(defaults, params), params);
    expect(decoded.values).toEqual({ dm: 2, fu: 5, seed: 1 });
    expect(decoded.messages).toEqual(['"l.fu" must be a number from 0 to 12; got "20"; using 5.']);
    const longer = { dm: '26', fu: '20' };
    expect(
      decodeLessonParams('follow-up', followupParams(defaults, longer), longer).values.fu,
    ).toBe(20);
  });
});

describe('every lesson', () => {
  const lessons: [string, (params: Record<string, string>) => Record<string, Param<unknown>>][] = [
    ['discreteness', (params) => discretenessParams(HLH, params)],
    ['coverage', () => coverageParams(18, analysis)],
    ['dance', () => danceParams({ orr: 0.83, dor_median: 3.4 }, analysis)],
    ['swimmers', () => ({ seed: LESSON_SEED })],
    ['sample-size', () => sampleSizeParams(0.83, 'clopper-pearson')],
    ['follow-up', (params) => followupParams({ dorMedianWk: 3.4, followupWk: 5 }, params)],
    ['bayes', () => bayesParams(0.83)],
  ];

  it.each(lessons)('%s names a key it does not have', (id, spec) => {
    const params = { zz: '1' };
    expect(decodeLessonParams(id, spec(params), params).messages).toEqual([
      `"l.zz" is not a setting of the lesson "${id}"; ignored.`,
    ]);
  });

  it.each(lessons)(
    '%s: any link decodes to allowed values, and what it keeps decodes without a message',
    (id, spec) => {
      const keys = Object.values(spec({})).map((param) => param.key);
      const text = fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.double({ noNaN: true, min: -10, max: 300 }).map(String),
        fc.integer({ min: -5, max: 300 }).map(String),
      );
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...keys, 'zz'), text), (params) => {
          const set = spec(params);
          const decoded = decodeLessonParams(id, set, params);
          for (const [name, param] of Object.entries(set)) {
            const value = (decoded.values as Record<string, unknown>)[name];
            expect(param.read(param.write(value)), `${id} ${name}`).toEqual(value);
          }
          const again = decodeLessonParams(id, spec(decoded.kept), decoded.kept);
          expect(again.messages).toEqual([]);
          expect(again.values).toEqual(decoded.values);
        }),
        { numRuns: 300, seed: 21 },
      );
    },
  );
});
