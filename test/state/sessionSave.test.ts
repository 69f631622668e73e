import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cohortToCsv } from '../../src/io/cohortToCsv.ts';
import { csvFingerprint } from '../../src/state/session/csvFingerprint.ts';
import type { PersistedSession } from '../../src/state/session/persistedSession.ts';
import { sessionRecord } from '../../src/state/session/sessionRecord.svelte.ts';
import { BUILTIN_CSV } from '../helpers/appShowing.ts';
import { importForClient } from '../helpers/importForClient.ts';
import { largeCsv } from '../io/largeCsv.ts';

type Client = typeof import('./client/entry.ts');

/** The app state compiled for the browser, where the keeper's effect runs. */
let client: Client;
beforeAll(async () => {
  client = await importForClient<Client>(new URL('./client/entry.ts', import.meta.url));
}, 120_000);

/**
 * The page's scheduler, standing in for the browser's: counts the yields, and while closed holds
 * every job that yields (until `resumeHeld`); jobs that yield after it is opened again go on.
 */
const gate = { open: true, yields: 0, held: [] as (() => void)[] };
const scheduler = {
  yield: (): Promise<void> => {
    gate.yields += 1;
    return gate.open ? Promise.resolve() : new Promise((resolve) => gate.held.push(resolve));
  },
};
function resumeHeld(): void {
  for (const resume of gate.held.splice(0)) resume();
}
beforeEach(() => {
  Object.assign(gate, { open: true, yields: 0, held: [] });
  Object.assign(globalThis, { scheduler });
});
afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

/** A keeper of `app` whose records are collected instead of stored. */
function keeperOf(app: InstanceType<Client['AppState']>) {
  const written: PersistedSession[] = [];
  const keeper = new client.SessionKeeper(app, (record) => {
    written.push(structuredClone(record));
    return Promise.resolve(true);
  });
  return { keeper, written, stop: keeper.keep() };
}

describe('saving the session of a large cohort (browser build)', () => {
  it('writes the record sessionRecord makes, the cohort’s CSV built a piece per task', async () => {
    const app = new client.AppState();
    await app.loadText(largeCsv(20_000), 'large.csv');
    expect(app.loader.source.kind).toBe('bundle');
    gate.yields = 0;
    const { keeper, written, stop } = keeperOf(app);
    await vi.waitFor(() => expect(written).toHaveLength(1), { timeout: 10_000 });
    stop();
    expect(gate.yields, 'a yield after each piece: 2,000 patients a piece, twice').toBe(20);
    const { cohort, meta, source, imported } = app.loader;
    const [record] = written;
    const csv = cohortToCsv(cohort!);
    expect(record.cohort?.csv).toBe(csv);
    expect(record.cohortKey).toBe(csvFingerprint(csv));
    const parts = { writer: keeper.writer, savedAt: record.savedAt, hash: app.hash, source };
    const expected = await sessionRecord({
      ...parts,
      cohort: cohort!,
      meta: meta!,
      imported,
      bootstrap: app.runs.bootstrap,
      resim: app.runs.resim,
    });
    expect(record).toEqual(expected);
  });

  it('drops a save whose cohort was replaced while its CSV was being built, after the new cohort’s', async () => {
    const app = new client.AppState();
    await app.loadText(largeCsv(20_000), 'first.csv');
    gate.open = false;
    const { written, stop } = keeperOf(app);
    // The save of the first cohort is under way: its first piece is written, the rest held.
    await vi.waitFor(() => expect(gate.held).toHaveLength(1), { timeout: 10_000 });
    gate.open = true;
    expect(await app.loadText(BUILTIN_CSV, 'second.csv')).toBe(true);
    // The second cohort is saved while the first one's CSV is still being built.
    await vi.waitFor(() => expect(written).toHaveLength(1), { timeout: 10_000 });
    const held = gate.yields;
    resumeHeld();
    await vi.waitFor(() => expect(gate.yields).toBe(held + 19), { timeout: 10_000 });
    // A later task: the first save has finished, and written nothing.
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(written).toHaveLength(1);
    const [record] = written;
    expect(record.name).toBe('second');
    expect(record.hash).toBe(app.hash);
    expect(record.cohort?.name).toBe('second');
    expect(record.cohortKey).toBe(csvFingerprint(cohortToCsv(app.loader.cohort!)));
  });
});
