import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { readBundle, writeBundle } from '../../src/state/bundle.ts';
import { buildReport } from '../../src/state/buildReport.ts';
import { readCohortMeta } from '../../src/state/cohortMeta.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { makeSyntheticCohort } from '../../src/state/syntheticCohort.ts';
import { DEFAULT_SETTINGS, DEFAULT_STATE } from '../../src/state/urlState.ts';
import { fileSlug } from '../../src/ui/fileSlug.ts';
import { format } from '../../src/ui/format.ts';
import { summaryRows } from '../../src/ui/summaryRows.ts';
import { readFileSync } from 'node:fs';
import { parseCohort } from '../../src/io/parseCohort.ts';
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';
import { makeCohort } from '../helpers/makeCohort.ts';
import { analyzeSubgroups } from '../../src/engine/analyzeSubgroups.ts';
import type { AnalysisReport } from '../../src/engine/report.ts';
import { subgroupOutput } from '../../src/engine/subgroupOutput.ts';
import { resolveGrouping } from '../../src/state/resolveGrouping.ts';

describe('endpoint summary rows', () => {
  it('show the published figures of the built-in cohort as text', async () => {
    const rows = summaryRows(analyze(hlhCohort()), {
      method: 'clopper-pearson',
      transform: 'log-log',
    });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.orr).toMatchObject({ count: '15/18', estimate: '83.3%' });
    expect(byKey.cr).toMatchObject({ count: '2/18', estimate: '11.1%' });
    expect(byKey.pr).toMatchObject({ count: '13/18', estimate: '72.2%' });
    expect(byKey['by-week-1']).toMatchObject({ count: '14/18', estimate: '77.8%' });
    expect(byKey['by-week-4']).toMatchObject({ count: '15/18', estimate: '83.3%' });
    expect(byKey.nr).toMatchObject({ count: '3/18', estimate: '16.7%' });
    expect(byKey.ne).toMatchObject({ count: '0/18', estimate: '0.0%' });
    expect(byKey.gc).toMatchObject({
      count: '13/18',
      estimate: '72.2%',
      note: 'median time to halving 1.0 wk',
    });
    expect(byKey.dor.estimate).toBe('1.0 wk');
    expect(byKey.ttr.estimate).toBe('1.0 wk');
    expect(byKey.fever).toMatchObject({
      count: '3/3',
      estimate: '100.0%',
      interval: '29.2% to 100.0%',
      note: '3 by week 1, 3 by week 2, 3 by week 4; median time to resolution 1.0 wk',
    });
    expect(byKey.imp).toBeUndefined();
  });

  it('say plainly which endpoints are not available, and why', () => {
    const cohort = makeCohort([
      { id: 'a', bestResponse: 'PR', responseWk: null, followupWk: 10 },
      { id: 'b', bestResponse: 'NR', followupWk: 8 },
    ]);
    const rows = summaryRows(analyze(cohort), { method: 'wilson', transform: 'log' });
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey.orr).toMatchObject({ count: '1/2', estimate: '50.0%' });
    for (const key of ['by-week', 'ttr', 'dor']) {
      expect(byKey[key].estimate).toBe('not available');
      expect(byKey[key].note).toMatch(/^not available: responder a has no response time/);
    }
  });

  it('give a cohort rebuilt from a survival figure its overall survival and one row on response, never 0/n', () => {
    const text = readFileSync('test/fixtures/cohorts/reconstructed/veteran-os.csv', 'utf8');
    const parsed = parseCohort(text, { fileName: 'veteran-os.csv' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const report = analyze(parsed.cohort);
    const rows = summaryRows(report, { method: 'clopper-pearson', transform: 'log-log' });
    expect(rows.map((r) => r.key)).toEqual(['os', 'response']);
    // R's survfit gives a median of 11.3737 wk, log-log CI 7.3835 to 14.2065 (overallSurvival.json).
    expect(rows[0]).toMatchObject({
      label: 'Median overall survival (KM)',
      count: '128/137',
      estimate: '11.4 wk',
      interval: '7.4 wk to 14.2 wk',
      note: '128 of 137 died; from the start of treatment',
    });
    expect(rows[1]).toMatchObject({
      label: 'Response, time to response, duration of response',
      count: '',
      estimate: 'not available',
      note: report.unavailable.response,
    });
    expect(rows[1].note).toMatch(
      /^not available for this cohort: .*rebuilt from a survival figure$/,
    );
    expect(JSON.stringify(rows)).not.toMatch(/0\/137|0\.0%/);
  });

  it('follow the chosen interval method and level', async () => {
    const cohort = hlhCohort();
    const exact = summaryRows(analyze(cohort), { method: 'clopper-pearson', transform: 'log' });
    const wald = summaryRows(analyze(cohort), { method: 'wald', transform: 'log' });
    const exact90 = summaryRows(analyze(cohort, { level: 0.9 }), {
      method: 'clopper-pearson',
      transform: 'log',
    });
    expect(exact[0].interval).toBe('58.6% to 96.4%');
    expect(wald[0].interval).not.toBe(exact[0].interval);
    expect(exact90[0].interval).not.toBe(exact[0].interval);
    expect(wald[0].estimate).toBe(exact[0].estimate);
  });
});

describe('number formatting', () => {
  it('writes percentages, weeks and unreached bounds the same way everywhere', () => {
    expect(format.percent(5 / 6)).toBe('83.3%');
    expect(format.percent(null)).toBe('—');
    expect(format.weeks(1)).toBe('1.0 wk');
    expect(format.weeks(null)).toBe('not reached');
    expect(format.weeksInterval([0.5, null])).toBe('0.5 wk to not reached');
    expect(format.weeksInterval([null, null])).toBe('not estimable');
    expect(format.level(0.95)).toBe('95%');
  });

  it('makes safe file names', () => {
    expect(fileSlug('HLH treated with anakinra (reconstruction, 18 patients)')).toBe(
      'hlh-treated-with-anakinra-reconstruction-18-patients',
    );
    expect(fileSlug('<script>/../..')).toBe('script');
    expect(fileSlug('***')).toBe('cohort');
  });
});

describe('bundles', () => {
  it('round-trip the cohort text, its name and every setting', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      method: 'wilson' as const,
      bootSeed: 5,
      sort: 'dor' as const,
    };
    const hash = encodeHash({ source: { kind: 'bundle', name: 'big' }, settings });
    const text = writeBundle({ app: '0.1.0', name: 'big', description: 'd', csv: 'id\nA', hash });
    const read = readBundle(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read).toMatchObject({ name: 'big', description: 'd', csv: 'id\nA' });
    expect(read.decoded.state.settings).toEqual(settings);
  });

  it('tell an ordinary JSON cohort or garbage from a bundle without throwing', () => {
    expect(readBundle('{"patients": []}')).toEqual({
      ok: false,
      kind: 'not-a-bundle',
      message: 'not a Cohortscope bundle',
    });
    expect(readBundle('not json').ok).toBe(false);
    expect(readBundle('null').ok).toBe(false);
    expect(
      readBundle('{"format":"cohortscope-bundle","version":2,"app":"0.9.0","csv":""}'),
    ).toEqual({
      ok: false,
      kind: 'unusable',
      message:
        'a Cohortscope bundle of version 2, which this version of Cohortscope cannot read (it reads bundle version 1); open it with the version that wrote it (0.9.0).',
    });
  });
});

describe('cohort side files', () => {
  it('read the built-in cohort notice, and fall back on a damaged file', async () => {
    const json = JSON.parse(
      await readFile(
        new URL('../../public/cohorts/hlh-anakinra-2025.json', import.meta.url),
        'utf8',
      ),
    );
    const meta = readCohortMeta(json, 'hlh-anakinra-2025');
    expect(meta.notice).toMatch(
      /reconstruction consistent with the published figures, not the real patients/i,
    );
    expect(meta.provenance.length).toBeGreaterThan(0);
    expect(readCohortMeta(null, 'x')).toEqual({
      name: 'x',
      description: 'Built-in cohort',
      notice: null,
      provenance: [],
    });
    expect(readCohortMeta({ reconstruction: true }, 'x').notice).toMatch(/not the real patients/);
  });
});

describe('synthetic cohorts', () => {
  it('are the same for the same scenario and seed, and differ with the seed', async () => {
    const { scenario } = fitScenario(hlhCohort());
    const a = makeSyntheticCohort(scenario, 7);
    const b = makeSyntheticCohort(JSON.parse(JSON.stringify(scenario)), 7);
    const c = makeSyntheticCohort(scenario, 8);
    if (!a.ok || !b.ok || !c.ok) throw new Error('the fitted scenario was refused');
    expect(a.cohort.patients).toEqual(b.cohort.patients);
    expect(a.cohort.patients).not.toEqual(c.cohort.patients);
    expect(a.cohort.patients).toHaveLength(18);
  });

  it('refuse an invalid scenario with the validator’s messages', () => {
    const r = makeSyntheticCohort({ n: -1 }, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages.join(' ')).toMatch(/n must be/);
  });
});

describe('the JSON report', () => {
  it('holds inputs, seeds, version, link and results', async () => {
    const cohort = hlhCohort();
    const report = buildReport({
      version: '0.1.0',
      meta: { name: 'HLH', description: 'd', notice: 'n', provenance: [] },
      source: DEFAULT_STATE.source,
      n: cohort.patients.length,
      csv: 'id,best_response\n',
      settings: DEFAULT_SETTINGS,
      hash: encodeHash(DEFAULT_STATE),
      analysis: analyze(cohort),
      bootstrap: null,
      created: '2026-01-01T00:00:00.000Z',
    });
    expect(report).toMatchObject({
      app: { name: 'cohortscope', version: '0.1.0' },
      inputs: {
        cohort: {
          n: 18,
          csv: 'id,best_response\n',
          source: { kind: 'builtin', id: 'hlh-anakinra-2025' },
        },
      },
      seeds: { bootstrap: DEFAULT_SETTINGS.bootSeed, resimulation: DEFAULT_SETTINGS.resimSeed },
    });
    expect((report.results as { analysis: { orr: { x: number } } }).analysis.orr.x).toBe(15);
    expect(report.results).not.toHaveProperty('bootstrap');
    expect(report.results).not.toHaveProperty('subgroups');
  });

  it('carries the analysis options, follow-up, landmarks, competing risks and the grouping with its tests', async () => {
    const cohort = hlhCohort();
    const settings = {
      ...DEFAULT_SETTINGS,
      responders: 'CR-PR' as const,
      landmarks: [12],
      grouping: 'sex',
      rho: 1,
    };
    const options = {
      level: 0.95,
      responders: ['CR', 'PR'] as const,
      byWeek: [1, 2, 4],
      landmarks: [12],
    };
    const analysis = analyze(cohort, options);
    const subgroups = analyzeSubgroups(cohort, { by: 'sex' }, { ...options, rho: 1 });
    const base = {
      version: '0.1.0',
      meta: { name: 'HLH', description: 'd', notice: 'n', provenance: [] },
      source: DEFAULT_STATE.source,
      n: cohort.patients.length,
      csv: 'id,best_response\n',
      settings,
      hash: encodeHash({ ...DEFAULT_STATE, settings }),
      analysis,
      created: '2026-01-01T00:00:00.000Z',
    };
    const report = buildReport({
      ...base,
      grouping: resolveGrouping('sex', cohort),
      subgroups,
    }) as {
      inputs: { analysis: unknown; link: string };
      results: { analysis: AnalysisReport; subgroups: ReturnType<typeof subgroupOutput> };
    };
    expect(report.inputs.analysis).toEqual({
      level: 0.95,
      responders: ['CR', 'PR'],
      by_week: [1, 2, 4],
      landmarks: [12],
      interval_method: 'clopper-pearson',
      km_transform: 'log-log',
      grouping: 'sex',
      rho: 1,
    });
    expect(report.inputs.link).toContain('by=sex');
    expect(report.results.analysis.followup).toEqual(analysis.followup);
    expect(report.results.analysis.dor_landmarks.map((r) => r.week)).toEqual([12]);
    expect(report.results.analysis.dor_competing).toEqual(analysis.dor_competing);
    expect(report.results.subgroups).toEqual(subgroupOutput(subgroups));
    expect(report.results.subgroups.logrank.dor?.rho).toBe(1);

    const refused = buildReport({
      ...base,
      settings: { ...settings, grouping: 'nosuch' },
      grouping: resolveGrouping('nosuch', cohort),
      subgroups: null,
    });
    expect(refused.results).toMatchObject({
      grouping_problem: expect.stringMatching(/^Cannot group by "nosuch": no column "nosuch"/),
    });
    expect(refused.results).not.toHaveProperty('subgroups');
  });

  it('names how an uploaded cohort was read, with its MAP.json, in the report’s inputs', async () => {
    const cohort = hlhCohort();
    const mapping = {
      version: 1 as const,
      layout: 'visits' as const,
      columns: { id: 'Patient', visit_wk: 'Day', response: 'Status' },
      time_unit: 'days' as const,
    };
    const report = buildReport({
      version: '0.1.0',
      meta: { name: 'mine', description: 'd', notice: null, provenance: [] },
      source: {
        kind: 'inline',
        name: 'mine',
        csv: 'id\n',
        imported: { format: 'visits', mapping, confirmWk: 4 },
      },
      n: cohort.patients.length,
      csv: 'id\n',
      settings: DEFAULT_SETTINGS,
      hash: '#v=1',
      analysis: analyze(cohort),
      created: '2026-01-01T00:00:00.000Z',
    });
    expect((report.inputs as { cohort: { source: unknown } }).cohort.source).toEqual({
      kind: 'inline',
      name: 'mine',
      imported: { format: 'visits', mapping, confirm_wk: 4 },
    });
  });
});
