/**
 * The Design tab's pure parts as a specification: what the exact test says in words, the rows of
 * the table of designs, the rates and looks of a rule, and the link parameters with their defaults
 * from the cohort.
 */
import { describe, expect, it } from 'vitest';
import { simonDesigns } from '../../../src/engine/design/index.ts';
import { decodeParams } from '../../../src/io/params/decodeParams.ts';
import { characteristicRates } from '../../../src/panels/design/characteristicRates.ts';
import { designParams } from '../../../src/panels/design/designParams.ts';
import { designRows } from '../../../src/panels/design/designRows.ts';
import { historicalComparison } from '../../../src/panels/design/historicalComparison.ts';
import { monitorLooks } from '../../../src/panels/design/monitorLooks.ts';
import { format } from '../../../src/ui/format.ts';

const HLH = { x: 15, n: 18, level: 0.95, lookDelayWk: 5, dorMedianWk: 1 };

describe('historicalComparison', () => {
  it('says that 15/18 beats a historical 50% and 60% but not convincingly 75%', () => {
    const c = historicalComparison(15, 18, {
      p0: 0.5,
      others: [0.6, 0.75],
      alternative: 'greater',
      level: 0.95,
    });
    expect(c.sentence).toBe(
      '15/18 beats a historical 50% (p = 0.0038) and 60% (p = 0.033) but not convincingly a historical 75% (p = 0.31).',
    );
    expect(c.test.pValue).toBeCloseTo(0.003768921, 8);
    expect(c.rates.map((r) => [r.p0, r.rejects])).toEqual([
      [0.5, true],
      [0.6, true],
      [0.75, false],
    ]);
    expect(c.interval).toBe(
      'The one-sided 95% interval that goes with the test runs from 62.3% to 100%: at the one-sided 5% level, 15/18 beats every historical rate up to 62.3% and none above it.',
    );
  });

  it('agrees with its interval: a one-sided test rejects exactly the rates below the bound', () => {
    const c = historicalComparison(15, 18, {
      p0: 0.6,
      others: [0.62, 0.63],
      alternative: 'greater',
      level: 0.95,
    });
    const lower = c.test.ci[0];
    for (const r of c.rates) expect(r.rejects).toBe(r.p0 <= lower);
  });

  // R: binom.test(2, 20, 0.3, alternative = 'less')$p.value = 0.0355, binom.test(15, 18, 0.9)$p.value = 0.416.
  it('speaks of falling below and of differing for the other alternatives', () => {
    const less = historicalComparison(2, 20, {
      p0: 0.3,
      others: [0.15],
      alternative: 'less',
      level: 0.95,
    });
    expect(less.sentence).toMatch(
      /^2\/20 falls below a historical 30% \(p = 0\.035\) but not convincingly a historical 15%/,
    );
    expect(less.interval).toMatch(/from 0% to /);
    const two = historicalComparison(15, 18, {
      p0: 0.9,
      others: [],
      alternative: 'two-sided',
      level: 0.95,
    });
    expect(two.sentence).toBe(
      '15/18 does not convincingly differ from a historical 90% (p = 0.42).',
    );
    expect(two.interval).toMatch(
      /^The two-sided 95% interval \(Clopper–Pearson, as binom.test reports\) runs from 58\.6% to 96\.4%/,
    );
  });

  it('joins the rates it does not beat by "or": 29/60 beats none of 50%, 60% and 75%', () => {
    const c = historicalComparison(29, 60, {
      p0: 0.5,
      others: [0.6, 0.75],
      alternative: 'greater',
      level: 0.95,
    });
    expect(c.sentence).toBe(
      '29/60 does not convincingly beat a historical 50% (p = 0.65), 60% (p = 0.97) or 75% (p = 1).',
    );
    const some = historicalComparison(15, 18, {
      p0: 0.5,
      others: [0.75, 0.8],
      alternative: 'greater',
      level: 0.95,
    });
    expect(some.sentence).toMatch(/but not convincingly a historical 75% \(p = 0\.31\) or 80% /);
  });

  it('lists the main rate once when the others repeat it', () => {
    const c = historicalComparison(15, 18, {
      p0: 0.5,
      others: [0.5],
      alternative: 'greater',
      level: 0.95,
    });
    expect(c.rates).toHaveLength(1);
    expect(c.sentence).toBe('15/18 beats a historical 50% (p = 0.0038).');
  });
});

describe('format.pValue', () => {
  it.each([
    [0.003768921, '0.0038'],
    [0.03278, '0.033'],
    [0.3128, '0.31'],
    [0.00004, '< 0.0001'],
    [0.999, '1'],
    [1, '1'],
  ])('%d reads %s', (p, text) => expect(format.pValue(p)).toBe(text));
});

describe('designRows', () => {
  const designs = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!;

  it('names the admissible designs from the minimax to the optimal, with their weights', () => {
    const rows = designRows(designs, designs.optimal);
    expect(rows.map((r) => [r.name, r.design.r1, r.design.n1, r.design.r, r.design.n])).toEqual([
      ['Minimax', 4, 18, 10, 33],
      ['Admissible', 3, 14, 11, 38],
      ['Optimal', 3, 13, 12, 43],
    ]);
    expect(rows[0].q![1]).toBe(1);
    expect(rows[2].q![0]).toBe(0);
  });

  it('adds a chosen design that is not admissible', () => {
    const other = designs.candidates.find((d) => d.n === 40)!;
    expect(designRows(designs, other).at(-1)).toMatchObject({ name: 'Chosen', q: null });
  });
});

describe('characteristicRates and monitorLooks', () => {
  it('gives a grid with the named rates added, ascending, each once', () => {
    expect(characteristicRates([0.2, 0.4], 0.25)).toEqual([0, 0.2, 0.25, 0.4, 0.5, 0.75, 1]);
    const rates = characteristicRates([0.6, 0.83, 2]);
    expect(rates).toHaveLength(22);
    expect(rates).toContain(0.83);
    expect(rates).toContain(0.3);
  });

  it('looks from the first, every step, below Nmax', () => {
    expect(monitorLooks({ first: 10, step: 10, nMax: 40 })).toEqual([10, 20, 30]);
    expect(monitorLooks({ first: 38, step: 1, nMax: 40 })).toEqual([38, 39]);
    expect(monitorLooks({ first: 40, step: 1, nMax: 40 })).toEqual([]);
  });
});

describe('designParams', () => {
  it('takes its defaults from the cohort: x, n, the assumed rate, the interim look, delay and threshold', () => {
    const { values } = decodeParams(designParams(HLH), {});
    expect(values).toMatchObject({
      x: 15,
      n: 18,
      p0: 0.5,
      alt: 'greater',
      level: 0.95,
      cmp: [0.6, 0.75],
      pt: 0.83,
      ix: 15,
      in: 18,
      delay: 5,
      dor: 1,
      mnmax: 40,
      prior: 'historical',
    });
  });

  it('monitors a study at least as large as the cohort, a larger one read at its rate', () => {
    const big = decodeParams(designParams({ ...HLH, x: 240, n: 300 }), {}).values;
    expect(big).toMatchObject({ mnmax: 300, ix: 240, in: 300 });
    const huge = decodeParams(designParams({ ...HLH, x: 80_000, n: 100_000 }), {}).values;
    expect(huge).toMatchObject({ x: 80_000, n: 100_000, mnmax: 2000, ix: 1600, in: 2000 });
  });

  it('starts from the size and a rate of 0.5 for a cohort that records no response', () => {
    const { values } = decodeParams(designParams({ ...HLH, x: null, n: 42 }), {});
    expect(values).toMatchObject({ x: 21, n: 42, pt: 0.5, ix: 21, in: 42, mnmax: 42 });
  });

  it('reads a shared plan and names what it refuses as the link writes it', () => {
    const decoded = decodeParams(
      designParams(HLH),
      { s0: '0.2', s1: '0.4', sa: '0.7', prior: 'flat', zz: '1' },
      { prefix: 'd.', owner: 'the Design tab' },
    );
    expect(decoded.values).toMatchObject({ s0: 0.2, s1: 0.4, sa: 0.05, prior: 'historical' });
    expect(decoded.messages).toEqual([
      '"d.sa" must be a number from 0.001 to 0.5; got "0.7"; using 0.05.',
      '"d.prior" must be one of jeffreys, uniform, historical, beta; got "flat"; using historical.',
      '"d.zz" is not a setting of the Design tab; ignored.',
    ]);
    expect(decoded.kept).toEqual({ s0: '0.2', s1: '0.4' });
  });
});
