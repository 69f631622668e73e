import { describe, expect, it } from 'vitest';
import {
  bayesianSuccess,
  betaDensity,
  betaPosterior,
  unitGrid,
} from '../../../src/engine/lessons/index.ts';
import { expectNear, fixture } from './lessonsFixture.ts';

describe('betaPosterior', () => {
  it.each(fixture.posterior)('matches qbeta/pbeta for $x/$n under Beta($priorA, $priorB)', (c) => {
    const post = betaPosterior(c.x, c.n, {
      a: c.priorA,
      b: c.priorB,
      level: c.level,
      threshold: c.threshold,
    });
    expect(post.a).toBe(c.a);
    expect(post.b).toBe(c.b);
    expectNear(post.mean, c.mean, c);
    expectNear(post.lower, c.lower, c);
    expectNear(post.upper, c.upper, c);
    expectNear(post.probabilityAbove, c.probabilityAbove, c);
  });

  it('defaults to a uniform prior: 15/18 gives Beta(16, 4) with mean 0.8', () => {
    const post = betaPosterior(15, 18);
    expect([post.a, post.b, post.mean, post.level, post.threshold]).toEqual([
      16, 4, 0.8, 0.95, 0.5,
    ]);
  });

  it('rejects a bad prior or count', () => {
    expect(() => betaPosterior(15, 18, { a: 0 })).toThrow(/prior a and b/);
    expect(() => betaPosterior(19, 18)).toThrow(/x must be an integer/);
  });
});

describe('betaDensity', () => {
  it.each(fixture.densities)('matches dbeta for Beta($a, $b)', ({ a, b, ps, density }) => {
    const actual = betaDensity(ps, a, b);
    actual.forEach((d, i) => {
      const inputs = { a, b, p: ps[i] };
      if (density[i] === null) expect(d, JSON.stringify(inputs)).toBeNull();
      else expectNear(d!, density[i]!, inputs);
    });
  });
});

describe('unitGrid', () => {
  it('matches the grid the fixture used', () => {
    const grid = unitGrid(41);
    grid.forEach((p, i) => expect(Math.abs(p - fixture.densities[0].ps[i])).toBeLessThan(1e-15));
  });
});

describe('bayesianSuccess', () => {
  it.each(fixture.success)(
    'matches pbeta and pbinom for n = $n, true ORR $trueOrr, P(ORR > $threshold) >= $bar',
    (c) => {
      const result = bayesianSuccess(c.n, {
        trueOrr: c.trueOrr,
        a: c.priorA,
        b: c.priorB,
        threshold: c.threshold,
        bar: c.bar,
      });
      expect(result.smallestX, JSON.stringify(c)).toBe(c.smallestX);
      expectNear(result.probability, c.probability, c);
      result.byX.forEach((p, x) => expectNear(p, c.byX[x], { ...c, x }));
    },
  );

  it('needs more responders for a higher bar, so succeeds less often', () => {
    const loose = bayesianSuccess(18, { trueOrr: 0.8, threshold: 0.6, bar: 0.8 });
    const strict = bayesianSuccess(18, { trueOrr: 0.8, threshold: 0.6, bar: 0.99 });
    expect(strict.smallestX!).toBeGreaterThan(loose.smallestX!);
    expect(strict.probability).toBeLessThan(loose.probability);
  });

  it('rejects a bar outside [0, 1]', () => {
    expect(() => bayesianSuccess(18, { trueOrr: 0.8, threshold: 0.6, bar: 1.5 })).toThrow(
      'bar must be in [0, 1], got 1.5',
    );
  });

  it('rejects a study size, prior or threshold it cannot use', () => {
    const ok = { trueOrr: 0.8, threshold: 0.6, bar: 0.9 };
    expect(() => bayesianSuccess(0, ok)).toThrow('n must be an integer >= 1, got 0');
    expect(() => bayesianSuccess(18, { ...ok, a: 0 })).toThrow('prior a and b must be > 0');
    expect(() => bayesianSuccess(18, { ...ok, threshold: 1.2 })).toThrow(
      'threshold must be in [0, 1], got 1.2',
    );
  });
});
