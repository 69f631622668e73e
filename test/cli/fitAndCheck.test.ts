import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCapture } from './runCapture.ts';

const HLH = 'public/cohorts/hlh-anakinra-2025.csv';
const dir = mkdtempSync(join(tmpdir(), 'cohortscope-fit-'));

/** `simulate --observed` of the built-in cohort: 2,000 studies of a scenario file, a fixed seed. */
async function simulateObserved(path: string) {
  const sim = await runCapture([
    'simulate',
    path,
    '--trials',
    '2000',
    '--seed',
    'issue-13',
    '--workers',
    '2',
    '--observed',
    HLH,
  ]);
  expect(sim.stderr).toBe('');
  return JSON.parse(sim.stdout);
}

/** `fit` then `simulate --observed` of the built-in cohort. */
async function fitAndSimulate(fitArgs: string[], name: string) {
  const fit = await runCapture(['fit', HLH, ...fitArgs]);
  expect(fit.stderr).toBe('');
  const path = join(dir, `${name}.json`);
  writeFileSync(path, fit.stdout);
  return { fitted: JSON.parse(fit.stdout), report: await simulateObserved(path) };
}

describe('cohortscope fit', { timeout: 300_000 }, () => {
  it('prints the scenario with its chosen models and the table of every fit', async () => {
    const { status, stdout } = await runCapture(['fit', HLH]);
    expect(status).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual([
      'n',
      'response',
      'ttr',
      'dor',
      'accrual_wk',
      'cutoff_wk',
      'dropout_hazard',
      'death_hazard',
      'visit_wk',
      'fits',
    ]);
    expect(out.fits.dor).toHaveLength(10);
    for (const row of [...out.fits.dor, ...out.fits.ttr]) {
      expect(row).toMatchObject({ censoring: 'interval' });
      expect(Object.keys(row)).toEqual(
        expect.arrayContaining(['model', 'censoring', 'loglik', 'aic', 'params']),
      );
    }
    const chosen = out.fits.dor.filter((row: { chosen?: boolean }) => row.chosen);
    expect(chosen).toHaveLength(1);
    expect(out.dor.distribution).toBe(chosen[0].model);
    const aics = out.fits.dor
      .map((row: { aic: number | null }) => row.aic)
      .filter((a: number | null) => a !== null);
    expect(chosen[0].aic).toBe(Math.min(...aics));
    expect(out.fits.ttr.find((row: { model: string }) => row.model === 'weibull')).toMatchObject({
      fittable: false,
      reason: expect.stringContaining('the likelihood has no maximum'),
    });
  });

  it('fits the model asked for, reading the times as asked', async () => {
    const { stdout } = await runCapture([
      'fit',
      HLH,
      '--model',
      'piecewise',
      '--breaks',
      '1,6',
      '--censoring',
      'right',
      '--ttr-model',
      'km',
    ]);
    const out = JSON.parse(stdout);
    expect(out.dor).toMatchObject({ distribution: 'piecewise', breaks: [1, 6] });
    expect(out.ttr).toMatchObject({ distribution: 'km', times: [1, 2] });
    expect(out.fits.dor[0].censoring).toBe('right');
  });

  it.each([
    [
      ['--model', 'gamma'],
      '--model must be one of auto, exponential, weibull, lognormal, loglogistic, piecewise, mixture-exponential, mixture-weibull, mixture-lognormal, mixture-loglogistic, km, mixture, got "gamma"',
    ],
    [['--censoring', 'left'], '--censoring must be one of auto, right, interval, got "left"'],
    [['--visit-wk', '0'], '--visit-wk must be a number from 0.01 to 520, got 0'],
    [
      ['--breaks', '0,2'],
      '--breaks must be 1 to 49 comma-separated numbers from 0.01 to 520; got "0,2".',
    ],
    [
      ['--ttr-model', 'mixture'],
      'the mixture model cannot be fitted to the time to response: no censored time',
    ],
    [['--shape', '2'], 'unknown option --shape'],
  ])('refuses %j with one line', async (extra, message) => {
    const { status, stdout, stderr } = await runCapture(['fit', HLH, ...extra]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('needs a visit spacing to read times off a grid as interval-censored', async () => {
    const path = join(dir, 'exact.csv');
    writeFileSync(
      path,
      'id,best_response,response_wk,loss_wk,followup_wk\nA,PR,1.2,3.4,10\nB,PR,2.1,,12\nC,NR,,,9\n',
    );
    const refused = await runCapture(['fit', path, '--censoring', 'interval']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('interval censoring needs a visit spacing');
    const stated = await runCapture(['fit', path, '--censoring', 'interval', '--visit-wk', '2']);
    expect(JSON.parse(stated.stdout).visit_wk).toBe(2);
  });
});

describe(
  'the predictive check of the built-in cohort (2,000 simulated studies, seed issue-13)',
  {
    timeout: 300_000,
  },
  () => {
    it('the default fit reproduces the observed median DOR and ORR (25th–75th percentile)', async () => {
      const { fitted, report } = await fitAndSimulate([], 'auto');
      const predictive = report.predictive_check;
      expect(Object.keys(predictive)).toEqual([
        'orr',
        'cr',
        'response_by_week_1',
        'dor_median',
        'ttr_median',
        'dor_events',
      ]);
      expect(predictive.dor_median.observed).toBe(1);
      expect(predictive.orr.observed).toBeCloseTo(15 / 18, 12);
      for (const name of ['dor_median', 'orr']) {
        const { percentile } = predictive[name];
        expect(
          percentile,
          `${name}: ${JSON.stringify(predictive[name])}, model ${JSON.stringify(fitted.dor)}`,
        ).toBeGreaterThanOrEqual(25);
        expect(percentile, name).toBeLessThanOrEqual(75);
      }
      for (const entry of Object.values(predictive))
        expect((entry as { message: string | null }).message).toBeNull();
    });

    it('a Weibull fitted to the times read as exact (like the first fit) does not reproduce the median DOR', async () => {
      const { report } = await fitAndSimulate(
        ['--model', 'weibull', '--censoring', 'right'],
        'weibull',
      );
      expect(report.predictive_check.dor_median.percentile).toBeLessThan(5);
      expect(report.predictive_check.dor_median.message).toMatch(
        /^the observed median DOR is smaller than in \d+% of simulated studies.*: the model does not reproduce it$/,
      );
    });

    it('a deliberately bad model, exponential with a median of 20 weeks, is flagged in words', async () => {
      const fit = JSON.parse((await runCapture(['fit', HLH])).stdout);
      const path = join(dir, 'bad.json');
      writeFileSync(
        path,
        JSON.stringify({ ...fit, dor: { distribution: 'exponential', median: 20 } }),
      );
      const check = (await simulateObserved(path)).predictive_check;
      expect(check.dor_median.message).toMatch(
        /^the observed median DOR is smaller than in (9\d|100)% of simulated studies.*: the model does not reproduce it$/,
      );
      expect(check.orr.message).toBeNull();
    });

    it('refuses an unreadable observed cohort with one line', async () => {
      const fit = await runCapture(['fit', HLH]);
      const path = join(dir, 'scenario.json');
      writeFileSync(path, fit.stdout);
      const { status, stderr } = await runCapture([
        'simulate',
        path,
        '--trials',
        '10',
        '--seed',
        's',
        '--observed',
        join(dir, 'nothing.csv'),
      ]);
      expect(status).toBe(2);
      expect(stderr).toContain('nothing.csv: no such file');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    });
  },
);
