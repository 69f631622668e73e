import { afterAll, describe, expect, it } from 'vitest';
import { drawEnsemble } from '../../src/engine/reconstruct/drawEnsemble.ts';
import { ensembleRun } from '../../src/state/ensembleRun.ts';
import { WorkerRun } from '../../src/state/WorkerRun.svelte.ts';
import { nodeMonteCarloPool } from '../../src/worker/nodePool.ts';
import type { MonteCarloPool } from '../../src/worker/pool.ts';
import { hlhSummary } from '../helpers/hlhSummary.ts';

/** A pool stand-in: each job waits until the test answers it (or it is aborted). */
class HandPool {
  released: string[] = [];
  jobs: {
    inputs: string;
    signal: AbortSignal;
    progress: (done: number, total: number) => void;
    answer: (result: string) => void;
    fail: (error: Error) => void;
  }[] = [];

  release(lane: string): void {
    this.released.push(lane);
  }
}

function handRun(options: { lane?: string } = {}) {
  const hand = new HandPool();
  const run = new WorkerRun<string, string>(
    (_pool, inputs, { signal, onProgress }) =>
      new Promise<string>((answer, fail) => {
        signal.addEventListener('abort', () => fail(new DOMException('cancelled', 'AbortError')));
        hand.jobs.push({ inputs, signal, progress: onProgress, answer, fail });
      }),
    { ...options, pool: async () => hand as unknown as MonteCarloPool },
  );
  return { hand, run };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('WorkerRun', () => {
  it('runs a job to the end: progress, then the result with its inputs and how long it took', async () => {
    const { hand, run } = handRun();
    const finished = run.start('a');
    expect(run.status).toBe('running');
    await tick();
    hand.jobs[0].progress(42, 100);
    expect(run.progress).toBeCloseTo(0.42, 12);
    hand.jobs[0].answer('A');
    await finished;
    expect([run.status, run.result, run.inputs, run.progress]).toEqual(['done', 'A', 'a', 1]);
    expect(run.elapsed).toBeGreaterThanOrEqual(0);
  });

  it('a newer start supersedes the running job, whose late answer and progress never land', async () => {
    const { hand, run } = handRun();
    const first = run.start('a');
    await tick();
    const second = run.start('b');
    await tick();
    expect(hand.jobs[0].signal.aborted).toBe(true);
    hand.jobs[0].progress(99, 100);
    hand.jobs[0].answer('stale');
    await first;
    expect(run.progress).toBe(0);
    hand.jobs[1].answer('B');
    await second;
    expect([run.status, run.result, run.inputs]).toEqual(['done', 'B', 'b']);
  });

  /** A run that finished with 'A' for 'a' and is now running 'b'. */
  async function secondRunning() {
    const { hand, run } = handRun();
    const first = run.start('a');
    await tick();
    hand.jobs[0].answer('A');
    await first;
    const second = run.start('b');
    await tick();
    return { hand, run, second };
  }

  it('cancel aborts the job and keeps the last finished result', async () => {
    const { hand, run, second } = await secondRunning();
    run.cancel();
    expect(hand.jobs[1].signal.aborted).toBe(true);
    await second;
    expect([run.status, run.result, run.inputs]).toEqual(['cancelled', 'A', 'a']);
  });

  it('a failure says why and keeps the last finished result', async () => {
    const { hand, run, second } = await secondRunning();
    hand.jobs[1].fail(new Error('Monte Carlo worker crashed: out of memory'));
    await second;
    expect([run.status, run.error, run.result]).toEqual([
      'failed',
      'Monte Carlo worker crashed: out of memory',
      'A',
    ]);
  });

  it('restore puts a kept result back without running, with no duration', async () => {
    const { hand, run } = handRun();
    run.restore('a', 'A');
    expect([run.status, run.result, run.inputs, run.elapsed]).toEqual(['done', 'A', 'a', null]);
    expect(hand.jobs).toHaveLength(0);
  });

  it('restore while a job runs cancels it, and its late answer never replaces the kept result', async () => {
    const { hand, run } = handRun();
    const running = run.start('a');
    await tick();
    run.restore('b', 'kept');
    expect(hand.jobs[0].signal.aborted).toBe(true);
    hand.jobs[0].answer('late');
    await running;
    expect([run.status, run.result, run.inputs, run.progress]).toEqual(['done', 'kept', 'b', 1]);
  });

  it('dispose cancels and ends its lane, but only if it ever ran', async () => {
    const idle = handRun({ lane: 'lesson:x' });
    idle.run.dispose();
    await tick();
    expect(idle.hand.released).toEqual([]);
    const { hand, run } = handRun({ lane: 'lesson:x' });
    const started = run.start('a');
    await tick();
    run.dispose();
    await started;
    await tick();
    expect(run.status).toBe('cancelled');
    expect(hand.released).toEqual(['lesson:x']);
  });
});

describe('ensembleRun on the Node worker pool', { timeout: 120_000 }, () => {
  const pool = nodeMonteCarloPool({ size: 2 });
  afterAll(() => pool.terminate());
  const summary = hlhSummary();
  const inputs = { summary, cohorts: 25, seed: 4, level: 0.95, bootstrapReps: 0 };

  it('draws the ensemble drawEnsemble draws', async () => {
    const run = ensembleRun({ pool: async () => pool });
    await run.start(inputs);
    expect(run.status, run.error ?? '').toBe('done');
    expect(run.inputs).toBe(inputs);
    expect(JSON.stringify(run.result)).toBe(
      JSON.stringify(await drawEnsemble(summary, { cohorts: 25, seed: '4' })),
    );
  });

  it('stops when cancelled, keeping no half-drawn ensemble', async () => {
    const run = ensembleRun({ pool: async () => pool });
    const started = run.start({ ...inputs, cohorts: 5000 });
    await expect.poll(() => run.progress, { timeout: 60_000 }).toBeGreaterThan(0);
    run.cancel();
    await started;
    expect([run.status, run.result]).toEqual(['cancelled', null]);
  });
});
