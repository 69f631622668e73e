import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { PartRange, WorkerProgress } from '../../src/worker/api.ts';
import { Lanes, type Job } from '../../src/worker/Lanes.ts';
import type { WorkerHandle } from '../../src/worker/workerHandle.ts';

// The scheduler on its own, with workers that live in this thread behind a MessageChannel: each
// test reads as one rule of how runs share, cancel and recover their lanes.

/** What the test workers do: compute squares, or report progress and wait to be let go. */
interface TestApi {
  squares(range: PartRange, onProgress?: WorkerProgress): Promise<number[]>;
  held(range: PartRange, onProgress?: WorkerProgress): Promise<number>;
  /** Reports progress every `every` ms for `for` ms, then answers. */
  slow(every: number, ms: number, onProgress?: WorkerProgress): Promise<string>;
  fail(message: string): Promise<never>;
  stop(run: number): Promise<void>;
}

interface Fake {
  id: number;
  terminated: boolean;
  crash: (message: string) => void;
  stopped: number[];
}

let fakes: Fake[] = [];
/** Releases every held call. */
let letGo: () => void = () => undefined;
let gate = new Promise<void>((resolve) => (letGo = resolve));
const resetGate = () => (gate = new Promise<void>((resolve) => (letGo = resolve)));

function spawn(): WorkerHandle {
  const { port1, port2 } = new MessageChannel();
  const fake: Fake = { id: fakes.length, terminated: false, crash: () => undefined, stopped: [] };
  fakes.push(fake);
  const api: TestApi = {
    async squares({ first, end }, onProgress) {
      const out: number[] = [];
      for (let i = first; i < end; i++) {
        out.push(i * i);
        await onProgress?.(out.length);
      }
      return out;
    },
    async held({ first, end }, onProgress) {
      await onProgress?.(end - first);
      await gate;
      return fake.id;
    },
    async fail(message) {
      throw new Error(message);
    },
    async slow(every, ms, onProgress) {
      for (let t = 0; t < ms; t += every) {
        await new Promise((resolve) => setTimeout(resolve, every));
        await onProgress?.(t);
      }
      return 'done';
    },
    async stop(run) {
      fake.stopped.push(run);
    },
  };
  Comlink.expose(api, port2);
  return {
    endpoint: port1,
    terminate: () => {
      fake.terminated = true;
      port1.close();
      port2.close();
    },
    onCrash: (listener) => (fake.crash = listener),
  };
}

const lanesOf = (size: number, silence?: number) =>
  new Lanes<TestApi>({
    size,
    spawn,
    stop: (remote, run) => remote.stop(run),
    name: 'Test worker',
    progressInterval: 0,
    silence,
  });

/** A job of `parts` squares on `lane`, merged in order. */
const squaresJob = (parts: number, lane = 'squares'): Job<TestApi, number[]> => ({
  lane,
  total: parts,
  async execute({ spread }) {
    return (await spread(parts, (remote, range, p) => remote.squares(range, p))).flat();
  },
});

/** A job whose workers report progress and then wait for `letGo`; resolves with their ids. */
const heldJob = (lane = 'held', cooperative = false): Job<TestApi, number[]> => ({
  lane,
  cooperative,
  total: 4,
  execute: ({ spread }) => spread(4, (remote, range, p) => remote.held(range, p)),
});

const outcome = (run: Promise<unknown>) =>
  run.then(
    () => 'resolved',
    (error: Error) => `${error.name}: ${error.message}`,
  );
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  letGo();
  resetGate();
  fakes = [];
});

describe('Lanes: splitting a job', () => {
  it('shares parts out in contiguous ranges, one per worker, and returns them in order', async () => {
    const lanes = lanesOf(3);
    expect(await lanes.run(squaresJob(10))).toEqual(Array.from({ length: 10 }, (_, i) => i * i));
    expect(fakes).toHaveLength(3);
    expect(await lanes.run(squaresJob(2))).toEqual([0, 1]);
    expect(fakes, 'the warm workers are used again; no more workers than parts').toHaveLength(3);
    lanes.terminate();
  });

  it('adds up the workers’ progress, in order, ending at the total', async () => {
    const lanes = lanesOf(2);
    const seen: [number, number][] = [];
    await lanes.run(squaresJob(8), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toEqual([8, 8]);
    seen.slice(1).forEach(([done], k) => expect(done).toBeGreaterThanOrEqual(seen[k][0]));
    lanes.terminate();
  });

  it('runs a job in rounds, counting the earlier rounds’ units in the progress', async () => {
    const lanes = lanesOf(2);
    const seen: number[] = [];
    const twice: Job<TestApi, number[]> = {
      lane: 'rounds',
      total: 6,
      async execute({ spread }) {
        const first = (await spread(3, (r, range, p) => r.squares(range, p))).flat();
        const second = (await spread(3, (r, range, p) => r.squares(range, p), 3)).flat();
        return [...first, ...second];
      },
    };
    expect(await lanes.run(twice, { onProgress: (done) => seen.push(done) })).toEqual([
      0, 1, 4, 0, 1, 4,
    ]);
    expect(seen.filter((d) => d > 3).length, `progress ${seen}`).toBeGreaterThan(0);
    expect(Math.max(...seen)).toBe(6);
    lanes.terminate();
  });
});

describe('Lanes: one run per lane', () => {
  it('a newer run supersedes the running one, whose progress and result never land', async () => {
    const lanes = lanesOf(2);
    let stale = 0;
    const older = outcome(lanes.run(heldJob(), { onProgress: () => stale++ }));
    await settle();
    const before = stale;
    const newer = lanes.run(heldJob());
    expect(await older).toBe('AbortError: superseded by a newer run');
    expect(fakes.slice(0, 2).every((f) => f.terminated)).toBe(true);
    letGo();
    expect(await newer).toEqual([2, 3]);
    expect(stale).toBe(before);
    lanes.terminate();
  });

  it('leaves the runs of other lanes alone', async () => {
    const lanes = lanesOf(1);
    const held = lanes.run(heldJob('a'));
    await settle();
    expect(await lanes.run(squaresJob(3, 'b'))).toEqual([0, 1, 4]);
    letGo();
    expect(await held).toEqual([0]);
    lanes.terminate();
  });
});

describe('Lanes: cancelling', () => {
  it('rejects at once on abort and ends the workers; fresh ones start on the next run', async () => {
    const lanes = lanesOf(2);
    const controller = new AbortController();
    const run = outcome(lanes.run(heldJob(), { signal: controller.signal }));
    await settle();
    controller.abort();
    expect(await run).toBe('AbortError: the run was cancelled');
    expect(fakes.map((f) => f.terminated)).toEqual([true, true]);
    expect(await lanes.run(squaresJob(2, 'held'))).toEqual([0, 1]);
    expect(fakes).toHaveLength(4);
    lanes.terminate();
  });

  it('refuses a run whose signal is already aborted, starting no worker', async () => {
    const lanes = lanesOf(2);
    const controller = new AbortController();
    controller.abort();
    expect(await outcome(lanes.run(squaresJob(4), { signal: controller.signal }))).toBe(
      'AbortError: the run was cancelled',
    );
    expect(fakes).toHaveLength(0);
  });

  it('stops a job between rounds when cancelled', async () => {
    const lanes = lanesOf(1);
    const controller = new AbortController();
    let rounds = 0;
    const forever: Job<TestApi, never> = {
      lane: 'forever',
      total: 1,
      async execute({ spread }) {
        for (;;) {
          await spread(1, (r, range) => r.squares(range));
          if (++rounds === 2) controller.abort();
        }
      },
    };
    expect(await outcome(lanes.run(forever, { signal: controller.signal }))).toBe(
      'AbortError: the run was cancelled',
    );
    await settle();
    expect(rounds).toBe(2);
  });

  it('asks the workers of a cooperative lane to stop, and keeps them warm', async () => {
    const lanes = lanesOf(2);
    const older = outcome(lanes.run(heldJob('lesson', true)));
    await settle();
    const newer = lanes.run(heldJob('lesson', true));
    expect(await older).toBe('AbortError: superseded by a newer run');
    await settle();
    expect(fakes.map((f) => f.stopped)).toEqual([[1], [1]]);
    letGo();
    expect(await newer).toEqual([0, 1]);
    expect(fakes.some((f) => f.terminated)).toBe(false);
    lanes.terminate();
  });

  it('ends a released lane’s run and workers; the lane starts again when next used', async () => {
    const lanes = lanesOf(1);
    const run = outcome(lanes.run(heldJob('x')));
    await settle();
    lanes.release('x');
    expect(await run).toBe('AbortError: the lane was released');
    expect(fakes[0].terminated).toBe(true);
    expect(await lanes.run(squaresJob(1, 'x'))).toEqual([0]);
    expect(fakes).toHaveLength(2);
    lanes.terminate();
  });
});

describe('Lanes: failures', () => {
  it('passes an error thrown in a worker to the caller and replaces the worker', async () => {
    const lanes = lanesOf(1);
    const failing: Job<TestApi, never> = {
      lane: 'f',
      total: 1,
      async execute({ spread }) {
        await spread(1, (remote) => remote.fail('chunk 3 could not be read'));
        throw new Error('unreachable');
      },
    };
    expect(await outcome(lanes.run(failing))).toBe(
      'Error: Test worker failed: chunk 3 could not be read',
    );
    expect(fakes[0].terminated).toBe(true);
    expect(await lanes.run(squaresJob(2, 'f'))).toEqual([0, 1]);
    expect(fakes).toHaveLength(2);
    lanes.terminate();
  });

  it('rejects at once when a worker dies mid-run, and starts a new one for the next run', async () => {
    const lanes = lanesOf(2);
    const run = outcome(lanes.run(heldJob()));
    await settle();
    fakes[1].crash('out of memory (simulated)');
    expect(await run).toBe('Error: Test worker crashed: out of memory (simulated). Run again.');
    expect(fakes.map((f) => f.terminated)).toEqual([true, true]);
    letGo();
    expect(await lanes.run(squaresJob(2, 'held'))).toEqual([0, 1]);
    expect(fakes).toHaveLength(4);
    lanes.terminate();
  });

  it('passes a job’s own error (its merge) to the caller', async () => {
    const lanes = lanesOf(1);
    const broken: Job<TestApi, never> = {
      lane: 'm',
      total: 1,
      async execute() {
        throw new RangeError('nothing to merge');
      },
    };
    expect(await outcome(lanes.run(broken))).toBe('RangeError: nothing to merge');
  });
});

describe('Lanes: the watchdog', () => {
  it('ends a worker that goes silent mid-run, starts a fresh one and says so', async () => {
    const lanes = lanesOf(1, 200);
    const seen: number[] = [];
    // the held worker reports once, then never answers
    const run = outcome(lanes.run(heldJob(), { onProgress: (done) => seen.push(done) }));
    expect(await run).toBe(
      'Error: The Test worker stopped responding; it was restarted. Run again.',
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(fakes[0].terminated).toBe(true);
    expect(fakes, 'a fresh worker took its place at once').toHaveLength(2);
    expect(fakes[1].terminated).toBe(false);
    expect(await lanes.run(squaresJob(3, 'held'))).toEqual([0, 1, 4]);
    expect(fakes, 'the next run used the fresh worker').toHaveLength(2);
    lanes.terminate();
  });

  it('keeps a slow worker that keeps reporting progress', async () => {
    const lanes = lanesOf(1, 200);
    const slow: Job<TestApi, string[]> = {
      lane: 'slow',
      total: 1,
      execute: ({ spread }) => spread(1, (remote, _range, p) => remote.slow(50, 700, p)),
    };
    expect(await lanes.run(slow)).toEqual(['done']);
    expect(fakes).toHaveLength(1);
    expect(fakes[0].terminated).toBe(false);
    lanes.terminate();
  });
});
