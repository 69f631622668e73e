import type { Cohort } from '../engine/cohort.ts';
import { cohortToCsv } from '../io/cohortToCsv.ts';
import { version } from '../../package.json';
import { Analysis } from './Analysis.svelte.ts';
import { readBundle, writeBundle } from './bundle.ts';
import { CohortLoader } from './CohortLoader.svelte.ts';
import { plainCohortMeta } from './cohortMeta.ts';
import { decodeHash } from './decodeHash.ts';
import type { FileImport } from './FileImport.svelte.ts';
import { isPlainSpec, specDetails, writeImportSpec } from './importSpec.ts';
import { encodeHash } from './encodeHash.ts';
import { loadLinkCompression, needsLinkCompression } from './linkCompression.ts';
import { loadOnce } from './loadOnce.ts';
import { fitOptionsOf } from './fitChoice.ts';
import { MonteCarloRuns } from './MonteCarloRuns.svelte.ts';
import { Notices } from './Notices.svelte.ts';
import { readCohortFile } from './readCohortFile.ts';
import { SessionKeeper } from './session/SessionKeeper.svelte.ts';
import { DEFAULT_SETTINGS, RESPONDER_CODES, type Settings, type UrlState } from './urlState.ts';

/** Whether a hash asks for a state (a link) rather than being empty or an in-page anchor. */
function isLink(hash: string): boolean {
  return hash.includes('=');
}

/**
 * The app: the settings, and the parts that follow them, each one concern — the cohort on screen
 * and its loading ({@link loader}), what is derived from it ({@link analysis}), the Monte Carlo
 * runs ({@link runs}), the session kept in this browser ({@link session}) and the messages above
 * the panels ({@link notices}). Everything that decides the numbers is in {@link hash}, so a link
 * reproduces them; a link, a bundle or a kept session sets the settings and the cohort together.
 * @example const app = new AppState(); const stop = await app.start(location.hash);
 */
export class AppState {
  #settings = $state.raw<Settings>(DEFAULT_SETTINGS);

  readonly notices = new Notices();
  readonly loader: CohortLoader = new CohortLoader(this.notices, (cohort) => this.#showing(cohort));
  readonly analysis = new Analysis({
    cohort: () => this.loader.cohort,
    level: () => this.#settings.level,
    fitOptions: () => fitOptionsOf(this.#settings),
    responders: () => RESPONDER_CODES[this.#settings.responders],
    byWeek: () => this.#settings.byWeek,
    landmarks: () => this.#settings.landmarks,
    grouping: () => this.#settings.grouping,
    rho: () => this.#settings.rho,
  });
  readonly runs = new MonteCarloRuns(() => this.loader.cohort);
  #imports = $state.raw<FileImport | null>(null);
  #loadImports = loadOnce(async () => {
    const { FileImport } = await import('./FileImport.svelte.ts');
    return (this.#imports = new FileImport(this.loader));
  });
  readonly session: SessionKeeper = new SessionKeeper(this);

  #hash = $derived(
    encodeHash({ source: this.loader.source, settings: this.#settings }, { rows: false }),
  );

  /**
   * The files being read on the Load tab: sheet chooser, mapping step, confirmation rule. Made
   * on first use ({@link loadImports}: files opened or dropped, the Load view); throws before.
   */
  get imports(): FileImport {
    if (!this.#imports) throw new Error('app.imports read before loadImports() resolved');
    return this.#imports;
  }

  /** Loads the reading of files (once) and gives {@link imports}. */
  loadImports(): Promise<FileImport> {
    return this.#loadImports();
  }

  get settings(): Settings {
    return this.#settings;
  }
  /**
   * The URL hash of the state, as the address bar shows it: the settings and the cohort's
   * source, an uploaded cohort named rather than carried (its rows stay in this browser, so
   * none enters the history); see {@link linkWithData}.
   */
  get hash(): string {
    return this.#hash;
  }
  /**
   * The hash that carries the cohort's patient rows too (compressed) when they fit in a link,
   * for "Copy link with data"; `null` when the cohort on screen has no rows to carry (built-in,
   * synthetic) or is too large for a link.
   */
  linkWithData(): string | null {
    const source = this.loader.source;
    if (source.kind !== 'inline') return null;
    return encodeHash({ source, settings: this.#settings });
  }
  /** The selected patient, or `null`. */
  get selected(): string | null {
    return this.#settings.selected;
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
   * Opens the page: a link (a hash with settings) wins; without one, the session kept in this
   * browser comes back (also when the hash is the one it was saved with), else the default. A
   * link whose cohort is refused leaves the kept session in place and shows it. Then every
   * change is kept in this browser. Returns a function that stops keeping it.
   */
  async start(hash: string): Promise<() => void> {
    const { session, notices } = await this.session.read();
    if (session && (!isLink(hash) || hash === session.hash)) {
      await this.session.restore(session);
    } else if (!(await this.openHash(isLink(hash) ? hash : '', { keepOnScreen: !!session }))) {
      if (session) {
        const linkNotices = this.notices.list;
        await this.session.restore(session);
        this.notices.set([
          ...linkNotices,
          'The session kept in this browser is shown instead of the link.',
          ...this.notices.list,
        ]);
      }
    }
    this.notices.add(notices);
    return this.session.keep();
  }

  /**
   * Opens a link: its cohort, and once the cohort is accepted, its settings (a link whose cohort
   * is refused changes nothing on screen, and says why). Resolves whether its cohort was
   * accepted. With `keepOnScreen`, a link whose cohort cannot be read does not even load the
   * stand-in cohort (the caller shows the kept session instead).
   */
  async openHash(hash: string, { keepOnScreen = false } = {}): Promise<boolean> {
    if (hash === this.#hash && this.loader.cohort) return true;
    if (needsLinkCompression(hash)) await loadLinkCompression();
    const decoded = decodeHash(hash);
    this.notices.set(decoded.messages);
    if (decoded.unreadable) {
      if (!this.loader.cohort && !keepOnScreen) await this.loader.showStandIn();
      return false;
    }
    this.runs.linkOpened(decoded.state.settings.view);
    return this.open(decoded.state);
  }

  /**
   * Applies a whole state: the cohort, and its settings as it is accepted (in the same step, so
   * no view shows the new cohort with old settings, nor old settings on a refused cohort).
   * Resolves whether the cohort was accepted.
   */
  async open(state: UrlState): Promise<boolean> {
    return this.loader.open(state.source, () => {
      this.#settings = state.settings;
    });
  }

  /**
   * Reads the files the user chose or dropped: a bundle (one `.json` file written by "Save
   * bundle") brings its settings and cohort; anything else goes to the importer ({@link imports}:
   * one cohort file, a visits file with a patients file, or ADaM datasets, through the sheet
   * chooser and the mapping step when needed). Resolves whether a cohort was loaded.
   */
  async loadFiles(files: File[]): Promise<boolean> {
    if (files.length === 1 && /\.json$/i.test(files[0].name)) {
      // A bundle's settings are a link, which may carry compressed parts.
      const [read] = await Promise.all([readCohortFile(files[0]), loadLinkCompression()]);
      if (!read.ok) {
        this.loader.refuse(read.refusal);
        return false;
      }
      const text = read.source.data as string;
      const bundle = readBundle(text);
      if (bundle.ok || bundle.kind === 'unusable') {
        this.#imports?.cancel();
        return this.loadText(text, files[0].name);
      }
    }
    return (await this.loadImports()).open(files);
  }

  /** Reads one file the user chose or dropped (see {@link loadFiles}). */
  async loadFile(file: File): Promise<boolean> {
    return this.loadFiles([file]);
  }

  /**
   * Reads text as if from a file named `fileName`: a bundle brings its settings and cohort, any
   * other text is read as a cohort. Refused text keeps the current cohort.
   */
  async loadText(text: string, fileName: string): Promise<boolean> {
    const json = /\.json$/i.test(fileName);
    if (json) await loadLinkCompression();
    const bundle = json ? readBundle(text) : null;
    if (bundle?.ok) {
      const description = bundle.description || `Opened from the bundle ${fileName}.`;
      const csvName = fileName.replace(/\.json$/i, '.csv');
      const meta = plainCohortMeta(bundle.name, description);
      const { state, messages } = bundle.decoded;
      return this.loader.openText(bundle.csv, csvName, meta, specDetails(bundle.imported), () => {
        this.#settings = state.settings;
        this.notices.set(messages);
      });
    }
    if (bundle?.kind === 'unusable') {
      this.loader.refuse({ file: fileName, messages: [`${fileName}: ${bundle.message}`] });
      return false;
    }
    const name = fileName.replace(/\.[^.]*$/, '') || fileName;
    const description = `Loaded from ${fileName} in this browser; nothing was uploaded.`;
    return this.loader.openText(text, fileName, plainCohortMeta(name, description));
  }

  /** The current cohort and settings as a bundle file's text. */
  bundleText(): string | null {
    const { cohort, meta } = this.loader;
    if (!cohort || !meta) return null;
    const { name, description } = meta;
    const spec = this.loader.imported?.spec;
    return writeBundle({
      app: version,
      name,
      description,
      csv: cohortToCsv(cohort),
      hash: this.#hash,
      ...(spec && !isPlainSpec(spec) ? { imported: writeImportSpec(spec) } : {}),
    });
  }

  /** A new cohort replaces the one on screen: its runs go, and a selection it lacks is cleared. */
  #showing(cohort: Cohort): void {
    if (cohort !== this.loader.cohort) this.runs.clear();
    const selected = this.#settings.selected;
    if (selected !== null && !cohort.patients.some((p) => p.id === selected)) {
      this.update({ selected: null });
    }
  }
}
