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
import { fitScenario } from '../../src/engine/montecarlo/fitScenario.ts';
import { hlhCohort } from '../helpers/hlhCohort.ts';

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
    expect(byKey.week1).toMatchObject({ count: '14/18', estimate: '77.8%' });
    expect(byKey.gc).toMatchObject({
      count: '13/18',
      estimate: '72.2%',
      note: 'median time 1.0 wk',
    });
    expect(byKey.dor.estimate).toBe('1.0 wk');
    expect(byKey.ttr.estimate).toBe('1.0 wk');
    expect(byKey.fever).toMatchObject({ count: '3/3', note: '3 within 1 week' });
    expect(byKey.imp).toBeUndefined();
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
      message: 'not a Cohortscope bundle',
    });
    expect(readBundle('not json').ok).toBe(false);
    expect(readBundle('null').ok).toBe(false);
    expect(readBundle('{"format":"cohortscope-bundle","version":2,"csv":""}')).toEqual({
      ok: false,
      message: 'bundle version 2 is not supported',
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
  });
});
