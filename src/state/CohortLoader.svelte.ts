import type { Cohort } from '../engine/cohort.ts';
import type { Assessment } from '../engine/visits/assessment.ts';
import { cohortToCsv } from '../io/cohortToCsv.ts';
import type { ImportOptions, ImportOutcome } from '../io/importFiles.ts';
import { formatIssue } from '../io/issue.ts';
import type { SourceFile } from '../io/readSources.ts';
import { plainCohortMeta, type CohortMeta } from './cohortMeta.ts';
import type { Notices } from './Notices.svelte.ts';
import { fetchBuiltinCohort } from './fetchBuiltinCohort.ts';
import { readStoredCohort, storeCohort } from './session/browserStorage.ts';
import { assessmentsById, specDetails, type ImportDetails, type ImportSpec } from './importSpec.ts';
import { loadLinkCompression } from './linkCompression.ts';
import { textSource } from './textSource.ts';
import { BUILTIN_COHORT_ID, DEFAULT_STATE, type CohortSource } from './urlState.ts';
import { yieldToPage } from './yieldToPage.ts';

/** The readers of text and files (on a worker when large), loaded with the first file or link cohort. */
const offThread = () => import('../worker/parseOffThread.ts');

/** Where the app is with the cohort it was asked to show. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/** A file (or scenario) that was refused, with every validation message. */
export interface Refusal {
  file: string;
  messages: string[];
}

/** Called once a requested cohort is accepted, just before it replaces the one on screen. */
export type OnAccepted = () => void;
const nothing: OnAccepted = () => {};

/**
 * The cohort on screen, where it came from, and every way to load one: built-in, synthetic,
 * shared in a link, kept in this browser, text (a cohort made in the page), or files as people
 * keep them (`importFiles`: spreadsheets, SAS transport, visits, ADaM, through a column mapping),
 * whose reading — the mapping, and each patient's derivation from its assessments — is kept
 * beside the cohort ({@link imported}). Loads are
 * ordered by a token: only the latest request may replace the cohort, and a refused file or
 * scenario leaves the current cohort in place (the built-in one is opened if there is none).
 * @example const loader = new CohortLoader(notices, (cohort) => runs.clear()); await loader.loadBuiltin('hlh-anakinra-2025');
 */
export class CohortLoader {
  #notices: Notices;
  #showing: (cohort: Cohort) => void;
  #cohort = $state.raw<Cohort | null>(null);
  #meta = $state.raw<CohortMeta | null>(null);
  #source = $state.raw<CohortSource>(DEFAULT_STATE.source);
  #status = $state<LoadStatus>('loading');
  #refused = $state.raw<Refusal | null>(null);
  #warnings = $state.raw<string[]>([]);
  #imported = $state.raw<ImportDetails | null>(null);
  #assessments = $derived.by<ReadonlyMap<string, readonly Assessment[]> | null>(() => {
    const derivations = this.#imported?.derivations;
    return derivations ? assessmentsById(derivations) : null;
  });
  #token = 0;
  #standIn = $state(false);

  /**
   * `notices` receives the messages of failed loads; `showing` is told of each cohort just
   * before it replaces the one on screen (runs and the selection may have to follow).
   */
  constructor(notices: Notices, showing: (cohort: Cohort) => void) {
    this.#notices = notices;
    this.#showing = showing;
  }

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
  get status(): LoadStatus {
    return this.#status;
  }
  /** Every validation message of the last refused file, or `null` if the last file loaded. */
  get refused(): Refusal | null {
    return this.#refused;
  }
  /**
   * Whether the cohort on screen stands in for one that was refused (the built-in cohort, shown
   * because nothing else was on screen); the kept session is not written over by it.
   */
  get standIn(): boolean {
    return this.#standIn;
  }
  /** Warnings of the last accepted file. */
  get warnings(): string[] {
    return this.#warnings;
  }
  /**
   * How the cohort on screen was read from files — its layout, column mapping and confirmation
   * rule, and (while this browser has them) each patient's derivation from its assessments —
   * or `null` for a cohort that was not uploaded, or uploaded in the documented format.
   */
  get imported(): ImportDetails | null {
    return this.#imported;
  }
  /**
   * Each patient's assessments in time order (week, response on the visit scale, source row),
   * for a cohort derived from visit-level or ADaM input while this browser has them; `null`
   * otherwise (a link carries the derived cohort, not its assessments).
   */
  get assessments(): ReadonlyMap<string, readonly Assessment[]> | null {
    return this.#assessments;
  }

  /** Shows why files were refused (or, with `null`, no longer); the cohort on screen stays. */
  refuse(refusal: Refusal | null): void {
    this.#refused = refusal;
  }

  /**
   * Shows the built-in cohort as a stand-in when nothing is on screen (a link gave no cohort);
   * the kept session is not written over by it.
   */
  async showStandIn(): Promise<void> {
    if (!this.#cohort) await this.#loadBuiltin(BUILTIN_COHORT_ID, nothing, true);
  }

  /**
   * Loads the cohort a link's source names; `accepted` runs once it is accepted, just before it
   * is shown (the link's settings go with it). Resolves whether it was: a refused cohort keeps
   * the one on screen (or, with none, shows the built-in cohort as a stand-in) and says why.
   */
  async open(source: CohortSource, accepted: OnAccepted = nothing): Promise<boolean> {
    if (source.kind === 'builtin') return this.loadBuiltin(source.id, accepted);
    if (source.kind === 'inline') {
      const meta = plainCohortMeta(source.name, 'Cohort shared inside a link.');
      const imported = specDetails(source.imported);
      return this.openText(source.csv, `${source.name}.csv`, meta, imported, accepted);
    }
    if (source.kind === 'synthetic')
      return this.loadSynthetic(source.scenario, source.seed, accepted);
    return this.#openStored(source.name, source.imported, accepted);
  }

  /**
   * Reopens a cohort a link names but does not carry — a large one, or one whose rows stay out
   * of the address bar — from this browser (the cohort on screen, the kept session's, or the
   * kept large cohort), or explains where to get it.
   */
  async #openStored(
    name: string,
    imported: ImportSpec | undefined,
    accepted: OnAccepted,
  ): Promise<boolean> {
    const current = this.#source;
    if (this.#cohort && current.kind !== 'builtin' && current.kind !== 'synthetic') {
      if (current.name === name) {
        accepted();
        return true;
      }
    }
    const token = ++this.#token;
    const { readKeptSessionCohort } = await import('./session/readKeptSessionCohort.ts');
    const stored = (await readKeptSessionCohort(name)) ?? (await readStoredCohort(name));
    if (token !== this.#token) return false;
    if (stored) {
      const description = stored.description || 'Kept in this browser since it was loaded.';
      const meta = plainCohortMeta(name, description);
      return this.openText(stored.csv, `${name}.csv`, meta, specDetails(imported), accepted);
    }
    await this.#refuse({
      file: `The cohort "${name}"`,
      messages: [
        `This link names the cohort "${name}" but does not carry its patients (they stay in the browser that made the link), and this browser does not keep it: open its file or bundle on the Load tab, or ask for a link made with "Copy link with data".`,
      ],
    });
    return false;
  }

  /** Loads a cohort shipped with the site (`./cohorts/ID.csv` and its JSON side file). */
  async loadBuiltin(id: string, accepted: OnAccepted = nothing): Promise<boolean> {
    return this.#loadBuiltin(id, accepted, false);
  }

  async #loadBuiltin(id: string, accepted: OnAccepted, standIn: boolean): Promise<boolean> {
    const token = ++this.#token;
    this.#status = 'loading';
    try {
      const { cohort, meta } = await fetchBuiltinCohort(id);
      if (token !== this.#token) return false;
      this.#show(cohort, meta, { kind: 'builtin', id }, [], null, accepted, standIn);
      return true;
    } catch (error) {
      if (token !== this.#token) return false;
      const message = `The built-in cohort "${id}" could not be loaded: ${error instanceof Error ? error.message : String(error)}.`;
      if (!this.#cohort && id !== BUILTIN_COHORT_ID) {
        this.#notices.add([`${message} The default cohort is shown instead.`]);
        await this.#loadBuiltin(BUILTIN_COHORT_ID, nothing, true);
        return false;
      }
      this.#status = this.#cohort ? 'ready' : 'failed';
      this.#notices.add([message]);
      return false;
    }
  }

  /**
   * Shows why a requested cohort was refused; the cohort on screen stays, and with none the
   * built-in cohort stands in (the refusal stays shown beside it).
   */
  async #refuse(refusal: Refusal): Promise<void> {
    this.#refused = refusal;
    await this.showStandIn();
  }

  /** Draws a synthetic cohort from a scenario with a seed; the same pair always gives the same cohort. */
  async loadSynthetic(
    scenario: unknown,
    seed: number,
    accepted: OnAccepted = nothing,
  ): Promise<boolean> {
    const token = ++this.#token;
    // Its scenario travels compressed in the link.
    const [{ makeSyntheticCohort }] = await Promise.all([
      import('./syntheticCohort.ts'),
      loadLinkCompression(),
    ]);
    if (token !== this.#token) return false;
    const made = makeSyntheticCohort(scenario, seed);
    if (!made.ok) {
      await this.#refuse({ file: 'The scenario', messages: made.messages });
      return false;
    }
    const { cohort } = made;
    const meta = plainCohortMeta(
      cohort.name,
      `${cohort.patients.length} patients drawn from a scenario with seed ${seed}.`,
      'Simulated patients, not real data.',
    );
    this.#show(cohort, meta, { kind: 'synthetic', scenario, seed }, [], null, accepted);
    return true;
  }

  /**
   * Shows a cohort made in the page (e.g. a reconstruction from a summary); it travels in the
   * link like an uploaded file, as CSV.
   */
  async useCohort(cohort: Cohort, meta: CohortMeta): Promise<boolean> {
    return this.openText(cohortToCsv(cohort), `${meta.name}.csv`, meta);
  }

  /**
   * Parses cohort text (in a worker when large) and shows it with `meta`; it travels inside the
   * link when small enough, else it is kept in this browser. Refused text keeps the current cohort.
   * `imported` says how it was first read from files (a link, bundle or kept session brings it).
   */
  async openText(
    text: string,
    fileName: string,
    meta: CohortMeta,
    imported: ImportDetails | null = null,
    accepted: OnAccepted = nothing,
  ): Promise<boolean> {
    const token = ++this.#token;
    // The reader, and the compression of the link that will carry the text, load on first use.
    const [{ parseOffThread }] = await Promise.all([offThread(), loadLinkCompression()]);
    const parsed = await parseOffThread(text, { fileName });
    // The cohort arrived in the worker's message: it is shown (and analysed) in a task of its own.
    await yieldToPage();
    if (token !== this.#token) return false;
    if (!parsed.ok) {
      await this.#refuse({
        file: fileName,
        messages: parsed.issues.map((i) => formatIssue(i, 'app')),
      });
      return false;
    }
    const source = textSource(meta.name, parsed.csv, imported?.spec);
    this.#show(
      { ...parsed.cohort, name: meta.name },
      meta,
      source,
      parsed.warnings.map((i) => formatIssue(i, 'app')),
      imported,
      accepted,
    );
    if (source.kind === 'bundle') {
      await storeCohort({ name: meta.name, description: meta.description, csv: parsed.csv });
    }
    return true;
  }

  /**
   * Reads files as people keep them (`importOffThread`: one cohort file, a visits file with a
   * patients file, or ADaM datasets; text, spreadsheets or SAS transport; through `options.mapping`
   * when given) and shows the cohort when they are accepted, with how it was read (its spec, the
   * derivations and the table they point into). Returns the outcome — a refusal keeps the cohort
   * on screen and is for the caller to show (a sheet to choose, a mapping to make, problems) — or
   * `null` when a later load superseded this one. `files` are read anew each call (their bytes
   * are handed to the worker).
   */
  async importFiles(
    files: SourceFile[],
    options: ImportOptions & { meta: CohortMeta },
  ): Promise<ImportOutcome | null> {
    const token = ++this.#token;
    const { meta, ...read } = options;
    const names = files.map((f) => f.name);
    const [{ importOffThread }] = await Promise.all([offThread(), loadLinkCompression()]);
    const outcome = await importOffThread(files, read);
    await yieldToPage();
    if (token !== this.#token) return null;
    if (!outcome.ok) return outcome;
    const spec: ImportSpec = {
      format: outcome.format,
      mapping: read.mapping ?? null,
      confirmWk: outcome.format === 'patients' ? null : (read.confirmWk ?? null),
    };
    const plain = spec.format === 'patients' && spec.mapping === null;
    const imported: ImportDetails | null = plain
      ? null
      : {
          spec,
          files: names,
          derivations: outcome.derivations ?? null,
          assessmentTable: outcome.assessmentTable ?? null,
          disagreements: outcome.disagreements ?? [],
        };
    const source = textSource(meta.name, outcome.csv, imported?.spec);
    const cohort = { ...outcome.cohort, name: meta.name };
    this.#show(
      cohort,
      meta,
      source,
      outcome.warnings.map((i) => formatIssue(i, 'app')),
      imported,
    );
    if (source.kind === 'bundle') {
      await storeCohort({ name: meta.name, description: meta.description, csv: outcome.csv });
    }
    return outcome;
  }

  #show(
    cohort: Cohort,
    meta: CohortMeta,
    source: CohortSource,
    warnings: string[],
    imported: ImportDetails | null = null,
    accepted: OnAccepted = nothing,
    standIn = false,
  ): void {
    accepted();
    this.#showing(cohort);
    this.#cohort = cohort;
    this.#meta = meta;
    this.#source = source;
    this.#warnings = warnings;
    this.#imported = imported;
    if (!standIn) this.#refused = null;
    this.#standIn = standIn;
    this.#status = 'ready';
  }
}
