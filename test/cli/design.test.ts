import { describe, expect, it } from 'vitest';
import {
  binomialTest,
  monitoringBoundaries,
  operatingCharacteristics,
  simonDesigns,
} from '../../src/engine/design/index.ts';
import { cliJson as json, cliRefused as refused, runCapture } from './runCapture.ts';

describe('cohortscope test', () => {
  it('prints the exact test of 15 of 18 against 0.5, one-sided', async () => {
    const out = await json([
      'test',
      '--x',
      '15',
      '--n',
      '18',
      '--p0',
      '0.5',
      '--alternative',
      'greater',
    ]);
    expect(Object.keys(out)).toEqual([
      'x',
      'n',
      'p0',
      'alternative',
      'level',
      'p_value',
      'mid_p_value',
      'ci',
    ]);
    expect(out).toMatchObject({ x: 15, n: 18, p0: 0.5, alternative: 'greater', level: 0.95 });
    expect(out.p_value.toFixed(6)).toBe('0.003769');
    const t = binomialTest(15, 18, { p0: 0.5, alternative: 'greater' });
    expect(out.mid_p_value).toBe(t.midPValue);
    expect(out.ci).toEqual(t.ci);
  });

  it('is two-sided at level 0.95 by default, as binom.test', async () => {
    const out = await json(['test', '--x', '15', '--n', '18', '--p0', '0.6', '--level', '0.9']);
    expect(out.alternative).toBe('two-sided');
    expect(out.p_value).toBe(binomialTest(15, 18, { p0: 0.6, level: 0.9 }).pValue);
    expect(out.ci[1]).toBeLessThan(1);
  });

  it("takes x and n from a cohort's overall response with --file", async () => {
    const out = await json([
      'test',
      '--file',
      'public/cohorts/hlh-anakinra-2025.csv',
      '--p0',
      '0.6',
      '--alternative',
      'greater',
    ]);
    expect(out).toMatchObject({ x: 15, n: 18 });
    expect(out.p_value.toPrecision(4)).toBe('0.03278');
    const cr = await json([
      'test',
      '--file',
      'test/cli/data/small.csv',
      '--responders',
      'CR',
      '--p0',
      '0.2',
    ]);
    expect(cr.n).toBe(5);
  });

  it.each([
    [['--x', '19', '--n', '18', '--p0', '0.5'], '--x must be at most --n = 18, got 19'],
    [['--x', 'abc', '--n', '18', '--p0', '0.5'], '--x must be a whole number, got "abc"'],
    [['--x', '3', '--n', '18', '--p0', '1.5'], '--p0 must be a number from 0 to 1, got "1.5"'],
    [['--x', '3', '--n', '18'], 'missing --p0'],
    [['--n', '18', '--p0', '0.5'], 'missing --x X --n N'],
    [
      ['--x', '3', '--n', '18', '--p0', '0.5', '--alternative', 'bigger'],
      '--alternative must be greater, less or two-sided, got "bigger"',
    ],
    [
      ['--x', '3', '--n', '18', '--p0', '0.5', '--file', 'a.csv'],
      'give either --x and --n or --file, not both',
    ],
    [['--file', 'no/such.csv', '--p0', '0.5'], 'no/such.csv: no such file'],
  ])('refuses %j with one line', async (args, message) => {
    await refused(['test', ...args], message);
  });
});

describe('cohortscope simon', () => {
  it('prints the optimal, minimax and admissible designs of Simon (1989) unrounded', async () => {
    const out = await json([
      'simon',
      '--p0',
      '0.2',
      '--p1',
      '0.4',
      '--alpha',
      '0.05',
      '--beta',
      '0.2',
    ]);
    expect(Object.keys(out)).toEqual(['optimal', 'minimax', 'admissible']);
    const keys = ['r1', 'n1', 'r', 'n', 'en0', 'pet0', 'alpha', 'power'];
    expect(Object.keys(out.optimal)).toEqual(keys);
    expect(out.optimal).toMatchObject({ r1: 3, n1: 13, r: 12, n: 43 });
    expect(out.minimax).toMatchObject({ r1: 4, n1: 18, r: 10, n: 33 });
    expect(out.optimal.en0.toFixed(1)).toBe('20.6');
    expect(out.minimax.pet0.toFixed(2)).toBe('0.72');
    const engine = simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 })!;
    expect(out.optimal.en0).toBe(engine.optimal.en0);
    expect(out.admissible.map((d: { n: number }) => d.n)).toEqual([33, 38, 43]);
    expect(Object.keys(out.admissible[1])).toEqual([...keys, 'q_low', 'q_high']);
  });

  it('searches up to --nmax and says so when nothing fits', async () => {
    await refused(
      ['simon', '--p0', '0.2', '--p1', '0.4', '--alpha', '0.05', '--beta', '0.2', '--nmax', '30'],
      'no two-stage design with at most 30 patients has alpha ≤ 0.05 and power ≥ 0.8; raise --nmax',
    );
  });

  it.each([
    [
      ['--p0', '0.4', '--p1', '0.4', '--alpha', '0.05', '--beta', '0.2'],
      '--p1 must be above --p0 = 0.4, got 0.4',
    ],
    [
      ['--p0', '0.2', '--p1', '0.4', '--alpha', '1', '--beta', '0.2'],
      '--alpha must be a number between 0 and 1 (not 0 or 1), got "1"',
    ],
    [
      ['--p0', '0.2', '--p1', '0.4', '--alpha', '0.05', '--beta', 'x'],
      '--beta must be a number between 0 and 1',
    ],
    [['--p0', '0.2', '--p1', '0.4', '--alpha', '0.05'], 'missing --beta'],
    [
      ['--p0', '0.2', '--p1', '0.4', '--alpha', '0.05', '--beta', '0.2', '--nmax', '5000'],
      '--nmax must be a whole number from 2 to 1000, got 5000',
    ],
  ])('refuses %j with one line', async (args, message) => {
    await refused(['simon', ...args], message);
  });
});

describe('cohortscope monitor', () => {
  const leeLiu = ['--nmax', '40', '--prior', '0.6,0.4', '--p0', '0.6', '--theta-t', '0.9'];

  it("reproduces Lee & Liu's example: 16 of 23 gives a predictive probability of 0.5656", async () => {
    const out = await json(['monitor', '--x', '16', '--n', '23', ...leeLiu]);
    expect(Object.keys(out)).toEqual([
      'prior',
      'posterior_prob',
      'predictive_prob',
      'success_total',
      'boundaries',
    ]);
    expect(out.predictive_prob.toFixed(4)).toBe('0.5656');
    expect(out.success_total).toBe(28);
    expect(out.boundaries).toHaveLength(40);
    expect(out.boundaries[39]).toEqual({ n: 40, futility: 27, efficacy: 28 });
    const rule = monitoringBoundaries({
      nMax: 40,
      prior: { a: 0.6, b: 0.4 },
      p0: 0.6,
      thetaT: 0.9,
      thetaL: 0.1,
      thetaU: 1,
    });
    expect(out.boundaries).toEqual(rule.looks);
  });

  it('gives boundaries at the chosen looks and the exact characteristics with --oc', async () => {
    const out = await json([
      'monitor',
      ...leeLiu,
      '--looks',
      '10:30:10',
      '--theta-l',
      '0.05',
      '--theta-u',
      '0.99',
      '--oc',
      '0.6,0.8',
    ]);
    expect(out.posterior_prob).toBeNull();
    expect(out.boundaries.map((b: { n: number }) => b.n)).toEqual([10, 20, 30, 40]);
    const rule = monitoringBoundaries({
      nMax: 40,
      prior: { a: 0.6, b: 0.4 },
      p0: 0.6,
      thetaT: 0.9,
      thetaL: 0.05,
      thetaU: 0.99,
      looks: [10, 20, 30],
    });
    const exact = operatingCharacteristics(rule, { p: 0.8 });
    expect(out.oc[1]).toEqual({
      p: 0.8,
      success: exact.success,
      early_stop: exact.earlyStop,
      early_futility: exact.earlyFutility,
      early_efficacy: exact.earlyEfficacy,
      expected_n: exact.expectedN,
    });
    const historical = await json([
      'monitor',
      ...leeLiu.slice(0, 2),
      '--prior',
      'historical:0.6,1',
      ...leeLiu.slice(4),
    ]);
    expect(historical.prior).toEqual({ a: 0.6, b: 0.4 });
  });

  it.each([
    [['--x', '24', '--n', '23', ...leeLiu], '--x must be at most --n = 23, got 24'],
    [['--x', '16', ...leeLiu], 'give --x and --n together'],
    [['--x', '5', '--n', '41', ...leeLiu], '--n must be a whole number from 0 to 40, got 41'],
    [
      [...leeLiu.slice(0, 2), '--prior', '0,1', ...leeLiu.slice(4)],
      '--prior: prior a and b must be > 0, got 0 and 1',
    ],
    [
      [...leeLiu.slice(0, 2), '--prior', 'flat', ...leeLiu.slice(4)],
      '--prior must be A,B (both above 0), jeffreys, uniform or historical:RATE,WEIGHT, got "flat"',
    ],
    [
      [...leeLiu, '--theta-l', '0.5', '--theta-u', '0.4'],
      '--theta-u must be above --theta-l = 0.5, got 0.4',
    ],
    [
      [...leeLiu, '--looks', '10,50'],
      '--looks must be increasing whole numbers from 1 to --nmax = 40',
    ],
    [[...leeLiu, '--oc', '0.6,2'], '--oc must be up to 100 rates from 0 to 1'],
    [['--p0', '0.6', '--theta-t', '0.9'], 'missing --nmax'],
    [['--nmax', '40', '--p0', '0.6'], 'missing --theta-t'],
  ])('refuses %j with one line', async (args, message) => {
    await refused(['monitor', ...args], message);
  });
});

describe('design commands in --help', () => {
  it('lists them and documents every option', async () => {
    const overview = (await runCapture(['--help'])).stdout;
    for (const name of ['test', 'simon', 'monitor'])
      expect(overview).toMatch(new RegExp(`\\n  ${name} `));
    const flags: Record<string, string[]> = {
      test: ['--x', '--n', '--file', '--responders', '--p0', '--alternative', '--level'],
      simon: ['--p0', '--p1', '--alpha', '--beta', '--nmax'],
      monitor: [
        '--nmax',
        '--p0',
        '--theta-t',
        '--x',
        '--prior',
        '--theta-l',
        '--theta-u',
        '--looks',
        '--oc',
      ],
    };
    for (const [name, list] of Object.entries(flags)) {
      const { status, stdout } = await runCapture([name, '--help']);
      expect(status).toBe(0);
      for (const flag of list) expect(stdout, `${name} ${flag}`).toContain(flag);
    }
  });
});
