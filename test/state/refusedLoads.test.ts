import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../src/state/bundle.ts';
import { compressText } from '../../src/state/compressText.ts';
import { encodeHash } from '../../src/state/encodeHash.ts';
import { readPersistedSession } from '../../src/state/session/readPersistedSession.ts';
import { sessionRecord } from '../../src/state/session/sessionRecord.svelte.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../src/state/urlState.ts';
import { appShowing } from '../helpers/appShowing.ts';

/** Settings that differ from the defaults in ways a user would see at once. */
const OTHER: Settings = { ...DEFAULT_SETTINGS, level: 0.8, method: 'wald', view: 'km' };
const BAD_CSV = 'id,best_response,followup_wk\nB1,XX,4\n';

/** The app showing the built-in cohort, and what a refused load must leave untouched. */
async function showing() {
  const app = await appShowing();
  return { app, cohort: app.loader.cohort, settings: app.settings, hash: app.hash };
}

describe('a refused cohort brings none of its settings', () => {
  it('a bundle whose cohort fails validation: settings, cohort and link unchanged, refusal named', async () => {
    const { app, cohort, settings, hash } = await showing();
    const bundleHash = encodeHash({ source: { kind: 'bundle', name: 'bad' }, settings: OTHER });
    const text = writeBundle({
      app: '0',
      name: 'bad',
      description: '',
      csv: BAD_CSV,
      hash: bundleHash,
    });
    expect(await app.loadText(text, 'bad.json')).toBe(false);
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.hash).toBe(hash);
    expect(app.loader.refused?.file).toBe('bad.csv');
    expect(app.loader.refused?.messages.join('\n')).toMatch(/XX/);
  });

  it('a bundle that is accepted brings its settings with its cohort', async () => {
    const { app } = await showing();
    const bundleHash = encodeHash({ source: { kind: 'bundle', name: 'ok' }, settings: OTHER });
    const csv = 'id,best_response,response_wk,followup_wk\nA1,CR,2,10\nA2,NR,,12\n';
    const text = writeBundle({ app: '0', name: 'ok', description: '', csv, hash: bundleHash });
    expect(await app.loadText(text, 'ok.json')).toBe(true);
    expect(app.settings).toMatchObject({ level: 0.8, method: 'wald', view: 'km' });
    expect(app.loader.cohort?.patients).toHaveLength(2);
  });

  it('a bundle of an unknown version is refused as such, naming the file and the version read', async () => {
    const { app, cohort, settings } = await showing();
    const text = JSON.stringify({
      format: 'cohortscope-bundle',
      version: 3,
      csv: 'id',
      hash: '#v=1',
    });
    const file = new File([text], 'future.json', { type: 'application/json' });
    expect(await app.loadFiles([file])).toBe(false);
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.messages).toEqual([
      'future.json: a Cohortscope bundle of version 3, which this version of Cohortscope cannot read (it reads bundle version 1); open it with the version that wrote it.',
    ]);
  });

  it('a link whose inline cohort fails validation changes nothing and says why', async () => {
    const { app, cohort, settings } = await showing();
    const link = encodeHash({
      source: { kind: 'inline', name: 'x', csv: BAD_CSV },
      settings: OTHER,
    });
    expect(await app.openHash(link)).toBe(false);
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.file).toBe('x.csv');
  });

  it('a link whose inline cohort cannot be decompressed changes nothing and names it', async () => {
    const { app, cohort, settings } = await showing();
    expect(await app.openHash('#v=1&src=inline&name=x&csv=!!!***&view=km&level=0.8')).toBe(false);
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.notices.list.join('\n')).toMatch(
      /The cohort in the link could not be read .*; its settings were not applied\./,
    );
  });

  it('a link whose synthetic scenario is refused changes nothing and lists the scenario’s problems', async () => {
    const { app, cohort, settings } = await showing();
    const scn = compressText(JSON.stringify({ n: -1 }));
    expect(await app.openHash(`#v=1&src=synthetic&scn=${scn}&sseed=3&view=km&level=0.8`)).toBe(
      false,
    );
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.file).toBe('The scenario');
    expect(app.loader.refused?.messages.length).toBeGreaterThan(0);
  });

  it('a kept session whose cohort fails: its settings stay out and the refusal names the kept cohort', async () => {
    const kept = await appShowing({ level: 0.8, method: 'wald', view: 'km' });
    const record = await sessionRecord({
      writer: 'abcd1234',
      savedAt: 1_700_000_000_000,
      hash: kept.hash,
      cohort: kept.loader.cohort!,
      meta: kept.loader.meta!,
      source: kept.loader.source,
      bootstrap: kept.runs.bootstrap,
      resim: kept.runs.resim,
    });
    const { session } = readPersistedSession(structuredClone(record));
    session!.cohort!.csv = BAD_CSV;
    const { app, cohort, settings } = await showing();
    await app.session.restore(session!);
    expect(app.settings).toBe(settings);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.loader.refused?.file).toBe('hlh-anakinra-2025.csv (kept in this browser)');
  });
});

describe('the address bar holds no patient rows', () => {
  it('an uploaded cohort is named in the address and carried only by the link with data', async () => {
    const { app } = await showing();
    expect(app.loader.source.kind).toBe('inline');
    expect(app.hash).toMatch(/^#v=1&src=bundle&name=hlh-anakinra-2025&/);
    expect(app.hash).not.toMatch(/csv=|P01/);
    const withData = app.linkWithData()!;
    expect(withData).toMatch(/src=inline&name=hlh-anakinra-2025&csv=/);
    // An old link with data still opens, and the address then names the cohort.
    const other = await appShowing({}, null);
    expect(await other.openHash(withData)).toBe(true);
    expect(other.loader.cohort?.patients).toEqual(app.loader.cohort?.patients);
    expect(other.hash).toBe(app.hash);
  });

  it('the address of a cohort on screen reopens it in the same page with new settings', async () => {
    const { app, cohort } = await showing();
    const changed = app.hash.replace('level=0.95', 'level=0.9');
    expect(await app.openHash(changed)).toBe(true);
    expect(app.loader.cohort).toBe(cohort);
    expect(app.settings.level).toBe(0.9);
  });

  it('a built-in or synthetic cohort has no link with data', async () => {
    const app = await appShowing({}, null);
    expect(app.linkWithData()).toBeNull();
  });
});
