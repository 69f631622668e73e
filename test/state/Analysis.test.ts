import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import { chunkRng, simulateCohort } from '../../src/engine/montecarlo/index.ts';
import { fitOptionsOf } from '../../src/state/fitChoice.ts';
import { DEFAULT_SETTINGS } from '../../src/state/urlState.ts';
import { nodeMonteCarloPool } from '../../src/worker/nodePool.ts';
import type { MonteCarloPool } from '../../src/worker/pool.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { narrowToResponders } from '../../src/engine/narrowToResponders.ts';
import { Analysis } from '../../src/state/Analysis.svelte.ts';
import { BUILTIN_CSV } from '../helpers/appShowing.ts';
import { importForClient } from '../helpers/importForClient.ts';
import { makeCohort } from '../helpers/makeCohort.ts';
import { reconstructionToCohort } from '../../src/engine/kmfigure/reconstructionToCohort.ts';
import { kaplanMeier } from '../../src/engine/kaplanMeier.ts';
import { osObservations } from '../../src/engine/osObservations.ts';
import { NO_RESPONSE_RECORDED } from '../../src/engine/responseNotRecorded.ts';

type Client = typeof import('./client/entry.ts');
const SMALL_CSV = 'id,best_response,response_wk,followup_wk\nA1,CR,2,10\nA2,NR,,12\n';

/** The app state compiled for the browser, where a `$derived` is computed once until its inputs change. */
let client: Client;
beforeAll(async () => {
  client = await importForClient<Client>(new URL('./client/entry.ts', import.meta.url));
}, 120_000);

describe('the analysis of the cohort on screen (browser build)', () => {
  it('fits the scenario once per cohort: every reader gets the same object, whatever the settings', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    await app.analysis.loadFit();
    const fitted = app.analysis.fittedScenario;
    expect(fitted).toEqual(fitScenario(app.loader.cohort!).scenario);
    expect(app.analysis.fittedScenario).toBe(fitted);
    app.update({ level: 0.9, method: 'wilson', view: 'resim' });
    app.select('P01');
    client.flushSync();
    expect(app.analysis.fittedScenario).toBe(fitted);
    expect(app.analysis.fitError).toBeNull();

    await app.loadText(SMALL_CSV, 'small.csv');
    const refit = app.analysis.fittedScenario;
    expect(refit).not.toBe(fitted);
    expect(refit?.n).toBe(2);
    expect(app.analysis.fittedScenario).toBe(refit);
  });

  it('recomputes the report when the level changes, not when a patient is selected', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    const report = app.analysis.report;
    const curve = app.analysis.dorCurve;
    app.select('P01');
    app.update({ sort: 'id', lessonParams: { p: '0.5' } });
    expect(app.analysis.report).toBe(report);
    app.update({ level: 0.9 });
    expect(app.analysis.report).not.toBe(report);
    expect(app.analysis.report?.level).toBe(0.9);
    expect(app.analysis.dorCurve).toBe(curve);
  });
});

describe('the options every view follows (browser build)', () => {
  it('applies the responder definition to the report, the curves, the fitted scenario and the groups', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    const cohort = app.loader.cohort!;
    const report = app.analysis.report;
    app.update({ responders: 'CR' });
    expect(app.analysis.responders).toEqual(['CR']);
    expect(app.analysis.report).toEqual(analyze(cohort, { responders: ['CR'] }));
    expect(app.analysis.report).not.toBe(report);
    expect(app.analysis.dorCurve?.n).toBe(2);
    await app.analysis.loadFit();
    expect(app.analysis.fittedScenario).toEqual(
      fitScenario(narrowToResponders(cohort, ['CR'])).scenario,
    );
    app.update({ grouping: 'sex' });
    await app.analysis.loadSubgroups();
    expect(app.analysis.subgroups).toEqual(
      analyzeSubgroups(cohort, { by: 'sex' }, { responders: ['CR'] }),
    );
    const crOnly = app.analysis.report;
    app.update({ sort: 'id', kmBreaks: [0, 4], ttrScale: 'survival', incidenceLayout: 'stacked' });
    expect(app.analysis.report).toBe(crOnly);
  });

  it('reads the landmark and "responded by" weeks and ρ from the settings', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    app.update({ landmarks: [12], byWeek: [3], grouping: 'best_response', rho: 1 });
    await app.analysis.loadSubgroups();
    const report = app.analysis.report!;
    expect(report.dor_landmarks.map((r) => r.week)).toEqual([12]);
    expect(Object.keys(report.response_by_week)).toEqual(['3']);
    expect(app.analysis.subgroups?.logrank.dor?.rho).toBe(1);
    expect(app.analysis.subgroups?.logrank.dor?.trend).not.toBeNull();
  });

  it('resolves the grouping once: its groups and curves, or why it cannot be used', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    expect(app.analysis.grouping).toBeNull();
    expect(app.analysis.groupCurves).toEqual([]);
    app.update({ grouping: 'sex' });
    await app.analysis.loadSubgroups();
    const choice = app.analysis.grouping;
    expect(choice?.ok && choice.groups.groups.map((g) => g.value)).toEqual(['F', 'M']);
    expect(app.analysis.groupCurves.map((g) => [g.value, g.n, g.dor?.n, g.ttr?.n])).toEqual([
      ['F', 16, 14, 16],
      ['M', 2, 1, 2],
    ]);
    expect(app.analysis.subgroups?.logrank.dor?.p).toBeCloseTo(0.3496, 4);
    app.update({ level: 0.9 });
    expect(app.analysis.grouping).toBe(choice);
    app.update({ grouping: 'nosuch' });
    expect(app.analysis.grouping).toMatchObject({ ok: false });
    expect(app.analysis.subgroups).toBeNull();
    expect(app.analysis.groupCurves).toEqual([]);
  });

  it('gives how responses ended: the Aalen–Johansen fit of the report and the naive curves', async () => {
    const app = new client.AppState();
    await app.loadText(BUILTIN_CSV, 'hlh.csv');
    const competing = app.analysis.dorCompeting!;
    const rows = app.analysis.report!.dor_competing!.loss;
    const last = rows.at(-1)!;
    const i = competing.fit.time.indexOf(last.time);
    expect(competing.fit.incidence.loss[i]).toBeCloseTo(last.estimate, 12);
    const naive = competing.naive.loss;
    expect(1 - naive.survival[naive.time.indexOf(last.time)]).toBeCloseTo(last.naive, 12);
  });
});

describe('a cohort no scenario can be fitted to', () => {
  it('gives one message, and no scenario', async () => {
    const analysis = new Analysis({ cohort: () => makeCohort([]), level: () => 0.95 });
    await analysis.loadFit();
    expect(analysis.fittedScenario).toBeNull();
    expect(analysis.fitError).toBe(
      'No scenario can be fitted to this cohort: a scenario needs a cohort with at least one patient.',
    );
  });

  it('is no cohort at all before the first load', () => {
    const analysis = new Analysis({ cohort: () => null, level: () => 0.95 });
    expect(analysis.fittedScenario).toBeNull();
    expect(analysis.fitError).toBeNull();
    expect(analysis.report).toBeNull();
  });
});

describe('the fit settings', () => {
  const cohort = hlhCohort();
  const options = (changes: Partial<typeof DEFAULT_SETTINGS>) =>
    fitOptionsOf({ ...DEFAULT_SETTINGS, ...changes });

  it('choose the models, and a choice the cohort cannot use gives way to the best by AIC, said in a note', async () => {
    let settings = options({ fitDor: 'weibull', fitCensoring: 'right' });
    const analysis = new Analysis({
      cohort: () => cohort,
      level: () => 0.95,
      fitOptions: () => settings,
    });
    expect(analysis.fitting).toBe(true); // until the fit's code has loaded
    await analysis.loadFit();
    expect(analysis.fittedScenario?.dor.distribution).toBe('weibull');
    expect(analysis.fitted?.dor.censoring).toBe('right');
    const weibull = analysis.fitted;
    settings = options({ fitTtr: 'mixture-weibull' });
    expect(analysis.fittedScenario?.ttr.distribution).toBe('exponential');
    expect(analysis.fitted?.notes).toEqual([
      expect.stringMatching(
        /^the mixture \(weibull\) model cannot be fitted to the time to response: no censored time.*; the best by AIC is used instead$/,
      ),
    ]);
    // a choice made before is fitted once: the same object comes back
    settings = options({ fitDor: 'weibull', fitCensoring: 'right' });
    expect(analysis.fitted).toBe(weibull);
  });
});

describe('a large cohort', () => {
  const pool = nodeMonteCarloPool({ size: 1 });
  afterAll(() => pool.terminate());
  const large = simulateCohort(
    { ...fitScenario(hlhCohort()).scenario, n: 150 },
    { rng: chunkRng('large', 0) },
  );

  it('is fitted on the pool: fitting at first, then the scenario the page would have fitted', async () => {
    const analysis = new Analysis({
      cohort: () => large,
      level: () => 0.95,
      pool: async () => pool,
    });
    expect(analysis.fitting).toBe(true);
    expect(analysis.fittedScenario).toBeNull();
    expect(analysis.fitError).toBeNull();
    await vi.waitFor(() => expect(analysis.fitting).toBe(false), { timeout: 60_000 });
    expect(analysis.fitted).toEqual(fitScenario(large));
  }, 90_000);

  /** A pool stand-in whose every fit ends as `end` says (at once, as a worker's failure does). */
  const endingPool = (end: () => never) => async () =>
    ({ fit: async () => end(), release: () => {} }) as unknown as MonteCarloPool;

  it('shows why the pool could not fit it, instead of fitting for ever (browser build)', async () => {
    const analysis = new client.Analysis({
      cohort: () => large,
      level: () => 0.95,
      pool: endingPool(() => {
        throw new Error('Monte Carlo worker failed: Maximum call stack size exceeded.');
      }),
    });
    expect(analysis.fitting).toBe(true);
    await vi.waitFor(() => expect(analysis.fitting).toBe(false));
    expect(analysis.fitted).toBeNull();
    expect(analysis.fitError).toBe(
      'No scenario can be fitted to this cohort: Monte Carlo worker failed: Maximum call stack size exceeded.',
    );
  });

  it('says so when its fit is stopped before it finished (browser build)', async () => {
    const analysis = new client.Analysis({
      cohort: () => large,
      level: () => 0.95,
      pool: endingPool(() => {
        throw new DOMException('the lane was released', 'AbortError');
      }),
    });
    expect(analysis.fitting).toBe(true);
    await vi.waitFor(() => expect(analysis.fitting).toBe(false));
    expect(analysis.fitError).toBe(
      'No scenario can be fitted to this cohort: the fit was stopped before it finished; load the cohort again to fit it.',
    );
  });
});

describe('what the cohort cannot give, and what can group it', () => {
  it('leaves out the curves of a cohort whose responders have no response time, saying why', () => {
    const cohort = makeCohort([
      { id: 'P1', bestResponse: 'CR', responseWk: null, followupWk: 10 },
      { id: 'P2', bestResponse: 'PR', responseWk: null, followupWk: 8 },
      { id: 'P3', bestResponse: 'NR', followupWk: 6 },
    ]);
    const analysis = new Analysis({ cohort: () => cohort, level: () => 0.95 });
    expect(analysis.dorCurve).toBeNull();
    expect(analysis.ttrCurve).toBeNull();
    expect(analysis.unavailable.dor).toBe(
      'not available: 2 responders (P1, P2) have no response time; duration of response starts at the first response',
    );
    expect(analysis.report?.orr!.x).toBe(2);
  });

  it('draws overall survival whenever the cohort records deaths, and only it when no response was recorded', async () => {
    const rebuilt = reconstructionToCohort(
      [
        { time: 2, event: true },
        { time: 5, event: false },
        { time: 7, event: true },
      ],
      { endpoint: 'os', unit: 'weeks' },
    );
    const analysis = new Analysis({ cohort: () => rebuilt, level: () => 0.95 });
    expect(analysis.osCurve).toEqual(kaplanMeier(osObservations(rebuilt.patients)));
    expect([analysis.osCurve?.n, analysis.osCurve?.events]).toEqual([3, 2]);
    expect(analysis.dorCurve).toBeNull();
    expect(analysis.ttrCurve).toBeNull();
    expect(analysis.dorCompeting).toBeNull();
    expect(analysis.unavailable.response).toMatch(
      /^not available for this cohort: .*survival figure$/,
    );
    await analysis.loadFit();
    expect(analysis.fittedScenario).toBeNull();
    expect(analysis.fitError).toBe(
      `No scenario can be fitted to this cohort: ${NO_RESPONSE_RECORDED}.`,
    );

    const hlh = hlhCohort();
    const withResponse = new Analysis({ cohort: () => hlh, level: () => 0.95 });
    expect(withResponse.osCurve?.events).toBe(2);
    expect(withResponse.dorCurve).not.toBeNull();
    // No death_wk column: the data do not say who died, so no curve.
    const unrecorded = makeCohort([{ id: 'a', bestResponse: 'NR', followupWk: 3 }]);
    expect(new Analysis({ cohort: () => unrecorded, level: () => 0.95 }).osCurve).toBeNull();
  });

  it('offers the extra columns with a few text values for grouping', () => {
    const arm = (id: string, value: string) => ({
      id,
      bestResponse: 'NR' as const,
      followupWk: 4,
      extra: { arm: value, note: `n${id}` },
    });
    const cohort = makeCohort([arm('A', 'x'), arm('B', 'y'), arm('C', 'x'), arm('D', 'y')]);
    const analysis = new Analysis({ cohort: () => cohort, level: () => 0.95 });
    expect(analysis.categoricalColumns).toEqual([
      {
        name: 'arm',
        levels: [
          { value: 'x', count: 2 },
          { value: 'y', count: 2 },
        ],
        missing: 0,
      },
    ]);
  });
});
