import type { Analysis } from '../Analysis.svelte.ts';
import type { CohortLoader } from '../CohortLoader.svelte.ts';
import { plainCohortMeta } from '../cohortMeta.ts';
import { decodeHash } from '../decodeHash.ts';
import type { MonteCarloRuns } from '../MonteCarloRuns.svelte.ts';
import type { Notices } from '../Notices.svelte.ts';
import type { Settings, UrlState } from '../urlState.ts';
import { clearStoredData, readSessionRecord, writeSessionRecord } from './browserStorage.ts';
import { describeCleared } from './describeCleared.ts';
import { specDetails } from '../importSpec.ts';
import { makeWriterId } from './makeWriterId.ts';
import { readKeptImport } from './readKeptImport.ts';
import type { PersistedSession } from './persistedSession.ts';
import { readPersistedSession, type ReadSession } from './readPersistedSession.ts';
import { keptResults } from './keptResults.ts';
import { loadLinkCompression, needsLinkCompression } from '../linkCompression.ts';
import { sessionRecord } from './sessionRecord.svelte.ts';

/** How long the state must stay unchanged before it is written to this browser's storage. */
export const SAVE_DELAY_MS = 300;

/** The parts of the app a session is made of and put back into. */
export interface KeptApp {
  readonly hash: string;
  readonly settings: Settings;
  readonly notices: Notices;
  readonly loader: CohortLoader;
  readonly analysis: Analysis;
  readonly runs: MonteCarloRuns;
  /** Applies a link's state: its cohort, and its settings once the cohort is accepted. */
  open(state: UrlState): Promise<boolean>;
  update(changes: Partial<Settings>): void;
}

/** Stores a whole session record, resolving whether it did. */
type WriteRecord = (record: PersistedSession) => Promise<boolean>;

/**
 * Keeps the session in this browser (IndexedDB, never sent anywhere): a whole record written
 * shortly after each change and at once when the page is hidden, read back on the next visit
 * with its results put back into their runs when they still match, and cleared on request.
 * @example const stop = keeper.keep(); … stop();
 */
export class SessionKeeper {
  #app: KeptApp;
  #write: WriteRecord;
  /** Random id of this page, written with each record. */
  readonly writer = makeWriterId();
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** What was last written (or found) in storage, to skip writing the same state again. */
  #saved: readonly unknown[] = [];

  /** `write` stores a whole record, resolving whether it did (this browser's IndexedDB by default). */
  constructor(app: KeptApp, write: WriteRecord = writeSessionRecord) {
    this.#app = app;
    this.#write = write;
  }

  /** The session kept in this browser, checked, with a notice for every part ignored. */
  async read(): Promise<ReadSession> {
    return readPersistedSession(await readSessionRecord());
  }

  /** Puts a kept session back: settings, cohort with its header, and results that still match. */
  async restore(session: PersistedSession): Promise<void> {
    const app = this.#app;
    if (needsLinkCompression(session.hash)) await loadLinkCompression();
    const { state, messages } = decodeHash(session.hash);
    app.notices.set(messages.map((m) => `The session kept in this browser: ${m}`));
    const saved = session.cohort;
    if ((state.source.kind === 'inline' || state.source.kind === 'bundle') && saved) {
      const meta = plainCohortMeta(saved.name, saved.description, saved.notice);
      const imported = readKeptImport(saved.imported) ?? specDetails(state.source.imported);
      const file = `${saved.name}.csv (kept in this browser)`;
      await app.loader.openText(saved.csv, file, meta, imported, () => app.update(state.settings));
    } else {
      await app.open(state);
    }
    const cohort = app.loader.cohort;
    if (!cohort || app.loader.status !== 'ready') return;
    const { settings, analysis, runs } = app;
    // A kept re-simulation is put back only if it was run on the scenario fitted now.
    if (session.resim) await analysis.loadFit();
    const { responders, fittedScenario } = analysis;
    const kept = { cohort, settings, responders, fittedScenario };
    const { bootstrap, resim } = await keptResults(session, kept);
    // Another cohort may have been opened while this one's CSV was being written.
    if (app.loader.cohort !== cohort) return;
    if (bootstrap) runs.bootstrap.restore(bootstrap.inputs, bootstrap.result);
    if (resim) runs.resim.restore(resim.inputs, resim.result);
    this.#saved = this.#snapshot();
  }

  /**
   * Writes the state to this browser's storage shortly after each change, and at once when the
   * page is hidden or closed. Returns a function that stops keeping it.
   */
  keep(): () => void {
    const flush = () => {
      if (this.#timer === null) return;
      this.#cancelSave();
      void this.#save();
    };
    const onhide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const stop = $effect.root(() => {
      $effect(() => {
        const snapshot = this.#snapshot();
        const { loader } = this.#app;
        if (loader.status !== 'ready' || !loader.cohort || !loader.meta) return;
        // A stand-in for a refused cohort never replaces what is kept.
        if (loader.standIn) return;
        if (snapshot.every((part, i) => part === this.#saved[i])) return;
        this.#cancelSave();
        this.#timer = setTimeout(() => {
          this.#timer = null;
          void this.#save();
        }, SAVE_DELAY_MS);
      });
    });
    globalThis.addEventListener?.('pagehide', flush);
    globalThis.document?.addEventListener('visibilitychange', onhide);
    return () => {
      stop();
      globalThis.removeEventListener?.('pagehide', flush);
      globalThis.document?.removeEventListener('visibilitychange', onhide);
      this.#cancelSave();
    };
  }

  /**
   * Deletes everything kept in this browser and says what it was; this page keeps what is on
   * screen and writes again only after the next change.
   */
  async clearStored(): Promise<string> {
    this.#cancelSave();
    const cleared = await clearStoredData();
    if (!cleared.ok) return 'This browser’s storage could not be cleared (it may be disabled).';
    this.#saved = this.#snapshot();
    const { session } = readPersistedSession(cleared.session);
    const unreadable = cleared.session !== undefined && cleared.session !== null && !session;
    return describeCleared(session, cleared.largeCohort, unreadable, cleared.mappings);
  }

  #cancelSave(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** Everything a saved record is made of; equal parts mean nothing new to write. */
  #snapshot(): unknown[] {
    const { hash, loader, runs } = this.#app;
    const { bootstrap, resim } = runs;
    return [
      hash,
      loader.cohort,
      loader.meta,
      loader.imported,
      bootstrap.result,
      bootstrap.inputs,
      resim.result,
      resim.inputs,
    ];
  }

  /**
   * Writes the state as one record (nothing while no cohort is ready). The record is dropped when
   * the state changed while the cohort's CSV was being written, so it never mixes two states;
   * that change has scheduled a save of its own.
   */
  async #save(): Promise<void> {
    const snapshot = this.#snapshot();
    const { hash, loader, runs } = this.#app;
    const { cohort, meta, source } = loader;
    if (!cohort || !meta || loader.status !== 'ready' || loader.standIn) return;
    const { bootstrap, resim } = runs;
    const { imported } = loader;
    const parts = {
      writer: this.writer,
      savedAt: Date.now(),
      hash,
      cohort,
      meta,
      source,
      imported,
    };
    const record = await sessionRecord({ ...parts, bootstrap, resim });
    if (this.#snapshot().some((part, i) => part !== snapshot[i])) return;
    if (await this.#write(record)) this.#saved = snapshot;
  }
}
