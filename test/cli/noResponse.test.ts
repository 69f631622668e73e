/**
 * The command line with a cohort rebuilt from a survival figure: `reconstruct-km --endpoint os
 * --out` writes it (the committed fixtures are what the documented commands write today),
 * `analyze` says its response endpoints are not available and why, in JSON as in the table, and
 * the commands that need responses refuse it with that reason.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_RESPONSE_RECORDED } from '../../src/engine/responseNotRecorded.ts';
import { cliJson, cliRefused, runCapture } from './runCapture.ts';

const VETERAN = 'test/fixtures/cohorts/reconstructed/veteran-os.csv';
const LUNG = 'test/fixtures/cohorts/reconstructed/lung-os.csv';
const REASON = `not available for this cohort: ${NO_RESPONSE_RECORDED}`;
const dir = mkdtempSync(join(tmpdir(), 'cohortscope-os-'));

describe('cohortscope reconstruct-km --endpoint os', () => {
  // The commands in test/fixtures/overallSurvival.R, which made the cohorts R checks.
  it('still writes the committed cohort from WebPlotDigitizer’s export of R’s veteran figure', async () => {
    const out = join(dir, 'veteran-os.csv');
    await cliJson([
      'reconstruct-km',
      'test/fixtures/kmfigures/veteran-wpd.csv',
      '--at-risk',
      '0:137,100:55,200:25,300:13,400:6,500:4,600:2,700:2,800:2,900:2',
      '--unit',
      'days',
      '--endpoint',
      'os',
      '--out',
      out,
    ]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(VETERAN, 'utf8'));
  });

  it('still writes the committed cohort read off R’s lung figure (PNG)', async () => {
    const out = join(dir, 'lung-os.csv');
    await cliJson([
      'reconstruct-km',
      '--image',
      'test/fixtures/kmfigures/lung-900x600.png',
      '--calibrate',
      '101.6:0,762.766829745597:30,510.044444444444:0,61.1555555555556:1',
      '--click',
      '791.2771037182,487.444878332658',
      '--at-risk',
      '0:228,6:156,12:65,18:32,24:13,30:3',
      '--unit',
      'months',
      '--endpoint',
      'os',
      '--out',
      out,
    ]);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(LUNG, 'utf8'));
  }, 60_000);
});

describe('cohortscope analyze of a cohort rebuilt from a survival figure', () => {
  it('gives null response proportions and says why, with overall survival', async () => {
    const report = await cliJson(['analyze', VETERAN]);
    for (const key of ['orr', 'cr', 'pr', 'imp', 'nr', 'ne', 'dor', 'dor_competing']) {
      expect(report[key], key).toBeNull();
    }
    expect(report.response_by_week).toEqual({});
    expect(report.unavailable).toEqual({
      response: REASON,
      dor: REASON,
      ttr: REASON,
      response_by_week: REASON,
    });
    expect(report.followup.overall_survival).toMatchObject({ n: 137, events: 128 });
  });

  it('prints overall survival in the table and one line for the response endpoints, no 0/137', async () => {
    const { status, stdout } = await runCapture(['analyze', VETERAN, '--format', 'table']);
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/0\/137|0\.0%/);
    expect(stdout).toMatch(/Overall survival\s+128\/137\s+11\.37\s/);
    expect(stdout).toContain(`Response, time to response and duration of response: ${REASON}`);
    expect(stdout).not.toMatch(/Landmark|Still in response|Median time to response/);
  });

  it('groups it without response proportions or tests, and says why', async () => {
    const grouped = join(dir, 'grouped.csv');
    const lines = readFileSync(VETERAN, 'utf8').trimEnd().split('\n');
    writeFileSync(
      grouped,
      [`${lines[0]},arm`, ...lines.slice(1).map((l, i) => `${l},${i % 2 ? 'B' : 'A'}`)].join('\n'),
    );
    const report = await cliJson(['analyze', grouped, '--group', 'arm']);
    expect(report.groups.map((g: { orr: unknown }) => g.orr)).toEqual([null, null]);
    expect(report).not.toHaveProperty('orr_difference');
    expect(report.unavailable.response).toBe(REASON);
    expect(report.logrank).toEqual({ dor: null, ttr: null });
    const { stdout } = await runCapture([
      'analyze',
      grouped,
      '--group',
      'arm',
      '--format',
      'table',
    ]);
    expect(stdout).toContain(`Response, its duration and the tests between groups: ${REASON}`);
  });
});

describe('commands that need responses refuse such a cohort with the reason', () => {
  it('bootstrap', async () => {
    await cliRefused(
      ['bootstrap', VETERAN, '--reps', '100', '--seed', '1'],
      `${VETERAN}: the bootstrap resamples response endpoints, but ${NO_RESPONSE_RECORDED}`,
    );
  });

  it('fit', async () => {
    await cliRefused(['fit', VETERAN], NO_RESPONSE_RECORDED);
  });

  it('test --file', async () => {
    await cliRefused(
      ['test', '--file', VETERAN, '--p0', '0.5'],
      `${VETERAN}: overall response ${REASON}`,
    );
  });

  it('simulate --observed', async () => {
    const scenario = join(dir, 'scenario.json');
    const fitted = await cliJson(['fit', 'public/cohorts/hlh-anakinra-2025.csv']);
    delete fitted.fits;
    writeFileSync(scenario, JSON.stringify(fitted));
    await cliRefused(
      ['simulate', scenario, '--trials', '10', '--seed', '1', '--observed', VETERAN],
      `--observed ${VETERAN}: its response statistics are ${REASON}`,
    );
  });
});
