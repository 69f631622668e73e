import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonItem, lessonTaskSize, type LessonTask } from '../../src/engine/lessons/index.ts';
import { bootstrap, fitScenario, simulateStudies } from '../../src/engine/montecarlo/index.ts';
import { drawEnsemble } from '../../src/engine/reconstruct/drawEnsemble.ts';
import {
  nodeMonteCarloPool,
  nodeWorkerHandle,
  spawnNodeWorker,
} from '../../src/worker/nodePool.ts';
import { MonteCarloPool } from '../../src/worker/pool.ts';
import type { WorkerHandle } from '../../src/worker/workerHandle.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { hlhSummary } from '../helpers/hlhSummary.ts';

const cohort = hlhCohort();
const pools: MonteCarloPool[] = [];
const pool = (size: number) => {
  const p = nodeMonteCarloPool({ size });
  pools.push(p);
  return p;
};
afterAll(() => pools.forEach((p) => p.terminate()));
const warm2 = pool(2);

/** A worker that exposes the worker API over comlink but throws from every call. */
function throwingWorker(): WorkerHandle {
  const require = createRequire(import.meta.url);
  const comlink = require.resolve('comlink');
  const adapter = require.resolve('comlink/dist/umd/node-adapter.js');
  const code = `
    const Comlink = require(${JSON.stringify(comlink)});
    const nodeEndpoint = require(${JSON.stringify(adapter)});
    const { parentPort } = require('node:worker_threads');
    const fail = () => { throw new Error('chunk 3 could not be read'); };
    Comlink.expose({ bootstrapChunks: fail, simulateChunks: fail }, nodeEndpoint(parentPort));`;
  return nodeWorkerHandle(new Worker(code, { eval: true }));
}

/**
 * A worker that starts a bootstrap, reports some progress and then misbehaves: `exit` ends its
 * thread (as the system ending a worker would), `spin` loops forever without a word.
 */
function failingMidRun(how: 'exit' | 'spin'): WorkerHandle {
  const require = createRequire(import.meta.url);
  const comlink = require.resolve('comlink');
  const adapter = require.resolve('comlink/dist/umd/node-adapter.js');
  const code = `
    const Comlink = require(${JSON.stringify(comlink)});
    const nodeEndpoint = require(${JSON.stringify(adapter)});
    const { parentPort } = require('node:worker_threads');
    const bootstrapChunks = async (plan, job, onProgress) => {
      await onProgress(job.total / 10);
      if (${JSON.stringify(how)} === 'exit') process.exit(3);
      for (;;);
    };
    Comlink.expose({ bootstrapChunks }, nodeEndpoint(parentPort));`;
  return nodeWorkerHandle(new Worker(code, { eval: true }));
}

/** A worker whose script dies on start. */
const crashingWorker = () =>
  nodeWorkerHandle(new Worker('throw new Error("out of memory (simulated)")', { eval: true }));

describe('MonteCarloPool on Node worker threads', { timeout: 180_000 }, () => {
  const warm = pool(2);

  it('gives byte-identical results with 1, 2 and 4 workers, equal to the inline engine', async () => {
    const options = { reps: 120_000, seed: 'determinism' };
    const inline = JSON.stringify(bootstrap(cohort, options));
    const results = [];
    for (const size of [1, 2, 4]) {
      const p = size === 2 ? warm : pool(size);
      results.push(JSON.stringify(await p.bootstrap(cohort, options)));
    }
    expect(results[0]).toBe(inline);
    expect(results[1]).toBe(inline);
    expect(results[2]).toBe(inline);
  });

  it('simulates studies identically whatever the pool size', async () => {
    const { scenario } = fitScenario(cohort);
    const options = { trials: 300, seed: 'studies' };
    const inline = JSON.stringify(simulateStudies(scenario, options));
    expect(JSON.stringify(await pools[1].simulate(scenario, options))).toBe(inline);
    expect(JSON.stringify(await warm.simulate(scenario, options))).toBe(inline);
  });

  it('reports progress along the way, in order, ending at the total', async () => {
    const calls: { done: number; total: number }[] = [];
    const reps = 3_000_000;
    await warm.bootstrap(cohort, {
      reps,
      seed: 'progress',
      onProgress: (done, total) => calls.push({ done, total }),
    });
    expect(calls.length).toBeGreaterThan(3);
    expect(calls.at(-1)).toMatchObject({ done: reps, total: reps });
    calls.slice(1).forEach((c, k) => expect(c.done).toBeGreaterThanOrEqual(calls[k].done));
  });

  it('cancels a running bootstrap, which rejects, and then runs again', async () => {
    const controller = new AbortController();
    let aborted = false;
    // 5 * 10^8 replicates would take minutes: the run must reject as soon as it is aborted.
    const run = warm.bootstrap(cohort, {
      reps: 500_000_000,
      seed: 'cancel',
      signal: controller.signal,
      onProgress: () => {
        if (!aborted) {
          aborted = true;
          controller.abort();
        }
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(aborted).toBe(true);
    const again = await warm.bootstrap(cohort, { reps: 20_000, seed: 'after' });
    expect(JSON.stringify(again)).toBe(
      JSON.stringify(bootstrap(cohort, { reps: 20_000, seed: 'after' })),
    );
  });

  it('refuses a run whose signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      warm.bootstrap(cohort, { reps: 1000, seed: 's', signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('lets a newer run supersede an older one, whose results never land', async () => {
    let staleProgress = 0;
    let newerStarted = false;
    const older = warm.bootstrap(cohort, {
      reps: 500_000_000,
      seed: 'older',
      onProgress: () => void (newerStarted && staleProgress++),
    });
    const olderOutcome = older.then(
      () => 'resolved',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    newerStarted = true;
    const newer = await warm.bootstrap(cohort, { reps: 20_000, seed: 'newer' });
    expect(await olderOutcome).toBe('AbortError: superseded by a newer run');
    expect(staleProgress).toBe(0);
    expect(newer.seed).toBe('newer');
  });

  it('runs a simulation beside a bootstrap without cancelling it', async () => {
    const options = { reps: 200_000, seed: 'beside' };
    const both = await Promise.all([
      warm.bootstrap(cohort, options),
      warm.simulate(fitScenario(cohort).scenario, { trials: 100, seed: 'beside' }),
    ]);
    expect(JSON.stringify(both[0])).toBe(JSON.stringify(bootstrap(cohort, options)));
    expect(both[1].trials).toBe(100);
  });

  it('passes an error thrown in a worker to the caller and recovers', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({
      size: 1,
      spawn: () => (spawned++ === 0 ? throwingWorker() : spawnNodeWorker()),
    });
    pools.push(p);
    await expect(p.bootstrap(cohort, { reps: 1000, seed: 's' })).rejects.toThrow(
      'Monte Carlo worker failed: chunk 3 could not be read',
    );
    const report = await p.bootstrap(cohort, { reps: 1000, seed: 's' });
    expect(report.statistics.orr.estimate).toBeCloseTo(15 / 18, 12);
    expect(spawned).toBe(2);
  });

  it('reports a worker that dies and starts a new one for the next run', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({
      size: 1,
      spawn: () => (spawned++ === 0 ? crashingWorker() : spawnNodeWorker()),
    });
    pools.push(p);
    await expect(p.bootstrap(cohort, { reps: 1000, seed: 's' })).rejects.toThrow(
      'Monte Carlo worker crashed: out of memory (simulated)',
    );
    const report = await p.bootstrap(cohort, { reps: 1000, seed: 's' });
    expect(report.reps).toBe(1000);
  });

  it('reports a worker that exits mid-run, after some progress, and runs again', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({
      size: 1,
      spawn: () => (spawned++ === 0 ? failingMidRun('exit') : spawnNodeWorker()),
    });
    pools.push(p);
    const seen: number[] = [];
    await expect(
      p.bootstrap(cohort, { reps: 1000, seed: 's', onProgress: (done) => seen.push(done) }),
    ).rejects.toThrow('Monte Carlo worker crashed: the worker exited with code 3. Run again.');
    expect(seen).toEqual([100]);
    expect((await p.bootstrap(cohort, { reps: 1000, seed: 's' })).reps).toBe(1000);
    expect(spawned).toBe(2);
  });

  it('restarts a worker that stops answering mid-run and says so; the next run works', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({
      size: 1,
      silence: 3000, // the fresh worker must start within it on a busy machine
      spawn: () => (spawned++ === 0 ? failingMidRun('spin') : spawnNodeWorker()),
    });
    pools.push(p);
    const seen: number[] = [];
    await expect(
      p.bootstrap(cohort, { reps: 1000, seed: 's', onProgress: (done) => seen.push(done) }),
    ).rejects.toThrow('The Monte Carlo worker stopped responding; it was restarted. Run again.');
    expect(seen).toEqual([100]);
    expect(spawned, 'a fresh worker started at once').toBe(2);
    const report = await p.bootstrap(cohort, { reps: 1000, seed: 's' });
    expect(report.statistics.orr.estimate).toBeCloseTo(15 / 18, 12);
    expect(spawned).toBe(2);
  });

  it('refuses absurd requests before starting any worker', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({ size: 1, spawn: () => (spawned++, spawnNodeWorker()) });
    await expect(p.bootstrap(cohort, { reps: 2e9, seed: 's' })).rejects.toThrow(
      'reps must be a whole number from 1 to 1000000000, got 2000000000',
    );
    await expect(p.simulate({ n: 0 } as never, { trials: 10, seed: 's' })).rejects.toThrow(
      'invalid scenario: n must be a whole number',
    );
    expect(spawned).toBe(0);
  });
});

describe('lesson tasks on the pool', { timeout: 180_000 }, () => {
  const { scenario } = fitScenario(cohort);
  const tasks: LessonTask[] = [
    {
      kind: 'replicates',
      scenario,
      seed: 'dance-1',
      first: 10,
      count: 7,
      estimates: { method: 'jeffreys', transform: 'log-log' },
    },
    {
      kind: 'follow-up',
      scenario,
      seed: 'fu',
      studies: 30,
      followupWk: [0, 3, 9, 27],
      transform: 'log-log',
    },
    { kind: 'dor-width', scenario, seed: 'w', reps: 25, ns: [10, 40, 80], transform: 'log' },
    { kind: 'interval-bounds', ns: [1, 18, 150], method: 'clopper-pearson', level: 0.95 },
    { kind: 'coverage', n: 30, level: 0.9, ps: [0.1, 0.5, 0.83] },
  ];

  it.each(tasks.map((task) => [task.kind, task] as const))(
    'runs the %s task item by item, as lessonItem does, with 1 or 2 workers',
    async (_, task) => {
      const inline = Array.from({ length: lessonTaskSize(task) }, (_, i) => lessonItem(task, i));
      expect(await pool(1).lesson(task)).toEqual(inline);
      expect(await warm2.lesson(task)).toEqual(inline);
    },
  );

  it('keeps each lane to itself: a newer task supersedes only its own lane', async () => {
    const slow: LessonTask = { ...tasks[1], studies: 3000 } as LessonTask;
    const older = warm2.lesson(slow, { lane: 'a' }).then(
      () => 'resolved',
      (error: Error) => error.name,
    );
    const beside = warm2.lesson(tasks[3], { lane: 'b' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const newer = await warm2.lesson(tasks[0], { lane: 'a' });
    expect(await older).toBe('AbortError');
    expect(newer).toHaveLength(7);
    expect((await beside)[1]).toHaveLength(38);
  });

  it('stops a superseded lesson task between items and keeps its workers warm', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({ size: 1, spawn: () => (spawned++, spawnNodeWorker()) });
    pools.push(p);
    const progress: number[] = [];
    // 4,000 items of 2,000 studies each: finishing them would take minutes, so the newer task
    // arriving within the test's time limit shows the worker stopped between items.
    const slow = {
      ...tasks[1],
      studies: 2000,
      followupWk: Array.from({ length: 4000 }, (_, k) => k / 100),
    };
    const older = p.lesson(slow as LessonTask, {
      lane: 'same',
      onProgress: (done) => progress.push(done),
    });
    const outcome = older.then(
      () => 'resolved',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    await expect.poll(() => progress.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const newer = await p.lesson(tasks[3], { lane: 'same' });
    expect(await outcome).toBe('AbortError: superseded by a newer run');
    const stale = progress.length;
    expect(newer).toEqual([0, 1, 2].map((i) => lessonItem(tasks[3], i)));
    expect(spawned).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(progress.length, 'no progress from the superseded task').toBe(stale);
  });

  it('ends a released lane and starts it again on its next use', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({ size: 1, spawn: () => (spawned++, spawnNodeWorker()) });
    pools.push(p);
    await p.lesson(tasks[3], { lane: 'x' });
    const running = p.lesson({ ...tasks[1], studies: 3000 } as LessonTask, { lane: 'x' });
    const outcome = running.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    p.release('x');
    expect(await outcome).toBe('the lane was released');
    await p.lesson(tasks[3], { lane: 'x' });
    expect(spawned).toBe(2);
  });

  it('refuses an empty task and passes a bad scenario back as an error', async () => {
    await expect(warm2.lesson({ ...tasks[3], ns: [] } as LessonTask)).rejects.toThrow(
      'a lesson task has 1 to 100000 items, got 0',
    );
    await expect(
      warm2.lesson({ ...tasks[0], scenario: { ...scenario, n: 0 } } as LessonTask),
    ).rejects.toThrow(/Monte Carlo worker failed: invalid scenario: n must be a whole number/);
  });
});

describe('reconstruction ensembles on the pool', { timeout: 180_000 }, () => {
  const summary = hlhSummary();

  it('draws the ensemble drawEnsemble draws in one thread, with 1 or 2 workers', async () => {
    const options = { cohorts: 45, seed: '3', bootstrapReps: 20 };
    const inline = JSON.stringify(await drawEnsemble(summary, options));
    expect(JSON.stringify(await pool(1).reconstruct(summary, options))).toBe(inline);
    const progress: number[] = [];
    const two = await warm2.reconstruct(summary, {
      ...options,
      onProgress: (done) => progress.push(done),
    });
    expect(JSON.stringify(two)).toBe(inline);
    expect(progress.at(-1)).toBe(45);
  });

  it('cancels an ensemble and draws again afterwards', async () => {
    const controller = new AbortController();
    const run = warm2.reconstruct(summary, {
      cohorts: 5000,
      seed: '1',
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect((await warm2.reconstruct(summary, { cohorts: 3, seed: '1' })).cohorts).toHaveLength(3);
  });

  it('reports conflicting figures as a result, and refuses an invalid summary or size', async () => {
    let spawned = 0;
    const p = new MonteCarloPool({ size: 1, spawn: () => (spawned++, spawnNodeWorker()) });
    pools.push(p);
    const conflicted = await p.reconstruct(
      { ...summary, best_response: { CR: 2, PR: 18, NR: 0 } },
      { cohorts: 10, seed: '1' },
    );
    expect(conflicted.cohorts).toEqual([]);
    expect(conflicted.message).toMatch(/best_response \(counts add up to 20, but n is 18\)/);
    await expect(p.reconstruct({ n: -1 } as never, { cohorts: 10, seed: '1' })).rejects.toThrow(
      'invalid summary: ',
    );
    await expect(p.reconstruct(summary, { cohorts: 0, seed: '1' })).rejects.toThrow(
      'cohorts must be a whole number from 1 to 5000, got 0',
    );
    expect(spawned).toBe(0);
  });
});
