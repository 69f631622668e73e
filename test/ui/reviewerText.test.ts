/**
 * The text of the reviewer endpoints as the app shows it: every number comes from the engine's
 * report (which agrees with R), formatted the one way the app formats numbers.
 */
import { describe, expect, it } from 'vitest';
import { medianLabel } from '../../src/charts/km/medianLabel.ts';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import { format } from '../../src/ui/format.ts';
import { groupRows } from '../../src/ui/groupRows.ts';
import { groupTests } from '../../src/ui/groupTests.ts';
import { landmarkRows } from '../../src/ui/landmarkRows.ts';
import { responseEndings } from '../../src/ui/responseEndings.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';

const cohort = hlhCohort();
const report = analyze(cohort);

describe('landmark rows', () => {
  it('give the share still in response and responded by each week with the chosen interval', () => {
    const rows = landmarkRows(report, 'log-log');
    expect(rows.map((r) => r.week)).toEqual([4, 12, 26]);
    const twelve = report.dor_landmarks[1];
    expect(rows[1].still).toEqual({
      estimate: format.percent(twelve.estimate),
      interval: format.percentInterval(twelve.ci['log-log']),
    });
    expect(rows[1].still).toEqual({ estimate: '26.7%', interval: '8.3% to 49.6%' });
    expect(rows[0].responded).toEqual({ estimate: '83.3%', interval: '63.5% to 95.9%' });
    expect(landmarkRows(report, 'log')[0].responded.interval).toBe('53.2% to 94.1%');
  });

  it('say "not estimable" after the last time of a curve, never the last value carried on', () => {
    expect(report.response_landmarks[1].estimate).toBeNull();
    expect(landmarkRows(report, 'plain')[1].responded).toEqual({
      estimate: 'not estimable',
      interval: '',
    });
  });
});

describe('how responses ended', () => {
  it('counts losses, deaths and ongoing responses, with the incidence by the last event', () => {
    const e = responseEndings(report)!;
    expect(e).toMatchObject({ responses: 15, loss: 10, death: 1, ongoing: 4, lastWeek: 5 });
    const lastLoss = report.dor_competing!.loss.at(-1)!;
    expect(e.incidence.loss.estimate).toBe(lastLoss.estimate);
    expect(e.naive.loss).toBe(lastLoss.naive);
    expect(e.naive.loss).toBeGreaterThan(e.incidence.loss.estimate);
  });

  it('is null without competing risks (no responders)', () => {
    const none = analyze(makeCohort([{ id: 'a', bestResponse: 'NR' }]));
    expect(responseEndings(none)).toBeNull();
  });
});

describe('the tests between groups', () => {
  const bySex = analyzeSubgroups(cohort, { by: 'sex' });

  it('give the log-rank tests, Gray tests and Fisher test of the sexes as the engine computes them', () => {
    const rows = Object.fromEntries(groupTests(bySex).map((t) => [t.key, t]));
    expect(rows.dor).toEqual({
      key: 'dor',
      label: 'Duration of response, log-rank',
      statistic: `χ² = ${bySex.logrank.dor!.chisq!.toFixed(2)} on 1 df`,
      p: format.pValue(bySex.logrank.dor!.p),
    });
    expect(rows.dor.p).toBe('0.35');
    expect(rows.ttr.p).toBe('0.26');
    expect(rows['gray-death'].statistic).toBe('not testable: too few events to compare');
    expect(rows.fisher.p).toBe('0.31');
    expect(rows['dor-trend']).toBeUndefined();
  });

  it('add the test for trend for ordered groups, and name ρ', () => {
    const rows = groupTests(analyzeSubgroups(cohort, { by: 'best_response' }, { rho: 1 }));
    expect(rows.map((r) => r.key)).toContain('ttr-trend');
    expect(rows[0].label).toBe('Duration of response, Fleming–Harrington ρ = 1');
    expect(rows.find((r) => r.key === 'fisher')).toBeUndefined();
  });

  it('write each group’s ORR and medians', () => {
    const rows = groupRows(bySex, { method: 'wilson', transform: 'log' });
    expect(rows.map((r) => [r.value, r.n, r.orr.count, r.orr.estimate])).toEqual([
      ['F', 16, '14/16', '87.5%'],
      ['M', 2, '1/2', '50.0%'],
    ]);
    expect(rows[0].orr.interval).toBe('64.0% to 96.5%');
    expect(rows[0].dor.estimate).toBe('1.5 wk');
    expect(rows[1].ttr.estimate).toBe('5.5 wk');
  });

  it('write "not available" for the groups of a cohort that records no response, never 0/n', () => {
    const none = makeCohort(
      ['A', 'B', 'A', 'B'].map((arm, i) => ({
        id: `R${i}`,
        bestResponse: 'NE' as const,
        deathWk: i + 1,
        followupWk: i + 1,
        extra: { arm },
      })),
      ['death_wk'],
    );
    const rows = groupRows(analyzeSubgroups(none, { by: 'extra', column: 'arm' }), {
      method: 'wilson',
      transform: 'log',
    });
    for (const row of rows) {
      expect(row.orr).toEqual({ count: '', estimate: 'not available', interval: '' });
      expect(row.dor.estimate).toBe('not available');
      expect(row.ttr.estimate).toBe('not available');
    }
  });
});

describe('format.pValue and the median label', () => {
  it('writes p-values to two significant digits', () => {
    expect(format.pValue(0.34962)).toBe('0.35');
    expect(format.pValue(0.00001)).toBe('< 0.0001');
    expect(format.pValue(null)).toBe('—');
  });

  it('names the unit on every time and NR for an unreached bound', () => {
    expect(medianLabel({ median: 1, lower: 1, upper: 5 }, 0.95)).toBe(
      'Median 1 wk (95% CI 1–5 wk)',
    );
    expect(medianLabel({ median: 1, lower: 1, upper: null }, 0.9)).toBe(
      'Median 1 wk (90% CI 1 wk–NR)',
    );
    expect(medianLabel({ median: null, lower: null, upper: null }, 0.95, 'F: median')).toBe(
      'F: median not reached (95% CI not estimable)',
    );
    expect(
      medianLabel({ median: 1.5, lower: 1, upper: null }, 0.95, 'F: median', { compact: true }),
    ).toBe('F: median 1.5 wk (CI 1 wk–NR)');
  });
});

describe('format.week', () => {
  it('names a week in a sentence to one decimal, without a trailing zero', () => {
    // the last loss of a cohort read from visits in days: 192 days from response
    expect(format.week(192 / 7)).toBe('27.4');
    expect(format.week(5)).toBe('5');
    expect(format.week(0.04)).toBe('0');
  });
});
