import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { cohortKey } from '../../../src/engine/reconstruct/cohortKey.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { reconstructEnsemble } from '../../../src/engine/reconstruct/reconstructEnsemble.ts';
import { summarizeEnsemble } from '../../../src/engine/reconstruct/summarizeEnsemble.ts';
import { runEnsemble } from '../../../src/panels/reconstruct/runEnsemble.ts';
import { hlhSummaryJson } from '../../helpers/hlhSummary.ts';

const summary = hlhSummaryJson() as unknown as CohortSummary;
const BY_WEEK = [1, 2, 4];

describe('runEnsemble', () => {
  it('draws the same cohorts as one reconstructEnsemble call, whatever the slice size', async () => {
    const single = reconstructEnsemble(summary, { cohorts: 40, rng: seedrandom('7') });
    for (const chunk of [1, 7, 40, undefined]) {
      const run = await runEnsemble(summary, {
        cohorts: 40,
        seed: '7',
        chunk,
        sliceMs: 5,
        pause: async () => {},
      });
      expect(run.cohorts.map(cohortKey), `chunk ${chunk}`).toEqual(single.cohorts.map(cohortKey));
      expect(run.cohorts.map((c) => c.name)).toEqual(single.cohorts.map((c) => c.name));
      expect(run.attempts).toBe(single.attempts);
      expect(run.message).toBeNull();
    }
  });

  it('analyses each cohort as the command line does, bootstrap included', async () => {
    const run = await runEnsemble(summary, {
      cohorts: 12,
      seed: '3',
      bootstrapReps: 20,
      sliceMs: 0,
      pause: async () => {},
    });
    const cohorts = reconstructEnsemble(summary, { cohorts: 12, rng: seedrandom('3') }).cohorts;
    const expected = summarizeEnsemble(cohorts, {
      level: 0.95,
      responders: summary.responders,
      byWeek: BY_WEEK,
      bootstrap: { reps: 20, rng: seedrandom('3/bootstrap') },
    });
    expect(run.spread).toEqual(expected.spread);
    expect(run.endpoints).toEqual(expected.per_cohort.map(({ report: _r, ...rest }) => rest));
    expect(Object.keys(run.spread)).toContain('dor_bootstrap_upper');
  });

  it('pauses between slices and reports progress rising to 1', async () => {
    const progress: number[] = [];
    let pauses = 0;
    await runEnsemble(summary, {
      cohorts: 30,
      seed: '1',
      chunk: 10,
      sliceMs: 0,
      onprogress: (f) => progress.push(f),
      pause: async () => void pauses++,
    });
    expect(pauses).toBeGreaterThanOrEqual(3 + 30);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBeCloseTo(1, 10);
    expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);
  });

  it('stops when cancelled, keeping no half-analysed result', async () => {
    let pauses = 0;
    const run = await runEnsemble(summary, {
      cohorts: 100,
      seed: '1',
      chunk: 10,
      pause: async () => void pauses++,
      isCancelled: () => pauses >= 2,
    });
    expect(run.cancelled).toBe(true);
    expect(run.cohorts.length).toBe(run.endpoints.length);
    expect(run.cohorts.length).toBeLessThan(100);
    expect(run.message).toBeNull();
  });

  it('reports conflicting figures by name and draws nothing', async () => {
    const run = await runEnsemble(
      { ...summary, best_response: { CR: 2, PR: 13, NR: 5 } },
      { cohorts: 10, seed: '1', pause: async () => {} },
    );
    expect(run.cohorts).toEqual([]);
    expect(run.conflicts.map((c) => c.constraint)).toContain('best_response');
    expect(run.message).toMatch(/cannot satisfy/);
    expect(run.satisfiable).toContain('sex');
  });

  it('says so when the attempt budget runs out before enough distinct cohorts', async () => {
    // One patient with every figure fixed: only a handful of distinct cohorts exist.
    const tiny: CohortSummary = {
      n: 1,
      best_response: { NR: 1 },
      enrolment: { start: '2025-01-01', end: '2025-01-01' },
      cutoff: '2025-01-15',
      schedule: { every_wk: 1 },
      assumptions: { death_probability: 0 },
    };
    const run = await runEnsemble(tiny, { cohorts: 5, seed: '1', pause: async () => {} });
    expect(run.cohorts.length).toBeLessThan(5);
    expect(run.attempts).toBe(20 * 5 + 200);
    expect(run.message).toMatch(
      /^drew \d of 5 cohorts in 300 attempts \(most rejections: duplicate/,
    );
  });
});
