import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCapture } from './runCapture.ts';

const small = 'test/cli/data/small.csv';
const refused = 'test/cli/data/refused.csv';

describe('cohortscope analyze', () => {
  it('prints the report as JSON with the documented keys', async () => {
    const { status, stdout, stderr } = await runCapture(['analyze', small]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    for (const key of [
      'n',
      'level',
      'orr',
      'cr',
      'pr',
      'imp',
      'response_by_week',
      'dor',
      'ttr',
      'gc_halved',
      'fever',
      'demographics',
    ]) {
      expect(report, key).toHaveProperty(key);
    }
    expect(report.n).toBe(5);
    expect(report.orr).toMatchObject({ x: 4, n: 5, estimate: 0.8 });
    expect(Object.keys(report.orr.ci)).toEqual([
      'clopper-pearson',
      'wilson',
      'jeffreys',
      'agresti-coull',
      'wald',
    ]);
    expect(Object.keys(report.response_by_week)).toEqual(['1', '2', '4']);
    expect(Object.keys(report.dor.ci)).toEqual(['log', 'log-log', 'plain']);
    expect(report.dor.table[0]).toHaveProperty('n_risk');
    expect(report.gc_halved).toMatchObject({ x: 3, n: 4, median_time: 1 });
  });

  it('applies --level, --responders and --by-week', async () => {
    const { stdout } = await runCapture([
      'analyze',
      small,
      '--level',
      '0.9',
      '--responders',
      'cr,pr',
      '--by-week',
      '1,3',
    ]);
    const report = JSON.parse(stdout);
    expect(report.level).toBe(0.9);
    expect(report.orr.x).toBe(3);
    expect(report.response_by_week['3'].x).toBe(3);
  });

  it('prints readable tables with --format table', async () => {
    const { status, stdout } = await runCapture(['analyze', small, '--format', 'table']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Overall response \(CR\+PR\+IMP\)\s+4\/5\s+80\.0%/);
    expect(stdout).toMatch(/Duration of response/);
  });

  it('refuses a bad file with every validation message, exit status 2', async () => {
    const { status, stdout, stderr } = await runCapture(['analyze', refused]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/row 2.*best_response.*XX/);
    expect(stderr).toMatch(/row 3.*response_wk/);
    expect(stderr).toMatch(/row 4.*followup_wk.*abc/);
    expect(stderr).toMatch(/A1/);
  });

  it('refuses unknown options and bad values with one line', async () => {
    for (const argv of [
      ['analyze', small, '--bogus', '1'],
      ['analyze', small, '--level', '2'],
      ['analyze', small, '--responders', 'NR'],
      ['analyze', small, '--format', 'xml'],
      ['analyze', 'no/such/file.csv'],
      ['analyze'],
    ]) {
      const { status, stderr } = await runCapture(argv);
      expect(status, argv.join(' ')).toBe(2);
      expect(stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1);
    }
  });

  it('documents every option in --help', async () => {
    const { status, stdout } = await runCapture(['analyze', '--help']);
    expect(status).toBe(0);
    for (const flag of ['--level', '--responders', '--by-week', '--format'])
      expect(stdout).toContain(flag);
  });

  it('exits with status 2 and no stack trace as a real process', async () => {
    const run = promisify(execFile);
    const error = await run('npx', ['tsx', 'src/cli/main.ts', 'analyze', refused]).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).not.toMatch(/\n\s+at /);
    expect(error.stderr).toMatch(/refused/);
  });
});
