import { describe, expect, it } from 'vitest';
import { proportion } from '../../src/engine/proportion.ts';
import { analyze } from '../../src/engine/analyze.ts';
import { dorObservations } from '../../src/engine/dorObservations.ts';
import { ttrObservations } from '../../src/engine/ttrObservations.ts';
import { makeCohort, makePatient } from '../helpers/makeCohort.ts';
import { RESPONSE_GRADES } from '../../src/engine/cohort.ts';

describe('dorObservations', () => {
  it('runs from first response to loss of response, an event', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'PR',
      responseWk: 1,
      lossWk: 3.5,
      followupWk: 9,
    });
    expect(dorObservations([p], RESPONSE_GRADES)).toEqual([{ time: 2.5, event: true }]);
  });

  it('ends at death when death comes before loss', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'CR',
      responseWk: 2,
      lossWk: 6,
      deathWk: 4,
      followupWk: 6,
    });
    expect(dorObservations([p], RESPONSE_GRADES)).toEqual([{ time: 2, event: true }]);
  });

  it('censors an ongoing response at last follow-up', () => {
    const p = makePatient({ id: 'a', bestResponse: 'IMP', responseWk: 1, followupWk: 12 });
    expect(dorObservations([p], RESPONSE_GRADES)).toEqual([{ time: 11, event: false }]);
  });

  it('leaves out non-responders and codes outside the responder definition', () => {
    const patients = [
      makePatient({ id: 'nr', bestResponse: 'NR' }),
      makePatient({ id: 'ne', bestResponse: 'NE' }),
      makePatient({ id: 'imp', bestResponse: 'IMP', responseWk: 1 }),
    ];
    expect(dorObservations(patients, ['CR', 'PR'])).toEqual([]);
  });

  it('starts at complete remission when only CR counts as response', () => {
    const p = makePatient({
      id: 'a',
      bestResponse: 'CR',
      responseWk: 1,
      crWk: 3,
      lossWk: 7,
      followupWk: 9,
    });
    expect(dorObservations([p], ['CR'])).toEqual([{ time: 4, event: true }]);
    expect(dorObservations([p], RESPONSE_GRADES)).toEqual([{ time: 6, event: true }]);
  });
});

describe('ttrObservations', () => {
  it('counts a response as an event and censors non-responders at follow-up', () => {
    const patients = [
      makePatient({ id: 'r', bestResponse: 'PR', responseWk: 2, followupWk: 20 }),
      makePatient({ id: 'nr', bestResponse: 'NR', followupWk: 6 }),
      makePatient({ id: 'ne', bestResponse: 'NE', followupWk: 0.5 }),
    ];
    expect(ttrObservations(patients, RESPONSE_GRADES)).toEqual([
      { time: 2, event: true },
      { time: 6, event: false },
      { time: 0.5, event: false },
    ]);
  });
});

describe('analyze', () => {
  const cohort = makeCohort(
    [
      {
        id: '1',
        bestResponse: 'CR',
        responseWk: 1,
        lossWk: 2,
        followupWk: 20,
        sex: 'F',
        age: 30,
        gcBaselineMg: 60,
        gcHalvedWk: 1,
        feverBaseline: true,
        feverResolvedWk: 1,
      },
      {
        id: '2',
        bestResponse: 'PR',
        responseWk: 1,
        followupWk: 20,
        sex: 'F',
        age: 40,
        gcBaselineMg: 40,
        gcHalvedWk: 3,
        feverBaseline: true,
        feverResolvedWk: 2.5,
      },
      {
        id: '3',
        bestResponse: 'PR',
        responseWk: 2,
        lossWk: 5,
        followupWk: 20,
        sex: 'M',
        age: 50,
        gcBaselineMg: 0,
        gcHalvedWk: null,
        feverBaseline: false,
      },
      {
        id: '4',
        bestResponse: 'IMP',
        responseWk: 4,
        followupWk: 10,
        sex: 'F',
        age: null,
        gcBaselineMg: 30,
        feverBaseline: true,
      },
      { id: '5', bestResponse: 'NR', followupWk: 8, sex: null, age: 61, gcBaselineMg: 50 },
      { id: '6', bestResponse: 'NE', followupWk: 1, gcBaselineMg: 20 },
    ],
    [
      'age',
      'sex',
      'gc_baseline_mg',
      'gc_halved_wk',
      'fever_baseline',
      'fever_resolved_wk',
      'loss_wk',
    ],
  );
  const report = analyze(cohort);

  it('counts CR, PR and IMP as response over all patients, NE included in the denominator', () => {
    expect(report.n).toBe(6);
    expect([report.orr!.x, report.orr!.n]).toEqual([4, 6]);
    expect([report.cr!.x, report.pr!.x, report.imp!.x]).toEqual([1, 2, 1]);
    expect(report.orr!.estimate).toBeCloseTo(4 / 6, 12);
  });

  it('follows a narrower responder definition everywhere', () => {
    const narrow = analyze(cohort, { responders: ['CR', 'PR'] });
    expect(narrow.orr!.x).toBe(3);
    expect(narrow.dor?.n).toBe(3);
    expect(narrow.ttr.km?.events).toBe(3);
    expect(narrow.response_by_week['4'].x).toBe(3);
    expect(narrow.responders).toEqual(['CR', 'PR']);
  });

  it('counts responses by each landmark week inclusively', () => {
    expect(report.response_by_week['1'].x).toBe(2);
    expect(report.response_by_week['2'].x).toBe(3);
    expect(report.response_by_week['4'].x).toBe(4);
    const custom = analyze(cohort, { byWeek: [0.5, 3] });
    expect(Object.keys(custom.response_by_week).sort()).toEqual(['0.5', '3']);
    expect(custom.response_by_week['3'].x).toBe(3);
  });

  it('takes the median time to response among responders with R median rules', () => {
    expect(report.ttr.responders_median).toBe(1.5);
    expect(report.ttr.km?.n).toBe(6);
    expect(report.ttr.km?.events).toBe(4);
  });

  it('computes duration of response over responders only', () => {
    expect(report.dor?.n).toBe(4);
    expect(report.dor?.events).toBe(2);
  });

  it('halves glucocorticoids among patients with a baseline dose above zero', () => {
    expect(report.gc_halved).not.toBeNull();
    expect([report.gc_halved?.x, report.gc_halved?.n]).toEqual([2, 5]);
    expect(report.gc_halved?.median_time).toBe(2);
  });

  it('uses every patient as the glucocorticoid denominator when no baseline dose is recorded', () => {
    const noBaseline = { ...cohort, columns: cohort.columns.filter((c) => c !== 'gc_baseline_mg') };
    expect(analyze(noBaseline).gc_halved?.n).toBe(6);
  });

  it('reports glucocorticoid and fever endpoints as null when they were not recorded', () => {
    const bare = analyze({ ...cohort, columns: [] });
    expect(bare.gc_halved).toBeNull();
    expect(bare.fever).toBeNull();
  });

  it('counts fever resolution among febrile patients, by week and with its median time', () => {
    expect(report.fever).toEqual({
      baseline: 3,
      resolved: 2,
      rate: proportion(2, 3, { level: report.level }),
      resolved_by_week: { '1': 1, '2': 1, '4': 2 },
      median_time: 1.75,
    });
  });

  it('counts no response (NR) and not evaluable (NE) among all patients', () => {
    const codes = cohort.patients.map((p) => p.bestResponse);
    const n = codes.length;
    expect(report.nr).toEqual(proportion(codes.filter((c) => c === 'NR').length, n));
    expect(report.ne).toEqual(proportion(codes.filter((c) => c === 'NE').length, n));
    expect(report.orr!.x + report.nr!.x + report.ne!.x).toBe(n);
  });

  it('reports sex counts and the median of recorded ages', () => {
    expect(report.demographics).toEqual({ female: 3, male: 1, median_age: 45 });
  });

  it('has no duration of response without responders, and intervals at x = 0', () => {
    const none = analyze(makeCohort([{ id: 'a' }, { id: 'b', bestResponse: 'NE' }]));
    expect(none.dor).toBeNull();
    expect(none.orr!.x).toBe(0);
    expect(none.orr!.ci['clopper-pearson'][0]).toBe(0);
    expect(none.ttr.responders_median).toBeNull();
  });

  it('passes the level to every interval', () => {
    const at90 = analyze(cohort, { level: 0.9 });
    expect(at90.level).toBe(0.9);
    const [lo90, hi90] = at90.orr!.ci.wilson as [number, number];
    const [lo95, hi95] = report.orr!.ci.wilson as [number, number];
    expect(lo90).toBeGreaterThan(lo95);
    expect(hi90).toBeLessThan(hi95);
  });
});
