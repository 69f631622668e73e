import { describe, expect, it } from 'vitest';
import {
  adjustScenario,
  dorWidthAt,
  followupSummary,
  lessonItem,
  lessonTaskSize,
  replicateEstimates,
  type LessonTask,
} from '../../../src/engine/lessons/index.ts';
import {
  chunkRng,
  drawLatentStudy,
  fitScenario,
  observeLatentStudy,
  scenarioTruth,
  simulateCohort,
  type Scenario,
} from '../../../src/engine/montecarlo/index.ts';
import { makeCohort } from '../../helpers/makeCohort.ts';
import { smallStudy } from '../../helpers/smallStudy.ts';
import { hlhCohort } from '../../helpers/hlhCohort.ts';

describe('drawLatentStudy and observeLatentStudy', () => {
  it('give back simulateCohort exactly when observed at the scenario cut-off', () => {
    const latent = drawLatentStudy(smallStudy, { rng: chunkRng('same', 3) });
    const seen = observeLatentStudy(latent, { cutoffWk: 36, visitWk: null });
    expect(seen).toEqual(simulateCohort(smallStudy, { rng: chunkRng('same', 3) }));
  });

  it('draw the same patients whatever the cut-off, so a later cut-off only reveals more', () => {
    const latent = drawLatentStudy(smallStudy, { rng: chunkRng('cut', 0) });
    const early = observeLatentStudy(latent, { cutoffWk: 31 });
    const late = observeLatentStudy(latent, { cutoffWk: 80 });
    expect(late.patients.map((p) => p.id)).toEqual(early.patients.map((p) => p.id));
    early.patients.forEach((p, i) => {
      expect(late.patients[i].followupWk).toBeGreaterThanOrEqual(p.followupWk);
      if (p.responseWk !== null) expect(late.patients[i].responseWk).toBe(p.responseWk);
      if (p.lossWk !== null) expect(late.patients[i].lossWk).toBe(p.lossWk);
    });
  });

  it('leave out patients who had not started by the cut-off', () => {
    const latent = drawLatentStudy(smallStudy, { rng: chunkRng('entry', 0) });
    const cutoffWk = 10;
    const started = latent.filter((p) => p.entryWk <= cutoffWk).length;
    expect(started).toBeLessThan(18);
    expect(observeLatentStudy(latent, { cutoffWk }).patients).toHaveLength(started);
  });

  it('see a response and its loss only at the next visit with a visit schedule', () => {
    const latent = [
      {
        entryWk: 0,
        deathWk: Infinity,
        dropoutWk: Infinity,
        code: 'PR' as const,
        onsetWk: 1.2,
        lossWk: 3.4,
      },
    ];
    const [p] = observeLatentStudy(latent, { cutoffWk: 10, visitWk: 1 }).patients;
    expect([p.bestResponse, p.responseWk, p.lossWk, p.followupWk]).toEqual(['PR', 2, 4, 10]);
    const [q] = observeLatentStudy(latent, { cutoffWk: 1.5, visitWk: 1 }).patients;
    expect([q.bestResponse, q.responseWk]).toEqual(['NR', null]);
  });
});

describe('adjustScenario', () => {
  it('rescales CR, PR and IMP to a new ORR and keeps the DOR shape', () => {
    const weibull: Scenario = {
      ...smallStudy,
      death_hazard: 0,
      dor: { distribution: 'weibull', median: 2, shape: 0.8 },
    };
    const s = adjustScenario(weibull, { orr: 0.4, dorMedianWk: 10, n: 50 });
    expect(s.response.cr).toBeCloseTo(0.05, 12);
    expect(s.response.pr).toBeCloseTo(0.35, 12);
    expect(s.dor).toEqual({ distribution: 'weibull', median: 10, shape: 0.8 });
    expect([s.n, s.accrual_wk, s.cutoff_wk]).toEqual([50, 30, 36]);
  });

  it('sets the true median DOR, which deaths shorten, not the model median', () => {
    const s = adjustScenario(smallStudy, { dorMedianWk: 10 });
    expect(scenarioTruth(s).dor_median).toBeCloseTo(10, 6);
    expect((s.dor as { median: number }).median).toBeGreaterThan(10);
  });

  it('makes every responder a PR when the scenario had none', () => {
    const none = { ...smallStudy, response: { cr: 0, pr: 0, imp: 0 } };
    expect(adjustScenario(none, { orr: 0.3 }).response).toEqual({ cr: 0, pr: 0.3, imp: 0 });
  });
});

describe('replicateEstimates', () => {
  it('reports the ORR interval and the Kaplan–Meier median of DOR', () => {
    const cohort = makeCohort([
      ...[1, 2, 3, 4].map((t, i) => ({
        id: `R${i}`,
        bestResponse: 'PR' as const,
        responseWk: 1,
        lossWk: 1 + t,
        followupWk: 20,
      })),
      ...[0, 1, 2, 3, 4, 5].map((i) => ({ id: `N${i}` })),
    ]);
    const est = replicateEstimates(cohort);
    expect(est.orr).toBe(0.4);
    // R: binom.test(4, 10)$conf.int = 0.1215523 0.7376219
    expect(est.orrInterval![0]).toBeCloseTo(0.1215523, 6);
    expect(est.orrInterval![1]).toBeCloseTo(0.7376219, 6);
    expect(est.dorMedian).toBe(2.5);
    expect(est.dorEvents).toBe(4);
    expect(est.naiveDorMedian).toBe(2.5);
  });

  it('gives "not reached" (null) when fewer than half the responses have ended', () => {
    const cohort = makeCohort([
      { id: 'A', bestResponse: 'CR', responseWk: 1, lossWk: 2, followupWk: 4 },
      { id: 'B', bestResponse: 'CR', responseWk: 1, followupWk: 4 },
      { id: 'C', bestResponse: 'PR', responseWk: 1, followupWk: 4 },
      { id: 'D', bestResponse: 'PR', responseWk: 1, followupWk: 4 },
      { id: 'E' },
    ]);
    const est = replicateEstimates(cohort);
    expect(est.responders).toBe(4);
    expect(est.dorMedian).toBeNull();
    expect(est.naiveDorMedian).toBe(1);
  });
});

describe('followupSummary', () => {
  const longDor = adjustScenario(smallStudy, { dorMedianWk: 26 });
  const at = (followupWk: number) =>
    followupSummary(longDor, { followupWk, studies: 200, seed: 'fu' });

  it('leaves the median unreached more often, and more responses ongoing, when cut off early', () => {
    const early = at(2);
    const late = at(150);
    expect(early.notReached).toBeGreaterThan(late.notReached);
    expect(early.ongoing).toBeGreaterThan(late.ongoing);
    expect(late.ongoing).toBeLessThan(0.05);
  });

  it('shows the naive median of completed responses biased short at an early cut-off', () => {
    const truth = scenarioTruth(longDor).dor_median;
    expect(at(8).naive!).toBeLessThan(truth / 2);
  });

  it('orders its percentiles and is reproducible from its seed', () => {
    const s = at(20);
    expect(s.low!).toBeLessThanOrEqual(s.middle!);
    expect(s.middle!).toBeLessThanOrEqual(s.high!);
    expect(at(20)).toEqual(s);
  });

  it('rejects a negative follow-up', () => {
    expect(() => followupSummary(smallStudy, { followupWk: -1, studies: 5, seed: 'x' })).toThrow(
      'followupWk must be >= 0, got -1',
    );
  });
});

describe('dorWidthAt', () => {
  it('narrows the interval for the median DOR as the study grows', () => {
    const small = dorWidthAt(adjustScenario(smallStudy, { n: 18 }), { reps: 200, seed: 'w' });
    const large = dorWidthAt(adjustScenario(smallStudy, { n: 120 }), { reps: 200, seed: 'w' });
    expect(small.n).toBe(18);
    expect(large.width!).toBeLessThan(small.width!);
    expect(large.open).toBeLessThanOrEqual(small.open);
  });
});

describe('lessonItem', () => {
  const fitted = fitScenario(hlhCohort()).scenario;

  it('computes replicate k of a task from stream first + k', () => {
    const task: LessonTask = {
      kind: 'replicates',
      scenario: fitted,
      seed: 'dance-1',
      first: 5,
      count: 3,
      estimates: { method: 'wilson', transform: 'log-log' },
    };
    expect(lessonTaskSize(task)).toBe(3);
    const direct = replicateEstimates(simulateCohort(fitted, { rng: chunkRng('dance-1', 7) }), {
      method: 'wilson',
      transform: 'log-log',
    });
    expect(lessonItem(task, 2)).toEqual(direct);
  });

  it('runs one cut-off, study size or bound row per item', () => {
    const followup: LessonTask = {
      kind: 'follow-up',
      scenario: fitted,
      seed: 'f',
      studies: 20,
      followupWk: [0, 10],
      transform: 'log-log',
    };
    expect(lessonItem(followup, 1)).toEqual(
      followupSummary(fitted, { followupWk: 10, studies: 20, seed: 'f', transform: 'log-log' }),
    );
    const widths: LessonTask = {
      kind: 'dor-width',
      scenario: fitted,
      seed: 'w',
      reps: 20,
      ns: [10, 30],
      transform: 'log-log',
    };
    expect(lessonItem(widths, 1).n).toBe(30);
    const bounds: LessonTask = { kind: 'interval-bounds', ns: [5, 9], method: 'wald', level: 0.95 };
    expect(lessonItem(bounds, 1)).toHaveLength(20);
  });

  it('refuses an item outside the task and an invalid scenario', () => {
    const bounds: LessonTask = { kind: 'interval-bounds', ns: [5], method: 'wald', level: 0.95 };
    expect(() => lessonItem(bounds, 1)).toThrow('item 1 is outside the task (0 to 0)');
    const bad: LessonTask = {
      kind: 'replicates',
      scenario: { ...fitted, n: 0 },
      seed: 's',
      first: 0,
      count: 1,
      estimates: {},
    };
    expect(() => lessonItem(bad, 0)).toThrow(/invalid scenario: n must be a whole number/);
  });
});

describe('the HLH cohort as a scenario for the lessons', () => {
  it('is fitted by fitScenario: 15/18 responders, accrual and follow-up from the data', () => {
    const fitted = fitScenario(hlhCohort()).scenario;
    expect(scenarioTruth(fitted).orr).toBeCloseTo(15 / 18, 12);
    expect(fitted.cutoff_wk - fitted.accrual_wk).toBeGreaterThan(0);
  });
});
