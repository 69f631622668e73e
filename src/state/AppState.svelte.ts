import { analyze } from '../engine/analyze.ts';
import { DEFAULT_ANALYSIS_OPTIONS } from '../engine/analysisOptions.ts';
import type { Cohort, ResponseCode } from '../engine/cohort.ts';
import { dorObservations } from '../engine/dorObservations.ts';
import { kaplanMeier, type KmCurve } from '../engine/kaplanMeier.ts';
import { ttrObservations } from '../engine/ttrObservations.ts';
import type { BootstrapReport } from '../engine/montecarlo/bootstrapReport.ts';
import type { SimulationReport } from '../engine/montecarlo/simulationReport.ts';
import type { Scenario } from '../engine/montecarlo/scenario.ts';
import { WorkerRun } from './WorkerRun.svelte.ts';
import { ensembleRun } from './ensembleRun.ts';
import type { AnalysisReport } from '../engine/report.ts';
import { formatIssue } from '../io/issue.ts';
import { parseCohort } from '../io/parseCohort.ts';
import { parseOffThread } from '../worker/parseOffThread.ts';
import { cohortToCsv } from '../io/cohortToCsv.ts';
import { readBundle, writeBundle } from './bundle.ts';
import {
  clearStoredData,
  readSessionRecord,
  readStoredCohort,
  storeCohort,
  writeSessionRecord,
} from './storedCohort.ts';
import {
  SESSION_FORMAT,
  SESSION_VERSION,
  bootstrapMatches,
  cohortKey,
  describeCleared,
  makeWriterId,
  readPersistedSession,
  resimMatches,
  type PersistedSession,
} from './persistedSession.ts';
import { readCohortMeta, type CohortMeta } from './cohortMeta.ts';
import { compressText } from './compressText.ts';
import { decodeHash } from './decodeHash.ts';
import { encodeHash } from './encodeHash.ts';
import { version } from '../../package.json';
import {
  BUILTIN_COHORT_ID,
  DEFAULT_SETTINGS,
  DEFAULT_STATE,
  URL_LIMITS,
  type CohortSource,
  type Settings,
  type UrlState,
} from './urlState.ts';

/** The inputs a bootstrap result belongs to. */
export interface BootstrapInputs {
  cohort: Cohort;
  reps: number;
  seed: number;
  level: number;
  responders: readonly ResponseCode[];
}

/** The inputs a re-simulation result belongs to. */
export interface ResimInputs {
  cohort: Cohort;
  scenario: Scenario;
  trials: number;
  seed: number;
  level: number;
}

/** Largest file the page reads at all; the importer's own limits apply below it. */
export const MAX_UPLOAD_BYTES = 20_000_000;

/** How long the state must stay unchanged before it is written to this browser's storage. */
export const SAVE_DELAY_MS = 300;

/** Whether a hash asks for a state (a link) rather than being empty or an in-page anchor. */
function isLink(hash: string): boolean {
  return hash.includes('=');
}

/** Where the app is with the cohort it was asked to show. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/**
 * The app's state: the cohort on screen, where it came from, the settings, and the analysis
 * derived from them. Everything that decides the numbers is in {@link AppState.hash}, so a
 * link reproduces them. Loads are ordered: only the latest request may replace the cohort,
 * and a refused file leaves the current cohort in place.
 */
export class AppState {
  #cohort = $state.raw<Cohort | null>(null);
  #meta = $state.raw<CohortMeta | null>(null);
  #source = $state.raw<CohortSource>(DEFAULT_STATE.source);
  #settings = $state.raw<Settings>(DEFAULT_SETTINGS);
  #status = $state<LoadStatus>('loading');
  #refused = $state.raw<{ file: string; messages: string[] } | null>(null);
  #warnings = $state.raw<string[]>([]);
  #notices = $state.raw<string[]>([]);
  #loadToken = 0;
  /** The view whose Monte Carlo run a just-opened link asks to reproduce, until it starts. */
  #pendingRun: 'bootstrap' | 'resim' | null = null;
  /** Kept results being put back into their runs, by the inputs object handed to the run. */
  #restoring = new WeakMap<object, unknown>();
  /** Identity of each cohort shown, computed once. */
  #keys = new WeakMap<Cohort, string>();
  #writer = makeWriterId();
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** What was last written (or found) in storage, to skip writing the same state again. */
  #saved: readonly unknown[] = [];

  /** The bootstrap of the cohort on screen (runs in the worker pool). */
  readonly bootstrap = new WorkerRun<BootstrapInputs, BootstrapReport>(
    async (pool, i, control) =>
      (this.#restoring.get(i) as BootstrapReport | undefined) ??
      pool.bootstrap(i.cohort, {
        reps: i.reps,
        seed: String(i.seed),
        level: i.level,
        responders: i.responders,
        ...control,
      }),
  );
  /** Re-simulation of studies like this one from a scenario (runs in the worker pool). */
  readonly resim = new WorkerRun<ResimInputs, SimulationReport>(
    async (pool, i, control) =>
      (this.#restoring.get(i) as SimulationReport | undefined) ??
      pool.simulate(i.scenario, {
        trials: i.trials,
        seed: String(i.seed),
        level: i.level,
        ...control,
      }),
  );

  /** Cohorts reconstructed from a published summary (runs in the worker pool); kept across tabs. */
  readonly reconstruct = ensembleRun();

  #level = $derived(this.#settings.level);
  #report = $derived.by<AnalysisReport | null>(() =>
    this.#cohort ? analyze(this.#cohort, { level: this.#level }) : null,
  );
  #responders: readonly ResponseCode[] = DEFAULT_ANALYSIS_OPTIONS.responders;
  #dorCurve = $derived.by<KmCurve | null>(() => {
    const observations = this.#cohort
      ? dorObservations(this.#cohort.patients, this.#responders)
      : [];
    return observations.length > 0 ? kaplanMeier(observations) : null;
  });
  #ttrCurve = $derived.by<KmCurve | null>(() =>
    this.#cohort && this.#cohort.patients.length > 0
      ? kaplanMeier(ttrObservations(this.#cohort.patients, this.#responders))
      : null,
  );
  #hash = $derived(encodeHash({ source: this.#source, settings: this.#settings }));

  /** The cohort on screen, or `null` before the first load. */
  get cohort(): Cohort | null {
    return this.#cohort;
  }
  /** Name, description and notice of the cohort on screen. */
  get meta(): CohortMeta | null {
    return this.#meta;
  }
  get source(): CohortSource {
    return this.#source;
  }
  get settings(): Settings {
    return this.#settings;
  }
  get status(): LoadStatus {
    return this.#status;
  }
  /** Every validation message of the last refused file, or `null` if the last file loaded. */
  get refused(): { file: string; messages: string[] } | null {
    return this.#refused;
  }
  /** Warnings of the last accepted file. */
  get warnings(): string[] {
    return this.#warnings;
  }
  /** Messages about the link (parts that could not be read) or a failed load. */
  get notices(): string[] {
    return this.#notices;
  }
  /** Every endpoint of the cohort at the chosen level (from `analyze`). */
  get report(): AnalysisReport | null {
    return this.#report;
  }
  /** Who counts as a responder (CR, PR and IMP). */
  get responders(): readonly ResponseCode[] {
    return this.#responders;
  }
  /** Kaplan–Meier curve of the duration of response (responders only), or `null` without responders. */
  get dorCurve(): KmCurve | null {
    return this.#dorCurve;
  }
  /** Kaplan–Meier curve of the time to first response (non-responders censored at follow-up). */
  get ttrCurve(): KmCurve | null {
    return this.#ttrCurve;
  }
  /** The URL hash reproducing the state. */
  get hash(): string {
    return this.#hash;
  }
  /** The selected patient, or `null`. */
  get selected(): string | null {
    return this.#settings.selected;
  }
  /** Whether the cohort on screen can travel inside a link (else: export a bundle). */
  get fitsInLink(): boolean {
    return this.#source.kind !== 'bundle';
  }

  /** The finished bootstrap of the cohort on screen with its inputs, for the JSON report. */
  get bootstrapRecord(): { reps: number; seed: number; results: unknown } | null {
    const i = this.bootstrap.inputs;
    if (!i || i.cohort !== this.#cohort || !this.bootstrap.result) return null;
    return { reps: i.reps, seed: i.seed, results: this.bootstrap.result };
  }
  /** The finished re-simulation with its inputs, for the JSON report. */
  get resimRecord(): { trials: number; seed: number; scenario: unknown; results: unknown } | null {
    const i = this.resim.inputs;
    if (!i || i.cohort !== this.#cohort || !this.resim.result) return null;
    return { trials: i.trials, seed: i.seed, scenario: i.scenario, results: this.resim.result };
  }

  /** Changes some settings; every view follows. */
  update(changes: Partial<Settings>): void {
    this.#settings = { ...this.#settings, ...changes };
  }

  /** Selects a patient (or clears the selection with `null`); all views highlight it. */
  select(id: string | null): void {
    this.update({ selected: id === this.#settings.selected ? null : id });
  }

  /**
   * Whether the panel of `view` should start its run at once because a shared link opened on
   * it (so the colleague sees the same numbers without pressing Run); true only once.
   */
  takePendingRun(view: 'bootstrap' | 'resim'): boolean {
    if (this.#pendingRun !== view) return false;
    this.#pendingRun = null;
    return true;
  }

  /** Adds messages about the link, such as a lesson's or a panel's values that could not be used. */
  notify(messages: string[]): void {
    if (messages.length > 0) this.#notices = [...this.#notices, ...messages];
  }

  /** Hides the messages about the link. */
  dismissNotices(): void {
    this.#notices = [];
  }

  /**
   * Opens the page: a link (a hash with settings) wins; without one, the session kept in this
   * browser comes back (also when the hash is the one it was saved with), else the default.
   * Then every change is kept in this browser. Returns a function that stops keeping it.
   */
  async start(hash: string): Promise<() => void> {
    const { session, notices } = readPersistedSession(await readSessionRecord());
    if (session && (!isLink(hash) || hash === session.hash)) await this.#restore(session);
    else await this.openHash(isLink(hash) ? hash : '');
    if (notices.length > 0) this.#notices = [...this.#notices, ...notices];
    return this.#persist();
  }

  /** Puts a kept session back: settings, cohort with its header, and results that still match. */
  async #restore(session: PersistedSession): Promise<void> {
    const { state, messages } = decodeHash(session.hash);
    this.#notices = messages.map((m) => `The session kept in this browser: ${m}`);
    const source = state.source;
    if ((source.kind === 'inline' || source.kind === 'bundle') && session.cohort) {
      this.#settings = state.settings;
      const { name, description, notice, csv } = session.cohort;
      await this.#acceptText(csv, `${name}.csv`, { name, description, notice, provenance: [] });
    } else {
      await this.open(state);
    }
    const cohort = this.#cohort;
    if (!cohort || this.#status !== 'ready') return;
    const key = this.#keyOf(cohort);
    this.#saved = this.#snapshot();
    const runs: Promise<void>[] = [];
    const boot = session.bootstrap;
    if (boot && bootstrapMatches(boot, key, this.#settings, this.#responders)) {
      const inputs: BootstrapInputs = {
        cohort,
        reps: boot.reps,
        seed: boot.seed,
        level: boot.level,
        responders: this.#responders,
      };
      this.#restoring.set(inputs, boot.report);
      runs.push(this.bootstrap.start(inputs));
    }
    const resim = session.resim;
    if (resim) {
      const { fitScenario } = await import('../engine/montecarlo/fitScenario.ts');
      const wanted = this.#settings.resimScenario ?? fitScenario(cohort);
      if (this.#cohort === cohort && resimMatches(resim, key, this.#settings, wanted)) {
        const inputs: ResimInputs = {
          cohort,
          scenario: resim.scenario,
          trials: resim.trials,
          seed: resim.seed,
          level: resim.level,
        };
        this.#restoring.set(inputs, resim.report);
        runs.push(this.resim.start(inputs));
      }
    }
    await Promise.all(runs);
    this.#saved = this.#snapshot();
  }

  #keyOf(cohort: Cohort): string {
    let key = this.#keys.get(cohort);
    if (key === undefined) {
      key = cohortKey(cohortToCsv(cohort));
      this.#keys.set(cohort, key);
    }
    return key;
  }

  /** Everything a saved record is made of; equal parts mean nothing new to write. */
  #snapshot(): unknown[] {
    return [
      this.#hash,
      this.#cohort,
      this.#meta,
      this.bootstrap.result,
      this.bootstrap.inputs,
      this.resim.result,
      this.resim.inputs,
    ];
  }

  /** Writes the state to this browser's storage shortly after each change (whole records only). */
  #persist(): () => void {
    const flush = () => {
      if (this.#saveTimer === null) return;
      clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
      void this.#save();
    };
    const onhide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const stop = $effect.root(() => {
      $effect(() => {
        const snapshot = this.#snapshot();
        if (this.#status !== 'ready' || !this.#cohort || !this.#meta) return;
        if (snapshot.every((part, i) => part === this.#saved[i])) return;
        if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
        this.#saveTimer = setTimeout(() => {
          this.#saveTimer = null;
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
      if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
      this.#saveTimer = null;
    };
  }

  /** The state as one record; `null` while no cohort is ready. */
  #record(): PersistedSession | null {
    const cohort = this.#cohort;
    const meta = this.#meta;
    if (!cohort || !meta || this.#status !== 'ready') return null;
    const key = this.#keyOf(cohort);
    const source = this.#source;
    const b = this.bootstrap.inputs;
    const r = this.resim.inputs;
    return {
      format: SESSION_FORMAT,
      version: SESSION_VERSION,
      savedAt: Date.now(),
      writer: this.#writer,
      hash: this.#hash,
      name: meta.name,
      cohortKey: key,
      cohort:
        source.kind === 'inline' || source.kind === 'bundle'
          ? {
              name: meta.name,
              description: meta.description,
              notice: meta.notice,
              csv: source.kind === 'inline' ? source.csv : cohortToCsv(cohort),
            }
          : null,
      bootstrap:
        b && b.cohort === cohort && this.bootstrap.result
          ? {
              cohortKey: key,
              reps: b.reps,
              seed: b.seed,
              level: b.level,
              responders: [...b.responders],
              report: $state.snapshot(this.bootstrap.result) as BootstrapReport,
            }
          : null,
      resim:
        r && r.cohort === cohort && this.resim.result
          ? {
              cohortKey: key,
              trials: r.trials,
              seed: r.seed,
              level: r.level,
              scenario: $state.snapshot(r.scenario) as Scenario,
              report: $state.snapshot(this.resim.result) as SimulationReport,
            }
          : null,
    };
  }

  async #save(): Promise<void> {
    const snapshot = this.#snapshot();
    const record = this.#record();
    if (!record) return;
    if (await writeSessionRecord(record)) this.#saved = snapshot;
  }

  /**
   * Deletes everything kept in this browser and says what it was; this page keeps what is on
   * screen and writes again only after the next change.
   */
  async clearStored(): Promise<string> {
    if (this.#saveTimer !== null) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    const cleared = await clearStoredData();
    if (!cleared.ok) return 'This browser’s storage could not be cleared (it may be disabled).';
    this.#saved = this.#snapshot();
    const { session } = readPersistedSession(cleared.session);
    const unreadable = cleared.session !== undefined && cleared.session !== null && !session;
    return describeCleared(session, cleared.largeCohort, unreadable);
  }

  /** Opens a link: applies its settings and loads its cohort; unreadable parts fall back. */
  async openHash(hash: string): Promise<void> {
    if (hash === this.#hash && this.#cohort) return;
    const { state, messages } = decodeHash(hash);
    this.#notices = messages;
    const view = state.settings.view;
    this.#pendingRun = view === 'bootstrap' || view === 'resim' ? view : null;
    await this.open(state);
  }

  /** Applies a whole state: settings at once, then the cohort. */
  async open(state: UrlState): Promise<void> {
    this.#settings = state.settings;
    const source = state.source;
    if (source.kind === 'builtin') await this.loadBuiltin(source.id);
    else if (source.kind === 'inline') {
      await this.#acceptText(source.csv, `${source.name}.csv`, {
        name: source.name,
        description: 'Cohort shared inside a link.',
        notice: null,
        provenance: [],
      });
    } else if (source.kind === 'synthetic') await this.loadSynthetic(source.scenario, source.seed);
    else if (source.kind === 'bundle') await this.#openStored(source.name);
    else await this.loadBuiltin(BUILTIN_COHORT_ID);
  }

  /** Reopens a large cohort kept in this browser, or explains that its bundle is needed. */
  async #openStored(name: string): Promise<void> {
    const token = ++this.#loadToken;
    const stored = await readStoredCohort(name);
    if (token !== this.#loadToken) return;
    if (stored) {
      await this.#acceptText(stored.csv, `${name}.csv`, {
        name,
        description: stored.description || 'Kept in this browser since it was loaded.',
        notice: null,
        provenance: [],
      });
      return;
    }
    this.#notices = [
      ...this.#notices,
      `This link was made for the cohort "${name}", which is too large to travel in links and is not kept in this browser; open its bundle (or the file) on the Load tab. The default cohort is shown meanwhile.`,
    ];
    await this.loadBuiltin(BUILTIN_COHORT_ID);
  }

  /** Loads a cohort shipped with the site (`./cohorts/ID.csv` and its JSON side file). */
  async loadBuiltin(id: string): Promise<void> {
    const token = ++this.#loadToken;
    this.#status = 'loading';
    try {
      const [csvResponse, metaResponse] = await Promise.all([
        fetch(`./cohorts/${id}.csv`),
        fetch(`./cohorts/${id}.json`),
      ]);
      if (!csvResponse.ok) throw new Error(`cohort "${id}" was not found (${csvResponse.status})`);
      const text = await csvResponse.text();
      const meta = readCohortMeta(metaResponse.ok ? await metaResponse.json() : null, id);
      if (token !== this.#loadToken) return;
      const parsed = parseCohort(text, { fileName: `${id}.csv` });
      if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('; '));
      this.#apply({ ...parsed.cohort, name: meta.name }, meta, { kind: 'builtin', id }, []);
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#status = this.#cohort ? 'ready' : 'failed';
      this.#notices = [
        ...this.#notices,
        `The built-in cohort could not be loaded: ${String(error)}`,
      ];
    }
  }

  /** Draws a synthetic cohort from a scenario with a seed; the same pair always gives the same cohort. */
  async loadSynthetic(scenario: unknown, seed: number): Promise<boolean> {
    const token = ++this.#loadToken;
    const { makeSyntheticCohort } = await import('./syntheticCohort.ts');
    const made = makeSyntheticCohort(scenario, seed);
    if (!made.ok) {
      this.#refused = { file: 'The scenario', messages: made.messages };
      if (!this.#cohort) await this.loadBuiltin(BUILTIN_COHORT_ID);
      return false;
    }
    if (token !== this.#loadToken) return false;
    this.#apply(
      made.cohort,
      {
        name: made.cohort.name,
        description: `${made.cohort.patients.length} patients drawn from a scenario with seed ${seed}.`,
        notice: 'Simulated patients, not real data.',
        provenance: [],
      },
      { kind: 'synthetic', scenario, seed },
      [],
    );
    return true;
  }

  /**
   * Shows a cohort made in the page (e.g. a reconstruction from a summary); it travels in the
   * link like an uploaded file, as CSV.
   */
  async useCohort(cohort: Cohort, meta: CohortMeta): Promise<boolean> {
    return this.#acceptText(cohortToCsv(cohort), `${meta.name}.csv`, meta);
  }

  /** Reads a file the user chose or dropped: a cohort (CSV, TSV, JSON) or a bundle. */
  async loadFile(file: File): Promise<boolean> {
    if (file.size > MAX_UPLOAD_BYTES) {
      this.#refused = {
        file: file.name,
        messages: [
          `${file.name}: the file is ${file.size} bytes; at most ${MAX_UPLOAD_BYTES} are accepted.`,
        ],
      };
      return false;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.#refused = {
        file: file.name,
        messages: [`${file.name}: could not be read (${String(error)}).`],
      };
      return false;
    }
    return this.loadText(text, file.name);
  }

  /** Reads cohort text as if from a file named `fileName`; refused text keeps the current cohort. */
  async loadText(text: string, fileName: string): Promise<boolean> {
    if (/\.json$/i.test(fileName)) {
      const bundle = readBundle(text);
      if (bundle.ok) {
        this.#settings = bundle.decoded.state.settings;
        this.#notices = bundle.decoded.messages;
        return this.#acceptText(bundle.csv, fileName.replace(/\.json$/i, '.csv'), {
          name: bundle.name,
          description: bundle.description || `Opened from the bundle ${fileName}.`,
          notice: null,
          provenance: [],
        });
      }
    }
    const name = fileName.replace(/\.[^.]*$/, '') || fileName;
    return this.#acceptText(text, fileName, {
      name,
      description: `Loaded from ${fileName} in this browser; nothing was uploaded.`,
      notice: null,
      provenance: [],
    });
  }

  /** The current cohort and settings as a bundle file's text. */
  bundleText(): string | null {
    if (!this.#cohort || !this.#meta) return null;
    return writeBundle({
      app: version,
      name: this.#meta.name,
      description: this.#meta.description,
      csv: cohortToCsv(this.#cohort),
      hash: this.#hash,
    });
  }

  async #acceptText(text: string, fileName: string, meta: CohortMeta): Promise<boolean> {
    const token = ++this.#loadToken;
    const parsed = await parseOffThread(text, { fileName });
    if (token !== this.#loadToken) return false;
    if (!parsed.ok) {
      this.#refused = { file: fileName, messages: parsed.issues.map(formatIssue) };
      if (!this.#cohort) await this.loadBuiltin(BUILTIN_COHORT_ID);
      return false;
    }
    const cohort = { ...parsed.cohort, name: meta.name };
    const { csv } = parsed;
    // A link refuses to inflate more than maxInflatedBytes, so a longer CSV never goes inline
    // (and is not compressed just to find that out).
    const inline =
      csv.length <= URL_LIMITS.maxInflatedBytes &&
      compressText(csv).length <= URL_LIMITS.maxInlineChars;
    const source: CohortSource = inline
      ? { kind: 'inline', name: meta.name, csv }
      : { kind: 'bundle', name: meta.name };
    this.#apply(cohort, meta, source, parsed.warnings.map(formatIssue));
    if (source.kind === 'bundle') {
      await storeCohort({ name: meta.name, description: meta.description, csv });
    }
    return true;
  }

  #apply(cohort: Cohort, meta: CohortMeta, source: CohortSource, warnings: string[]): void {
    const selected = this.#settings.selected;
    const keep = selected !== null && cohort.patients.some((p) => p.id === selected);
    if (cohort !== this.#cohort) {
      this.bootstrap.clear();
      this.resim.clear();
    }
    this.#cohort = cohort;
    this.#meta = meta;
    this.#source = source;
    this.#warnings = warnings;
    this.#refused = null;
    this.#status = 'ready';
    if (!keep && selected !== null) this.update({ selected: null });
  }
}
