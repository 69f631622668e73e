import type { Cohort } from '../engine/cohort.ts';
import { cohortToCsv } from '../io/cohortToCsv.ts';
import { formatIssue } from '../io/issue.ts';
import { parseOffThread } from '../worker/parseOffThread.ts';
import { plainCohortMeta, type CohortMeta } from './cohortMeta.ts';
import type { Notices } from './Notices.svelte.ts';
import { fetchBuiltinCohort } from './fetchBuiltinCohort.ts';
import { readStoredCohort, storeCohort } from './session/browserStorage.ts';
import { textSource } from './textSource.ts';
import { BUILTIN_COHORT_ID, DEFAULT_STATE, type CohortSource } from './urlState.ts';

/** Where the app is with the cohort it was asked to show. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/** A file (or scenario) that was refused, with every validation message. */
export interface Refusal {
  file: string;
  messages: string[];
}

/**
 * The cohort on screen, where it came from, and every way to load one: built-in, synthetic,
 * shared in a link, kept in this browser, or text (a file, or a cohort made in the page). Loads are
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
  #token = 0;

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
  /** Warnings of the last accepted file. */
  get warnings(): string[] {
    return this.#warnings;
  }

  /** Shows why a file was refused before it could be parsed; the cohort on screen stays. */
  refuse(refusal: Refusal): void {
    this.#refused = refusal;
  }

  /** Loads the cohort a link's source names; an unknown kind opens the built-in cohort. */
  async open(source: CohortSource): Promise<void> {
    if (source.kind === 'builtin') await this.loadBuiltin(source.id);
    else if (source.kind === 'inline') {
      const meta = plainCohortMeta(source.name, 'Cohort shared inside a link.');
      await this.openText(source.csv, `${source.name}.csv`, meta);
    } else if (source.kind === 'synthetic') await this.loadSynthetic(source.scenario, source.seed);
    else if (source.kind === 'bundle') await this.#openStored(source.name);
    else await this.loadBuiltin(BUILTIN_COHORT_ID);
  }

  /** Reopens a large cohort kept in this browser, or explains that its bundle is needed. */
  async #openStored(name: string): Promise<void> {
    const token = ++this.#token;
    const stored = await readStoredCohort(name);
    if (token !== this.#token) return;
    if (stored) {
      const description = stored.description || 'Kept in this browser since it was loaded.';
      await this.openText(stored.csv, `${name}.csv`, plainCohortMeta(name, description));
      return;
    }
    this.#notices.add([
      `This link was made for the cohort "${name}", which is too large to travel in links and is not kept in this browser; open its bundle (or the file) on the Load tab. The default cohort is shown meanwhile.`,
    ]);
    await this.loadBuiltin(BUILTIN_COHORT_ID);
  }

  /** Loads a cohort shipped with the site (`./cohorts/ID.csv` and its JSON side file). */
  async loadBuiltin(id: string): Promise<void> {
    const token = ++this.#token;
    this.#status = 'loading';
    try {
      const { cohort, meta } = await fetchBuiltinCohort(id);
      if (token !== this.#token) return;
      this.#show(cohort, meta, { kind: 'builtin', id }, []);
    } catch (error) {
      if (token !== this.#token) return;
      this.#status = this.#cohort ? 'ready' : 'failed';
      this.#notices.add([`The built-in cohort could not be loaded: ${String(error)}`]);
    }
  }

  /** Draws a synthetic cohort from a scenario with a seed; the same pair always gives the same cohort. */
  async loadSynthetic(scenario: unknown, seed: number): Promise<boolean> {
    const token = ++this.#token;
    const { makeSyntheticCohort } = await import('./syntheticCohort.ts');
    const made = makeSyntheticCohort(scenario, seed);
    if (!made.ok) {
      this.#refused = { file: 'The scenario', messages: made.messages };
      if (!this.#cohort) await this.loadBuiltin(BUILTIN_COHORT_ID);
      return false;
    }
    if (token !== this.#token) return false;
    const { cohort } = made;
    const meta = plainCohortMeta(
      cohort.name,
      `${cohort.patients.length} patients drawn from a scenario with seed ${seed}.`,
      'Simulated patients, not real data.',
    );
    this.#show(cohort, meta, { kind: 'synthetic', scenario, seed }, []);
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
   */
  async openText(text: string, fileName: string, meta: CohortMeta): Promise<boolean> {
    const token = ++this.#token;
    const parsed = await parseOffThread(text, { fileName });
    if (token !== this.#token) return false;
    if (!parsed.ok) {
      this.#refused = { file: fileName, messages: parsed.issues.map(formatIssue) };
      if (!this.#cohort) await this.loadBuiltin(BUILTIN_COHORT_ID);
      return false;
    }
    const source = textSource(meta.name, parsed.csv);
    this.#show(
      { ...parsed.cohort, name: meta.name },
      meta,
      source,
      parsed.warnings.map(formatIssue),
    );
    if (source.kind === 'bundle') {
      await storeCohort({ name: meta.name, description: meta.description, csv: parsed.csv });
    }
    return true;
  }

  #show(cohort: Cohort, meta: CohortMeta, source: CohortSource, warnings: string[]): void {
    this.#showing(cohort);
    this.#cohort = cohort;
    this.#meta = meta;
    this.#source = source;
    this.#warnings = warnings;
    this.#refused = null;
    this.#status = 'ready';
  }
}
