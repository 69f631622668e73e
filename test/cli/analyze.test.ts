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
    // The sources as a real process: Node with tsx's loader (npx and the tsx launcher would
    // start two processes more).
    const argv = ['--import', 'tsx', 'src/cli/main.ts', 'analyze', refused];
    const error = await run(process.execPath, argv).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).not.toMatch(/\n\s+at /);
    expect(error.stderr).toMatch(/refused/);
  });
});

describe('cohortscope analyze: follow-up, landmarks, competing risks and subgroups', () => {
  it('adds followup, dor_landmarks, response_landmarks and dor_competing after the old keys', async () => {
    const { status, stdout } = await runCapture(['analyze', small]);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report).slice(-5)).toEqual([
      'followup',
      'dor_landmarks',
      'response_landmarks',
      'dor_competing',
      'unavailable',
    ]);
    expect(report.followup).toMatchObject({ median_observed: 16, reverse_km: { n: 5, events: 4 } });
    expect(report.dor_landmarks.map((l: { week: number }) => l.week)).toEqual([4, 12, 26]);
    expect(Object.keys(report.dor_landmarks[0].ci)).toEqual(['log', 'log-log', 'plain']);
    // The last DOR time is 17 weeks: week 26 is not estimable, not carried forward.
    expect(report.dor_landmarks[2]).toMatchObject({ week: 26, estimate: null });
    const { loss, death } = report.dor_competing;
    expect(loss.map((r: { time: number }) => r.time)).toEqual(
      death.map((r: { time: number }) => r.time),
    );
    expect(loss[0]).toEqual(
      expect.objectContaining({ time: 1, estimate: 0.25, se: expect.any(Number) }),
    );
  });

  it('reads the landmark weeks from --landmarks and refuses a bad one with one line', async () => {
    const { stdout } = await runCapture(['analyze', small, '--landmarks', '2,8']);
    const report = JSON.parse(stdout);
    expect(report.response_landmarks.map((l: { week: number }) => l.week)).toEqual([2, 8]);
    const bad = await runCapture(['analyze', small, '--landmarks', '2,x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--landmarks: "x" is not a week/);
  });

  it('compares two groups with --group sex: groups, log-rank and the ORR difference', async () => {
    const { status, stdout } = await runCapture(['analyze', small, '--group', 'sex']);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.groups.map((g: { value: string; n: number }) => [g.value, g.n])).toEqual([
      ['F', 4],
      ['M', 1],
    ]);
    expect(Object.keys(report.groups[0])).toEqual(['value', 'n', 'orr', 'dor', 'ttr']);
    expect(report.logrank.dor).toMatchObject({ df: 1, rho: 0 });
    expect(report.logrank.ttr).toEqual(expect.objectContaining({ chisq: expect.any(Number) }));
    expect(report.orr_difference.estimate).toBeCloseTo(3 / 4 - 1, 12);
    expect(report.orr_difference.ci).toHaveLength(2);
    expect(report.orr_difference.fisher_p).toBeCloseTo(1, 12); // R: fisher.test(matrix(c(3, 1, 1, 0), 2))
  });

  it('groups by an extra column (any case) and age bands, with ρ for Fleming–Harrington', async () => {
    const site = JSON.parse((await runCapture(['analyze', small, '--group', 'SITE'])).stdout);
    expect(site.groups.map((g: { value: string }) => g.value)).toEqual(['east', 'north', 'south']);
    expect(site).not.toHaveProperty('orr_difference');
    const age = JSON.parse(
      (await runCapture(['analyze', small, '--group', 'age:40', '--rho', '1'])).stdout,
    );
    expect(age.groups.map((g: { value: string }) => g.value)).toEqual(['< 40', '≥ 40']);
    expect(age.logrank.dor.rho).toBe(1);
    expect(age.logrank.dor).toHaveProperty('trend');
  });

  it('shows follow-up, landmarks, competing risks and subgroups in the table format', async () => {
    const { stdout } = await runCapture(['analyze', small, '--group', 'sex', '--format', 'table']);
    expect(stdout).toMatch(/Median follow-up \(reverse Kaplan–Meier\): 17 weeks/);
    expect(stdout).toMatch(/Still in response by week 4\s+25\.0%/);
    expect(stdout).toMatch(/Still in response by week 26\s+not estimable/);
    expect(stdout).toMatch(/Loss of response\s+3\s+75\.0% by week 2/);
    expect(stdout).toMatch(/Group \(sex\)\s+n\s+ORR x\/n/);
    expect(stdout).toMatch(/Duration of response log-rank: χ² = [\d.]+ on 1 df, p = /);
    expect(stdout).toMatch(/ORR difference F − M: -25\.0% .*Newcombe.*Fisher's exact p = 1$/m);
  });

  it('refuses a bad --group with one clear line, exit status 2', async () => {
    const cases: [string[], RegExp][] = [
      [['--group', 'nosuch'], /no column "nosuch".*sex, best_response, age:CUTS, site/],
      [['--group', 'followup_wk'], /followup_wk is not a grouping column/],
      [['--group', 'age'], /needs cut points/],
      [['--group', 'age:40,x'], /"x" is not an age/],
      [['--group', 'sex:1'], /only age takes cut points/],
      [['--rho', '1'], /--rho applies to a group comparison/],
      [['--group', 'sex', '--rho', '-1'], /--rho must be a number from 0 to 10/],
    ];
    for (const [args, message] of cases) {
      const { status, stdout, stderr } = await runCapture(['analyze', small, ...args]);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(stderr, args.join(' ')).toMatch(message);
    }
    const many = await runCapture([
      'analyze',
      'test/cli/data/many-groups.csv',
      '--group',
      'centre',
    ]);
    expect(many.status).toBe(2);
    // A warning about the file may come first; the refusal itself is one line.
    const errors = many.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('warning: '));
    expect(errors).toHaveLength(1);
    expect(many.stderr).toMatch(
      /"centre" has 13 distinct values; group by a column with at most 12/,
    );
  });
});
