import { describe, expect, it } from 'vitest';
import type { ReplicateEstimates } from '../../../../src/engine/lessons/replicateEstimates.ts';
import type { Scenario } from '../../../../src/engine/montecarlo/scenario.ts';
import {
  MAX_STUDIES,
  ReplicateFeed,
  type ReplicatesRun,
  type ReplicatesSource,
  type ReplicatesTask,
} from '../../../../src/panels/learn/dance/ReplicateFeed.svelte.ts';
import { study } from './study.ts';

/**
 * A worker run answered by hand, as the pool would: one job at a time, starting again cancels
 * the running job, and an answer is one study per item, known here by its seed and number.
 */
class HandRun implements ReplicatesRun {
  inputs: ReplicatesTask | null = null;
  result: ReplicateEstimates[] | null = null;
  tasks: ReplicatesTask[] = [];
  names = new Map<ReplicateEstimates, string>();
  #running: { task: ReplicatesTask; done: () => void } | null = null;

  start(task: ReplicatesTask): Promise<void> {
    this.cancel();
    this.tasks.push(task);
    return new Promise((done) => (this.#running = { task, done }));
  }
  cancel(): void {
    this.#running?.done();
    this.#running = null;
  }
  /** Finishes the running job with its studies. */
  answer(): void {
    const { task, done } = this.#running!;
    this.#running = null;
    this.inputs = task;
    this.result = Array.from({ length: task.count }, (_, k) => {
      const s = study();
      this.names.set(s, `${task.seed}#${task.first + k}`);
      return s;
    });
    done();
  }
  /** Ends the running job with an error: the last result stays, with its own inputs. */
  fail(): void {
    this.#running?.done();
    this.#running = null;
  }
  get last(): Pick<ReplicatesTask, 'first' | 'count'> {
    const { first, count } = this.tasks[this.tasks.length - 1];
    return { first, count };
  }
}

/** Lets the feed take in an answer (it continues after the run's promise). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(source: () => ReplicatesSource | null = () => sourceWithSeed('dance-1')) {
  const run = new HandRun();
  const feed = new ReplicateFeed(run, source);
  const names = () => feed.studies.map((s) => run.names.get(s));
  return { run, feed, names };
}

function sourceWithSeed(seed: string): ReplicatesSource {
  return { scenario: { n: 18 } as Scenario, seed, estimates: { method: 'wilson' } };
}

describe('ReplicateFeed', () => {
  it('computes 50 studies ahead on reset, so Step shows one at once', async () => {
    const { run, feed, names } = setup();
    feed.reset();
    expect(run.tasks).toEqual([
      { kind: 'replicates', ...sourceWithSeed('dance-1'), first: 0, count: 50 },
    ]);
    run.answer();
    await settle();
    expect(feed.studies).toEqual([]);
    feed.draw(1);
    expect(names()).toEqual(['dance-1#0']);
    expect(run.tasks).toHaveLength(1);
  });

  it('asks for the next batch when fewer than 25 studies are left ahead', async () => {
    const { run, feed } = setup();
    feed.reset();
    run.answer();
    await settle();
    feed.draw(25);
    expect(run.tasks).toHaveLength(1);
    feed.draw(1);
    expect(run.last).toEqual({ first: 50, count: 50 });
  });

  it('shows studies not computed yet as soon as they arrive', async () => {
    const { run, feed, names } = setup();
    feed.reset();
    feed.draw(2);
    expect(feed.studies).toEqual([]);
    run.answer();
    await settle();
    expect(names()).toEqual(['dance-1#0', 'dance-1#1']);
  });

  it('asks for as many studies as the user waits for when that is more than a batch', async () => {
    const { run, feed } = setup();
    feed.reset();
    run.answer();
    await settle();
    feed.draw(200);
    expect(feed.studies).toHaveLength(50);
    expect(run.last).toEqual({ first: 50, count: 150 });
    run.answer();
    await settle();
    expect(feed.studies).toHaveLength(200);
  });

  it('draws at most 2000 studies, and Play stops there', async () => {
    const { run, feed } = setup();
    feed.reset();
    run.answer();
    await settle();
    feed.play();
    feed.draw(5000);
    expect(feed.full).toBe(true);
    expect(run.last).toEqual({ first: 50, count: MAX_STUDIES - 50 });
    run.answer();
    await settle();
    expect(feed.studies).toHaveLength(MAX_STUDIES);
    expect(run.tasks).toHaveLength(2);
    expect(feed.playing).toBe(true);
    feed.draw(1);
    expect(feed.studies).toHaveLength(MAX_STUDIES);
    expect(feed.playing).toBe(false);
  });

  it('never shows an answer that arrives after a reset', async () => {
    let seed = 'dance-1';
    const { run, feed, names } = setup(() => sourceWithSeed(seed));
    feed.reset();
    feed.draw(3);
    run.answer(); // answered, but the feed has not taken it in yet
    seed = 'dance-2';
    feed.reset();
    await settle();
    expect(feed.studies).toEqual([]);
    expect(run.last).toEqual({ first: 0, count: 50 });
    feed.draw(1);
    expect(feed.studies).toEqual([]);
    run.answer();
    await settle();
    expect(names()).toEqual(['dance-2#0']);
  });

  it('stops playing when the pool fails', async () => {
    const { run, feed } = setup();
    feed.reset();
    feed.play();
    feed.draw(1);
    run.fail();
    await settle();
    expect(feed.playing).toBe(false);
    expect(feed.studies).toEqual([]);
  });

  it('draws nothing and stops playing when there is nothing to simulate', () => {
    const { run, feed } = setup(() => null);
    feed.reset();
    feed.play();
    feed.draw(1);
    expect(feed.playing).toBe(false);
    expect(run.tasks).toEqual([]);
  });
});
