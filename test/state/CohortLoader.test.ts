import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/state/AppState.svelte.ts';
import { writeBundle } from '../../src/state/bundle.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { MAX_UPLOAD_BYTES } from '../../src/state/readCohortFile.ts';
import { DEFAULT_SETTINGS } from '../../src/state/urlState.ts';
import { appShowing, BUILTIN_CSV } from '../helpers/appShowing.ts';

const SMALL_CSV = 'id,best_response,response_wk,followup_wk\nA1,CR,2,10\nA2,NR,,12\n';

describe('a load that fails keeps the cohort on screen', () => {
  it('a refused file lists its problems and leaves the cohort, its source and its runs', async () => {
    const app = await appShowing();
    const { cohort, meta, source } = app.loader;
    app.runs.bootstrap.restore(
      { cohort: cohort!, reps: 10, seed: 1, level: 0.95, responders: app.analysis.responders },
      {} as never,
    );
    const ok = await app.loadText('id,best_response,followup_wk\nB1,XX,4\n', 'bad.csv');
    expect(ok).toBe(false);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.meta).toBe(meta);
    expect(app.loader.source).toBe(source);
    expect(app.loader.status).toBe('ready');
    expect(app.runs.bootstrap.status).toBe('done');
    expect(app.loader.refused?.file).toBe('bad.csv');
    expect(app.loader.refused?.messages.join('\n')).toMatch(/bad\.csv.*XX/);
  });

  it('a refused scenario keeps the cohort and says why', async () => {
    const app = await appShowing();
    const cohort = app.loader.cohort;
    expect(await app.loader.loadSynthetic({ n: -1 }, 3)).toBe(false);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.file).toBe('The scenario');
    expect(app.loader.refused?.messages.length).toBeGreaterThan(0);
  });

  it('a file larger than the page reads is refused before it is read', async () => {
    const app = await appShowing();
    const cohort = app.loader.cohort;
    const huge = { name: 'huge.csv', size: MAX_UPLOAD_BYTES + 1, text: () => Promise.reject() };
    expect(await app.loadFile(huge as unknown as File)).toBe(false);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.messages[0]).toBe(
      `huge.csv: the file is ${MAX_UPLOAD_BYTES + 1} bytes; at most ${MAX_UPLOAD_BYTES} are accepted.`,
    );
  });

  it('the next accepted file clears the refusal', async () => {
    const app = await appShowing();
    await app.loadText('nonsense', 'bad.csv');
    expect(app.loader.refused).not.toBeNull();
    expect(await app.loadText(SMALL_CSV, 'small.csv')).toBe(true);
    expect(app.loader.refused).toBeNull();
    expect(app.loader.cohort?.patients.map((p) => p.id)).toEqual(['A1', 'A2']);
  });
});

describe('loading', () => {
  it('only the latest of two overlapping loads replaces the cohort', async () => {
    const app = new AppState();
    const first = app.loadText(BUILTIN_CSV, 'hlh.csv');
    const second = app.loadText(SMALL_CSV, 'small.csv');
    expect(await Promise.all([first, second])).toEqual([false, true]);
    expect(app.loader.meta?.name).toBe('small');
    expect(app.loader.cohort?.patients).toHaveLength(2);
  });

  it('a small file travels inside a link with data (the address names it), and a new cohort forgets the old runs and selection', async () => {
    const app = await appShowing();
    app.select('P01');
    const old = app.loader.cohort!;
    app.runs.bootstrap.restore(
      { cohort: old, reps: 10, seed: 1, level: 0.95, responders: app.analysis.responders },
      {} as never,
    );
    await app.loadText(SMALL_CSV, 'small.csv');
    expect(app.loader.source).toMatchObject({ kind: 'inline', name: 'small' });
    expect(app.hash).toContain('src=bundle&name=small&');
    expect(app.hash).not.toContain('csv=');
    expect(app.linkWithData()).toContain('src=inline&name=small&');
    expect(app.linkWithData()).toContain('csv=');
    expect(app.runs.bootstrap.result).toBeNull();
    expect(app.runs.bootstrap.status).toBe('idle');
    expect(app.selected).toBeNull();
  });

  it('a bundle brings its settings with its cohort', async () => {
    const app = new AppState();
    const hash = encodeHash({
      source: { kind: 'bundle', name: 'Trial' },
      settings: { ...DEFAULT_SETTINGS, level: 0.9, bootSeed: 77 },
    });
    const text = writeBundle({ app: '0', name: 'Trial', description: '', csv: SMALL_CSV, hash });
    expect(await app.loadText(text, 'trial.cohortscope.json')).toBe(true);
    expect(app.settings).toMatchObject({ level: 0.9, bootSeed: 77 });
    expect(app.loader.meta).toMatchObject({
      name: 'Trial',
      description: 'Opened from the bundle trial.cohortscope.json.',
    });
  });
});
