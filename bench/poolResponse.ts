// How quickly the worker pool answers for `npm run bench`: cancel, progress, a superseded lesson
// task. The tests check that these happen; here they are timed. Prints, asserts nothing.
import type { Cohort } from '../src/engine/cohort.ts';
import type { LessonTask } from '../src/engine/lessons/index.ts';
import { fitScenario } from '../src/engine/montecarlo/index.ts';
import { nodeMonteCarloPool } from '../src/worker/nodePool.ts';
import { line, median } from './line.ts';

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** Milliseconds from aborting a long bootstrap (at its first progress) to its rejection. */
async function cancelLatency(cohort: Cohort): Promise<number> {
  const pool = nodeMonteCarloPool({ size: 2 });
  const controller = new AbortController();
  let abortedAt = 0;
  try {
    await pool.bootstrap(cohort, {
      reps: 500_000_000,
      seed: 'bench-cancel',
      signal: controller.signal,
      onProgress: () => {
        if (abortedAt) return;
        abortedAt = performance.now();
        controller.abort();
      },
    });
  } catch {
    // The AbortError is what is timed.
  }
  const latency = performance.now() - abortedAt;
  pool.terminate();
  return latency;
}

/** Gaps, in ms, between the progress reports of 3·10^6 replicates on two warm workers. */
async function progressGaps(cohort: Cohort): Promise<number[]> {
  const pool = nodeMonteCarloPool({ size: 2 });
  await pool.bootstrap(cohort, { reps: 1000, seed: 'warm-up' });
  const at: number[] = [];
  await pool.bootstrap(cohort, {
    reps: 3_000_000,
    seed: 'bench-progress',
    onProgress: () => void at.push(performance.now()),
  });
  pool.terminate();
  return at.slice(1).map((t, k) => t - at[k]);
}

/** Milliseconds a small lesson task waits when it supersedes a long one on a warm worker. */
async function supersedeWait(cohort: Cohort): Promise<number> {
  const pool = nodeMonteCarloPool({ size: 1 });
  const { scenario } = fitScenario(cohort);
  const newer: LessonTask = { kind: 'coverage', n: 30, level: 0.9, ps: [0.1, 0.5, 0.83] };
  await pool.lesson(newer, { lane: 'bench' });
  const slow: LessonTask = {
    kind: 'follow-up',
    scenario,
    seed: 'bench',
    studies: 2000,
    followupWk: Array.from({ length: 400 }, (_, k) => k / 10),
    transform: 'log-log',
  };
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  const older = pool.lesson(slow, { lane: 'bench', onProgress: () => started() });
  older.catch(() => undefined);
  await running;
  const t = performance.now();
  await pool.lesson(newer, { lane: 'bench' });
  const wait = performance.now() - t;
  pool.terminate();
  return wait;
}

/** Prints the pool's cancel latency, progress gaps and the wait behind a superseded lesson task. */
export async function poolResponseBench(cohort: Cohort): Promise<void> {
  line('cancel a bootstrap: abort to rejection', ms(await cancelLatency(cohort)));
  const gaps = await progressGaps(cohort);
  line(
    'progress reports, 3·10^6 replicates on 2 workers',
    `${gaps.length + 1} reports, median gap ${ms(median(gaps))}, longest ${ms(Math.max(...gaps))}`,
  );
  line('a lesson task superseding a long one waits', ms(await supersedeWait(cohort)));
}
