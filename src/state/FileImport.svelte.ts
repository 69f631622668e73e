import type { ImportOutcome } from '../io/importFiles.ts';
import { SPREADSHEET_FILE } from '../io/isBinaryFile.ts';
import type { Inspection } from '../io/inspectFiles.ts';
import { formatIssue } from '../io/issue.ts';
import type { ColumnMapping, Layout } from '../io/mapping/columnMapping.ts';
import { mappingKey } from '../io/mapping/mappingKey.ts';
import { missingColumns } from '../io/mapping/missingColumns.ts';
import type { SourceFile } from '../io/readSources.ts';
import type { CohortLoader } from './CohortLoader.svelte.ts';
import { plainCohortMeta, type CohortMeta } from './cohortMeta.ts';
import { cohortNameOf } from './cohortNameOf.ts';
import type { DraftOrigin, MappingDraft } from './MappingDraft.svelte.ts';
import { readCohortFile } from './readCohortFile.ts';
import { recallMapping, rememberMapping } from './session/mappingMemory.ts';

/** Where the Load tab is with the files the user gave. */
export type ImportStep =
  | { kind: 'idle' }
  /** A workbook with several sheets: which to read (one, or a visits and a patients sheet). */
  | { kind: 'sheets'; file: string; sheets: string[] }
  /** The mapping step: `draft` is being edited. */
  | { kind: 'mapping' }
  /** "Edit mapping" on a cohort whose files this page no longer has: they are asked for again. */
  | { kind: 'files-needed'; files: string[] };

type Inspected = Extract<Inspection, { ok: true }>;

/**
 * Reading the files the user drops or chooses on the Load tab, as far as a cohort: the sheet
 * chooser for a workbook with several sheets, the mapping step when the headers are the file's
 * own (a draft made from the suggestion, or from the mapping remembered in this browser for the
 * same headers, which is applied at once when it loads), and the confirmation rule of visit-level
 * and ADaM input. Loads go through the `CohortLoader`, so a refused attempt keeps the cohort on
 * screen and lists every problem; a mapping that loads is remembered for its headers.
 * @example const imports = new FileImport(loader); await imports.open([file]);
 */
export class FileImport {
  #loader: CohortLoader;
  #files = $state.raw<File[]>([]);
  #sheet = $state<string | undefined>(undefined);
  #step = $state.raw<ImportStep>({ kind: 'idle' });
  #inspection = $state.raw<Inspected | null>(null);
  #draft = $state.raw<MappingDraft | null>(null);
  #confirmWk = $state<number | null>(null);
  #busy = $state(false);
  #message = $state<string | null>(null);
  #mappable = $state(false);
  #loaded = $state<string | null>(null);
  /** A mapping to start from with the next files ("Edit mapping" without them). */
  #wanted: ColumnMapping | null = null;

  constructor(loader: CohortLoader) {
    this.#loader = loader;
  }

  get step(): ImportStep {
    return this.#step;
  }
  /** The mapping being edited in the mapping step, or `null`. */
  get draft(): MappingDraft | null {
    return this.#draft;
  }
  /** Names of the files being read. */
  get fileNames(): string[] {
    return this.#files.map((f) => f.name);
  }
  /** Whether files are being read. */
  get busy(): boolean {
    return this.#busy;
  }
  /** The names of the files that gave the cohort on screen, when they were the last read here. */
  get loaded(): string | null {
    return this.#loaded;
  }
  /** What happened with the last files that is not a problem (a remembered mapping applied, …). */
  get message(): string | null {
    return this.#message;
  }
  /** Whether the last refused files could be mapped (the mapping step can be opened for them). */
  get mappable(): boolean {
    return this.#mappable && this.#step.kind === 'idle';
  }
  /** The confirmation rule for visit-level and ADaM input, in weeks, or `null` (off, the default). */
  get confirmWk(): number | null {
    return this.#confirmWk;
  }
  /** Whether the cohort on screen was read from files this page still has (so it can read them again). */
  get hasFilesOfCohort(): boolean {
    const imported = this.#loader.imported;
    return (
      imported !== null &&
      imported.files.length > 0 &&
      imported.files.join('\n') === this.fileNames.join('\n')
    );
  }

  /**
   * Reads the files the user gave: ADaM datasets and files with the documented headers load at
   * once; a workbook with several sheets asks which; files with their own headers load with the
   * mapping remembered for those headers, or open the mapping step with the suggestion.
   * Resolves whether a cohort was loaded.
   */
  async open(files: File[]): Promise<boolean> {
    if (files.length === 0) return false;
    this.#files = files;
    this.#sheet = undefined;
    this.#draft = null;
    return this.#read();
  }

  /** Reads the chosen sheet, or a visits sheet and a patients sheet, of the workbook. */
  async chooseSheets(main: string, second: string | null = null): Promise<boolean> {
    this.#sheet = second ? `${main},${second}` : main;
    return this.#read();
  }

  /** Opens the mapping step for the last files (after a refusal of files with the documented headers). */
  async startMapping(): Promise<void> {
    const seen = this.#inspection;
    if (!seen?.suggestion) return;
    this.#loader.refuse(null);
    await this.#openDraft(seen, undefined, 'suggested');
  }

  /** Reads the files again with another layout suggested (one row per patient, or per assessment). */
  async relayout(layout: Layout): Promise<void> {
    const sources = await this.#sources();
    if (!sources) return;
    this.#busy = true;
    try {
      const { inspectOffThread } = await import('../worker/parseOffThread.ts');
      const seen = await inspectOffThread(sources, { sheet: this.#sheet, layout });
      if (seen.ok && seen.suggestion) await this.#openDraft(seen, undefined, 'suggested');
    } finally {
      this.#busy = false;
    }
  }

  /** Sets the confirmation rule (weeks, or `null` for off); a derived cohort on screen is read again with it. */
  async setConfirmWk(weeks: number | null): Promise<void> {
    this.#confirmWk = weeks;
    if (this.#step.kind !== 'idle') return;
    const imported = this.#loader.imported;
    if (!imported || imported.spec.format === 'patients') return;
    if (imported.spec.confirmWk === weeks) return;
    if (!this.hasFilesOfCohort) {
      this.#step = { kind: 'files-needed', files: imported.files };
      this.#wanted = imported.spec.mapping;
      return;
    }
    await this.#load(imported.spec.mapping ?? undefined);
  }

  /**
   * Loads the files with the draft's mapping. When they load, the mapping is remembered for
   * their headers and the step closes; when refused, every problem is listed and the step stays.
   */
  async apply(): Promise<boolean> {
    const draft = this.#draft;
    const seen = this.#inspection;
    if (!draft || !seen) return false;
    const mapping = { ...draft.mapping };
    if (this.#sheet !== undefined && this.#files.some((f) => SPREADSHEET_FILE.test(f.name))) {
      mapping.sheet = this.#sheet;
    }
    const loaded = await this.#load(mapping);
    if (!loaded) return false;
    const kept = await rememberMapping(mappingKey(seen.tables), mapping);
    this.#message = `Loaded with your column mapping${kept ? ', remembered in this browser for files with these headers' : ''}.`;
    this.#close();
    return true;
  }

  /** Leaves the sheet chooser or the mapping step; the cohort on screen stays. */
  cancel(): void {
    this.#close();
    this.#loader.refuse(null);
    this.#loaded = null;
    this.#message = null;
  }

  /**
   * Opens the mapping step on the mapping of the cohort on screen: at once while this page has
   * its files, else after the user gives them again (they open with that mapping).
   */
  async editMapping(): Promise<void> {
    const imported = this.#loader.imported;
    const seen = this.#inspection;
    if (!imported) return;
    const mapping = imported.spec.mapping ?? undefined;
    if (this.hasFilesOfCohort && seen?.suggestion) {
      await this.#openDraft(seen, mapping, 'cohort');
      return;
    }
    this.#wanted = mapping ?? null;
    this.#step = { kind: 'files-needed', files: imported.files };
  }

  #close(): void {
    this.#step = { kind: 'idle' };
    this.#draft = null;
    this.#wanted = null;
  }

  /** Opens the mapping step (its code is loaded on first use, keeping the page's first JavaScript small). */
  async #openDraft(
    seen: Inspected,
    mapping: ColumnMapping | undefined,
    origin: DraftOrigin,
  ): Promise<void> {
    const { MappingDraft } = await import('./MappingDraft.svelte.ts');
    this.#inspection = seen;
    this.#draft = new MappingDraft(seen.tables, seen.suggestion!, { mapping, origin });
    this.#step = { kind: 'mapping' };
  }

  /** Reads the files anew (their bytes go to a worker on each read), or shows why not. */
  async #sources(): Promise<SourceFile[] | null> {
    const sources: SourceFile[] = [];
    for (const file of this.#files) {
      const read = await readCohortFile(file);
      if (!read.ok) {
        this.#loader.refuse(read.refusal);
        this.#step = { kind: 'idle' };
        return null;
      }
      sources.push(read.source);
    }
    return sources;
  }

  #meta(): CohortMeta {
    const names = this.fileNames;
    return plainCohortMeta(
      cohortNameOf(names),
      `Loaded from ${names.join(', ')} in this browser; nothing was uploaded.`,
    );
  }

  /** Imports the files with a mapping (or none); lists the problems when refused. */
  async #load(mapping: ColumnMapping | undefined): Promise<boolean> {
    return (await this.#attempt(mapping))?.ok ?? false;
  }

  /** Imports the files, listing the problems of a refusal; `null` when superseded or unreadable. */
  async #attempt(mapping: ColumnMapping | undefined): Promise<ImportOutcome | null> {
    const sources = await this.#sources();
    if (!sources) return null;
    this.#busy = true;
    try {
      const outcome = await this.#loader.importFiles(sources, {
        mapping,
        sheet: this.#sheet,
        confirmWk: this.#confirmWk,
        meta: this.#meta(),
      });
      if (outcome && !outcome.ok) this.#refused(outcome);
      if (outcome?.ok) this.#loaded = this.fileNames.join(', ');
      return outcome;
    } finally {
      this.#busy = false;
    }
  }

  #refused(outcome: Extract<ImportOutcome, { ok: false }>): void {
    this.#loader.refuse({
      file: this.fileNames.join(', '),
      messages: outcome.issues.map((i) => formatIssue(i, 'app')),
    });
  }

  async #read(): Promise<boolean> {
    this.#message = null;
    this.#loaded = null;
    this.#mappable = false;
    this.#loader.refuse(null);
    const sources = await this.#sources();
    if (!sources) return false;
    this.#busy = true;
    let seen: Inspection;
    try {
      const { inspectOffThread } = await import('../worker/parseOffThread.ts');
      seen = await inspectOffThread(sources, { sheet: this.#sheet });
    } finally {
      this.#busy = false;
    }
    if (!seen.ok) {
      if (seen.sheets) {
        this.#step = { kind: 'sheets', ...seen.sheets };
        // A sheet named that the workbook lacks is a problem; a choice not yet made is not.
        if (this.#sheet !== undefined) this.#refused(seen);
        return false;
      }
      this.#step = { kind: 'idle' };
      this.#refused(seen);
      return false;
    }
    this.#inspection = seen;
    this.#step = { kind: 'idle' };
    if (seen.adam || !seen.suggestion) return this.#load(undefined);

    const wanted = this.#wanted;
    if (wanted && missingColumns(wanted, seen.tables).length === 0) {
      // "Edit mapping" asked for these files: open the step on the cohort's mapping.
      await this.#openDraft(seen, wanted, 'cohort');
      return false;
    }
    const remembered = await recallMapping(mappingKey(seen.tables));
    if (remembered && missingColumns(remembered.mapping, seen.tables).length === 0) {
      const when = new Intl.DateTimeFormat().format(remembered.savedAt);
      if (await this.#load(remembered.mapping)) {
        await rememberMapping(remembered.key, remembered.mapping);
        this.#message = `Mapped with the column mapping you used for files with these headers (remembered in this browser, ${when}). Check it with “Edit mapping”.`;
        this.#close();
        return true;
      }
      await this.#openDraft(seen, remembered.mapping, 'remembered');
      return false;
    }
    const outcome = await this.#attempt(undefined);
    if (outcome === null || outcome.ok) return outcome?.ok ?? false;
    if (outcome.suggestion || seen.tables.length === 2) {
      // Not a refusal: the headers are the file's own, so they are mapped.
      this.#loader.refuse(null);
      await this.#openDraft(seen, undefined, 'suggested');
      return false;
    }
    this.#mappable = true;
    return false;
  }
}
