import { describe, expect, it, vi } from 'vitest';
import { bootstrap } from '../../src/engine/montecarlo/bootstrap.ts';
import { simulateStudies } from '../../src/engine/montecarlo/simulateStudies.ts';
import type { AppState } from '../../src/state/AppState.svelte.ts';
import { AppState as App } from '../../src/state/AppState.svelte.ts';
import type { PersistedSession } from '../../src/state/session/persistedSession.ts';
import { readPersistedSession } from '../../src/state/session/readPersistedSession.ts';
import { sessionRecord } from '../../src/state/session/sessionRecord.svelte.ts';
import { appShowing } from '../helpers/appShowing.ts';

vi.mock('../../src/state/getPool.ts', () => ({
  getPool: vi.fn(() => Promise.reject(new Error('a restored result must not start the pool'))),
}));
const { getPool } = await import('../../src/state/getPool.ts');

/** The record a page writes when it shows an uploaded cohort with a finished bootstrap and re-simulation. */
async function keptSession(): Promise<{ app: AppState; session: PersistedSession }> {
  const app = await appShowing({ bootReps: 200, resimTrials: 50 });
  const cohort = app.loader.cohort!;
  const { bootSeed, resimSeed } = app.settings;
  const scenario = app.analysis.fittedScenario!;
  app.runs.bootstrap.restore(
    { cohort, reps: 200, seed: bootSeed, level: 0.95, responders: app.analysis.responders },
    bootstrap(cohort, { reps: 200, seed: String(bootSeed) }),
  );
  app.runs.resim.restore(
    { cohort, scenario, trials: 50, seed: resimSeed, level: 0.95 },
    simulateStudies(scenario, { trials: 50, seed: String(resimSeed) }),
  );
  const { meta, source } = app.loader;
  const record = await sessionRecord({
    writer: 'abcd1234',
    savedAt: 1_700_000_000_000,
    hash: app.hash,
    cohort,
    meta: meta!,
    source,
    bootstrap: app.runs.bootstrap,
    resim: app.runs.resim,
  });
  const { session, notices } = readPersistedSession(structuredClone(record));
  expect(notices).toEqual([]);
  return { app, session: session! };
}

describe('restoring a kept session', () => {
  it('puts the cohort, the settings and both results back through their runs, without the pool', async () => {
    const { app: before, session } = await keptSession();
    expect(session.cohort?.csv, 'an uploaded cohort is kept whole').toBeTruthy();
    vi.mocked(getPool).mockClear();
    const app = new App();
    await app.session.restore(session);
    expect(app.hash).toBe(before.hash);
    expect(app.loader.meta).toEqual(before.loader.meta);
    expect(app.loader.cohort?.patients).toEqual(before.loader.cohort?.patients);
    for (const run of [app.runs.bootstrap, app.runs.resim]) {
      expect(run.status).toBe('done');
      expect(run.inputs?.cohort).toBe(app.loader.cohort);
    }
    expect(app.runs.bootstrap.result).toEqual(session.bootstrap?.report);
    expect(app.runs.resim.result).toEqual(session.resim?.report);
    expect(app.runs.resim.inputs?.scenario).toEqual(app.analysis.fittedScenario);
    expect(app.runs.bootstrapRecord).toMatchObject({
      reps: 200,
      level: 0.95,
      responders: ['CR', 'PR', 'IMP'],
    });
    expect(getPool).not.toHaveBeenCalled();
  });

  it('leaves out a result whose settings the link no longer asks for', async () => {
    const { app: before, session } = await keptSession();
    before.update({ bootSeed: 1, resimScenario: { ...before.analysis.fittedScenario!, n: 30 } });
    const app = new App();
    await app.session.restore({ ...session, hash: before.hash });
    expect(app.loader.cohort?.patients).toHaveLength(18);
    expect(app.settings.bootSeed).toBe(1);
    expect(app.runs.bootstrap.status).toBe('idle');
    expect(app.runs.bootstrap.result).toBeNull();
    expect(app.runs.resim.result).toBeNull();
  });

  it('leaves out the runs of another responder definition: the bootstrap and the fitted scenario follow it', async () => {
    const { app: before, session } = await keptSession();
    before.update({ responders: 'CR' });
    const app = new App();
    await app.session.restore({ ...session, hash: before.hash });
    expect(app.analysis.responders).toEqual(['CR']);
    expect(app.runs.bootstrap.result).toBeNull();
    expect(app.runs.resim.result).toBeNull();
  });

  it('names what it could not use of the kept link', async () => {
    const { session } = await keptSession();
    const app = new App();
    await app.session.restore({ ...session, hash: session.hash.replace(/level=[^&]*/, 'level=2') });
    expect(app.notices.list.join(' ')).toMatch(/^The session kept in this browser: .*level/);
    expect(app.loader.cohort?.patients).toHaveLength(18);
  });
});
