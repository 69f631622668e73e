import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/analyze.ts';
import { cohortEndpoints } from '../../../src/engine/reconstruct/cohortEndpoints.ts';
import { cohortKey } from '../../../src/engine/reconstruct/cohortKey.ts';
import type { CohortSummary } from '../../../src/engine/reconstruct/cohortSummary.ts';
import { drawEnsemble, type RoundRunner } from '../../../src/engine/reconstruct/drawEnsemble.ts';
import {
  ensembleChunks,
  type EnsembleRound,
} from '../../../src/engine/reconstruct/ensembleChunks.ts';
import { ensembleSpread } from '../../../src/engine/reconstruct/ensembleSpread.ts';
import { hlhSummary } from '../../helpers/hlhSummary.ts';

const summary = hlhSummary();

/** One non-responder enrolled on one day: only a handful of distinct cohorts exist. */
const tiny: CohortSummary = {
  n: 1,
  best_response: { NR: 1 },
  enrolment: { start: '2025-01-01', end: '2025-01-01' },
  cutoff: '2025-01-15',
  schedule: { every_wk: 1 },
  assumptions: { death_probability: 0 },
};

/** Runs each chunk of a round on its own, as a pool with one worker per chunk would. */
const chunkByChunk =
  (s: CohortSummary): RoundRunner =>
  async (round) =>
    round.chunks.map((chunk) => ensembleChunks(s, { ...round, chunks: [chunk] })[0]);

describe('drawEnsemble on the HLH summary', () => {
  it('draws distinct cohorts that each reproduce the figures, named #1 to #K', async () => {
    const run = await drawEnsemble(summary, { cohorts: 35, seed: '7' });
    expect(run.message).toBeNull();
    expect(run.cohorts).toHaveLength(35);
    expect(new Set(run.cohorts.map(cohortKey)).size).toBe(35);
    const name = run.cohorts[0].name.replace(/ #1$/, '');
    expect(run.cohorts.map((c) => c.name)).toEqual(run.cohorts.map((_, i) => `${name} #${i + 1}`));
    expect(run.endpoints.map((e) => e.name)).toEqual(run.cohorts.map((c) => c.name));
    for (const cohort of run.cohorts) {
      const report = analyze(cohort, { byWeek: [1] });
      expect([report.orr!.x, report.response_by_week['1'].x, report.dor?.median]).toEqual([
        15, 14, 1,
      ]);
    }
  });

  it('depends only on the seed and options, not on how the chunks are shared out', async () => {
    const options = { cohorts: 42, seed: 'chunks', bootstrapReps: 15 };
    const whole = JSON.stringify(await drawEnsemble(summary, options));
    expect(JSON.stringify(await drawEnsemble(summary, options, chunkByChunk(summary)))).toBe(whole);
    expect(JSON.stringify(await drawEnsemble(summary, { ...options, seed: 'other' }))).not.toBe(
      whole,
    );
  });

  it('analyses each cohort as cohortEndpoints does, and spreads what the paper leaves open', async () => {
    const run = await drawEnsemble(summary, { cohorts: 12, seed: '3' });
    run.cohorts.forEach((cohort, i) => {
      const { report: _report, ...expected } = cohortEndpoints(cohort, { byWeek: [1, 2, 4] });
      expect(run.endpoints[i]).toEqual(expected);
      expect(run.endpoints[i].dor_median, cohort.name).toBe(1);
      expect(run.endpoints[i].ongoing_at_cutoff).toBe(
        (_report.dor?.n ?? 0) - (_report.dor?.events ?? 0),
      );
    });
    expect(run.spread).toEqual(ensembleSpread(run.endpoints, false));
    expect(run.spread.ongoing_at_cutoff.histogram.reduce((sum, h) => sum + h.count, 0)).toBe(12);
    // The DOR interval's lower bound can never exceed the median of 1 week.
    for (const h of run.spread.dor_ci_lower.histogram) {
      if (h.value !== null) expect(h.value).toBeLessThanOrEqual(1);
    }
  });

  it('with a bootstrap, spreads its bounds too, each interval in order', async () => {
    const run = await drawEnsemble(summary, { cohorts: 12, seed: '3', bootstrapReps: 40 });
    expect(Object.keys(run.spread).sort()).toEqual(
      [
        'deaths',
        'dor_bootstrap_lower',
        'dor_bootstrap_upper',
        'dor_ci_lower',
        'dor_ci_upper',
        'ongoing_at_cutoff',
        'ttr_ci_lower',
        'ttr_ci_upper',
        'ttr_km_median',
      ].sort(),
    );
    for (const e of run.endpoints) {
      const [lo, hi] = e.dor_bootstrap_ci ?? [null, null];
      expect(lo, e.name).not.toBeNull();
      if (lo !== null && hi !== null) expect(lo, e.name).toBeLessThanOrEqual(hi);
    }
  });

  it('reports conflicting figures by name and draws nothing, asking no runner', async () => {
    let rounds = 0;
    const run = await drawEnsemble(
      { ...summary, best_response: { CR: 2, PR: 13, NR: 5 } },
      { cohorts: 10, seed: '1' },
      async () => (rounds++, []),
    );
    expect(rounds).toBe(0);
    expect(run.cohorts).toEqual([]);
    expect(run.conflicts.map((c) => c.constraint)).toContain('best_response');
    expect(run.message).toMatch(/cannot satisfy/);
    expect(run.satisfiable).toContain('sex');
  });
});

describe('drawEnsemble when few distinct cohorts exist', () => {
  it('says so when the attempt budget runs out', async () => {
    const run = await drawEnsemble(tiny, { cohorts: 5, seed: '1' });
    expect(run.cohorts.length).toBeLessThan(5);
    expect(run.attempts).toBe(20 * 5 + 200);
    expect(run.message).toMatch(
      /^drew \d of 5 cohorts in 300 attempts \(most rejections: duplicate/,
    );
  });

  it('draws again for the cohorts that two chunks both drew, excluding those it has', async () => {
    // Fifteen weekly enrolment days: some fifteen distinct cohorts, so chunks repeat each other.
    const few = {
      ...tiny,
      enrolment: { start: '2025-01-01', end: '2025-04-09' },
      cutoff: '2025-06-15',
    };
    const rounds: EnsembleRound[] = [];
    const accepted: number[] = [];
    const run = await drawEnsemble(few, { cohorts: 12, seed: '1' }, async (round, done) => {
      rounds.push(round);
      accepted.push(done);
      return ensembleChunks(few, round);
    });
    expect(run.message).toBeNull();
    const keys = run.cohorts.map(cohortKey);
    expect(new Set(keys).size).toBe(12);
    expect(run.rejected.duplicate).toBeGreaterThan(0);
    expect(rounds.length, 'a second round for the repeats').toBe(2);
    expect(rounds[0].exclude).toEqual([]);
    expect(accepted[1]).toBeLessThan(12);
    expect(rounds[1].exclude).toEqual(keys.slice(0, accepted[1]));
    expect(rounds[1].chunks.reduce((sum, c) => sum + c.count, 0)).toBe(12 - accepted[1]);
    // Chunks are numbered on through the rounds, each with its own streams.
    expect(rounds.flatMap((r) => r.chunks.map((c) => c.index))).toEqual([0, 1, 2]);
    // The first round shares out the whole budget (20 per cohort + 200) by chunk size.
    expect(rounds[0].chunks.map((c) => c.maxAttempts)).toEqual([366, 74]);
  });
});
