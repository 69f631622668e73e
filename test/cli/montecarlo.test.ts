import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_STATISTICS, exactCoverage } from '../../src/engine/montecarlo/index.ts';
import { runCapture } from './runCapture.ts';

const HLH = 'public/cohorts/hlh-anakinra-2025.csv';
const dir = mkdtempSync(join(tmpdir(), 'cohortscope-mc-'));

describe('cohortscope bootstrap', { timeout: 120_000 }, () => {
  it('prints the documented shape, byte-identical for 1 and 2 workers', async () => {
    const args = ['bootstrap', HLH, '--reps', '40000', '--seed', 'cli'];
    const one = await runCapture([...args, '--workers', '1']);
    const two = await runCapture([...args, '--workers', '2']);
    expect(one.stderr).toBe('');
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = JSON.parse(one.stdout);
    expect(Object.keys(out)).toEqual(['reps', 'seed', 'statistics']);
    expect(out).toMatchObject({ reps: 40000, seed: 'cli' });
    expect(Object.keys(out.statistics)).toEqual(BOOTSTRAP_STATISTICS);
    for (const s of Object.values(out.statistics) as Record<string, unknown>[]) {
      expect(Object.keys(s)).toEqual(['estimate', 'se', 'undefined_fraction', 'ci']);
      expect(Object.keys(s.ci as object)).toEqual(['percentile', 'basic', 'bca']);
    }
    expect(out.statistics.orr.estimate).toBeCloseTo(15 / 18, 12);
  });

  it.each([
    [['--reps', '-5', '--seed', 's'], '--reps must be a whole number from 1 to 1000000000, got -5'],
    [
      ['--reps', '2e9', '--seed', 's'],
      '--reps must be a whole number from 1 to 1000000000, got 2e9',
    ],
    [['--reps', '100'], 'missing --seed'],
    [['--seed', 's'], 'missing --reps'],
    [
      ['--reps', '100', '--seed', 's', '--workers', '0'],
      '--workers must be a whole number from 1 to 64',
    ],
    [
      ['--reps', '100', '--seed', 's', '--level', '2'],
      '--level must be a number from 0.5 to 0.9999',
    ],
    [['--reps', '100', '--seed', 's', '--bogus', '1'], 'unknown option --bogus'],
  ])('refuses %j with one line and status 2', async (extra, message) => {
    const { status, stderr, stdout } = await runCapture(['bootstrap', HLH, ...extra]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('cohortscope fit and simulate', { timeout: 120_000 }, () => {
  it('fits a scenario that simulate accepts', async () => {
    const fit = await runCapture(['fit', HLH]);
    expect(fit.status).toBe(0);
    const { fits, ...scenario } = JSON.parse(fit.stdout);
    expect(scenario).toMatchObject({ n: 18, dropout_hazard: 0 });
    expect(Object.keys(fits)).toEqual(['dor', 'ttr']);
    const path = join(dir, 'scenario.json');
    writeFileSync(path, fit.stdout);
    const sim = await runCapture([
      'simulate',
      path,
      '--trials',
      '200',
      '--seed',
      's',
      '--workers',
      '1',
    ]);
    expect(sim.stderr).toBe('');
    const report = JSON.parse(sim.stdout);
    expect(report).toMatchObject({ trials: 200, seed: 's', level: 0.95, scenario });
    expect(Object.keys(report.orr.intervals)).toEqual([
      'clopper-pearson',
      'wilson',
      'jeffreys',
      'agresti-coull',
      'wald',
    ]);
    expect(Object.keys(report.dor_median.intervals)).toEqual(['log', 'log-log', 'plain']);
  });

  it('refuses a malformed scenario with one line naming the field', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify({ n: 18, response: { cr: 2 } }));
    const { status, stderr } = await runCapture([
      'simulate',
      path,
      '--trials',
      '10',
      '--seed',
      's',
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain('response.cr must be a number from 0 to 1, got 2');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    writeFileSync(path, '{ "n": ');
    const broken = await runCapture(['simulate', path, '--trials', '10', '--seed', 's']);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('not valid JSON');
  });
});

describe('cohortscope coverage', () => {
  it('prints exact coverage for a grid', async () => {
    const { status, stdout } = await runCapture(['coverage', '--n', '18', '--p', '0.1:0.3:0.1']);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['n', 'level', 'p', 'coverage']);
    expect(out.p).toEqual([0.1, 0.2, 0.3]);
    expect(out.coverage).toEqual(exactCoverage({ n: 18, p: [0.1, 0.2, 0.3] }).coverage);
  });

  it('defaults to p = 0.01, 0.02, …, 0.99 at level 0.95', async () => {
    const out = JSON.parse((await runCapture(['coverage', '--n', '5'])).stdout);
    expect(out.level).toBe(0.95);
    expect(out.p).toHaveLength(99);
    expect(out.p[6]).toBe(0.07);
  });

  it.each([
    [['--n', '0'], '--n must be a whole number from 1 to 10000, got 0'],
    [[], 'missing --n'],
    [['--n', '5', '--p', '0.5:0.1:0.1'], '--p needs from ≤ to and a step above 0'],
    [['--n', '5', '--p', '0.2,1.5'], '--p values must lie in [0, 1]'],
  ])('refuses %j', async (args, message) => {
    const { status, stderr } = await runCapture(['coverage', ...args]);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
