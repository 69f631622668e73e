import { describe, expect, it, vi } from 'vitest';
import { WorkerRun } from '../../src/state/WorkerRun.svelte.ts';

vi.mock('../../src/state/getPool.ts', () => ({
  // A stand-in pool: the jobs below never touch it, and restoring must not even ask for it.
  getPool: vi.fn(async () => ({})),
}));
const { getPool } = await import('../../src/state/getPool.ts');

/** A run whose job finishes only when the test says so, with the value it is given. */
function handRun() {
  const answers: ((value: string) => void)[] = [];
  const run = new WorkerRun<{ n: number }, string>(
    () => new Promise<string>((resolve) => answers.push(resolve)),
  );
  return { run, answers };
}

describe('WorkerRun.restore', () => {
  it('shows a kept result as finished with its inputs, without asking the pool', () => {
    vi.mocked(getPool).mockClear();
    const job = vi.fn(async () => 'computed');
    const run = new WorkerRun<{ n: number }, string>(job);
    const inputs = { n: 7 };
    run.restore(inputs, 'kept');
    expect(run.status).toBe('done');
    expect(run.result).toBe('kept');
    expect(run.inputs).toBe(inputs);
    expect(run.progress).toBe(1);
    expect(run.error).toBeNull();
    expect(job).not.toHaveBeenCalled();
    expect(getPool).not.toHaveBeenCalled();
  });

  it('cancels the running job, whose late answer never replaces the restored result', async () => {
    const { run, answers } = handRun();
    const running = run.start({ n: 1 });
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    run.restore({ n: 2 }, 'kept');
    answers[0]('late');
    await running;
    expect(run.result).toBe('kept');
    expect(run.inputs).toEqual({ n: 2 });
    expect(run.status).toBe('done');
  });

  it('is superseded by the next run like any finished result', async () => {
    const { run, answers } = handRun();
    run.restore({ n: 1 }, 'kept');
    const running = run.start({ n: 2 });
    expect(run.status).toBe('running');
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    answers[0]('fresh');
    await running;
    expect(run.result).toBe('fresh');
    expect(run.inputs).toEqual({ n: 2 });
  });
});
