import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { wholeParam } from '../../src/io/params/wholeParam.ts';
import type { RunStatus } from '../../src/state/WorkerRun.svelte.ts';
import { duration } from '../../src/ui/duration.ts';
import RunControls from '../../src/ui/RunControls.svelte';
import { RunFields } from '../../src/ui/RunFields.svelte.ts';

const fields = (count = 2000, seed = 1) =>
  new RunFields(
    wholeParam('breps', { label: 'Replicates', min: 1, max: 10_000_000, default: 2000 }),
    wholeParam('bseed', { label: 'The seed', min: 0, max: 2 ** 31 - 1, default: 1 }),
    { count, seed },
  );

function controls(
  run: Partial<{
    status: RunStatus;
    progress: number;
    error: string | null;
    elapsed: number | null;
    result: unknown;
  }>,
  f = fields(),
) {
  const html = render(RunControls, {
    props: {
      run: {
        status: 'idle',
        progress: 0,
        error: null,
        elapsed: null,
        result: null,
        cancel: () => undefined,
        ...run,
      },
      fields: f,
      countLabel: 'Replicates',
      action: 'Run bootstrap',
      progressLabel: 'Bootstrap progress',
      done: '2,000 replicates, seed 1.',
      testid: 'boot',
      countTestid: 'boot-reps',
      onrun: () => undefined,
    },
  }).body;
  const status = /data-testid="boot-status"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
  const disabled = (id: string) =>
    new RegExp(`<button[^>]*disabled[^>]*data-testid="${id}"`).test(html);
  return { html, status, disabled };
}

describe('RunControls', () => {
  it('offers the count and seed fields, Run, and Cancel only while running', () => {
    const idle = controls({});
    expect(idle.html).toMatch(/value="2000"[^>]*data-testid="boot-reps"/);
    expect(idle.html).toMatch(/value="1"[^>]*data-testid="boot-seed"/);
    expect(idle.disabled('boot-run')).toBe(false);
    expect(idle.disabled('boot-cancel')).toBe(true);
    expect(idle.status).toBe('');
    expect(idle.html).not.toContain('data-testid="progress"');
  });

  it('says how far a run is, with a progress bar, and lets it be cancelled', () => {
    const running = controls({ status: 'running', progress: 0.42 });
    expect(running.status).toBe('Running… 42%');
    expect(running.html).toMatch(/<progress[^>]*value="42"[^>]*aria-label="Bootstrap progress"/);
    expect(running.disabled('boot-run')).toBe(true);
    expect(running.disabled('boot-cancel')).toBe(false);
  });

  it('says a run is done, and how long it took unless it was kept from before', () => {
    expect(controls({ status: 'done', elapsed: 1234, result: {} }).status).toBe(
      'Done in 1.2 s: 2,000 replicates, seed 1.',
    );
    expect(controls({ status: 'done', elapsed: null, result: {} }).status).toBe(
      'Done: 2,000 replicates, seed 1.',
    );
  });

  it('says a run was cancelled, and whether the results shown are an earlier run’s', () => {
    expect(controls({ status: 'cancelled' }).status).toBe('Cancelled.');
    expect(controls({ status: 'cancelled', result: {} }).status).toBe(
      'Cancelled; the results below are from the previous run.',
    );
  });

  it('says why a run failed', () => {
    expect(
      controls({ status: 'failed', error: 'Monte Carlo worker crashed: out of memory' }).status,
    ).toBe('Failed: Monte Carlo worker crashed: out of memory');
  });

  it('names what a field allows and keeps Run disabled until both numbers are allowed', () => {
    const f = fields();
    f.countText = '10000000000';
    f.seedText = 'x';
    const { html, disabled } = controls({}, f);
    expect(disabled('boot-run')).toBe(true);
    expect(html).toContain(
      'Replicates must be a whole number from 1 to 10,000,000; got "10000000000".',
    );
    expect(html).toContain('The seed must be a whole number from 0 to 2,147,483,647; got "x".');
    expect(f.count).toBeNull();
    expect(f.valid).toBe(false);
  });
});

describe('duration', () => {
  it.each([
    [20, 'under 0.1 s'],
    [1234, '1.2 s'],
    [9_940, '9.9 s'],
    [42_400, '42 s'],
    [125_000, '2 min 5 s'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(duration(ms)).toBe(text);
  });
});
