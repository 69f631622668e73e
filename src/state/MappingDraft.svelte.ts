import type { TableSample } from '../io/inspectFiles.ts';
import { codedValues, type CodedField, type CodedValue } from '../io/mapping/codedValues.ts';
import type { TimeUnit } from '../engine/timeUnit.ts';
import type { ColumnMapping, DateFormat } from '../io/mapping/columnMapping.ts';
import { mappingGaps } from '../io/mapping/mappingGaps.ts';
import { previewMapping, type MappedPreview } from '../io/mapping/previewMapping.ts';
import { readMapping } from '../io/mapping/readMapping.ts';
import type { ImportSuggestion } from '../io/mapping/suggestImportMapping.ts';
import { writeMapping } from '../io/mapping/writeMapping.ts';

/** Where a draft's mapping came from, to say so on the page. */
export type DraftOrigin = 'suggested' | 'remembered' | 'cohort' | 'file';

/** Which table's columns a field is chosen among: the main table's or the patients table's. */
export type MappingPart = 'columns' | 'patient_columns';

const key = (text: string) => text.trim().toLowerCase();

/**
 * The column mapping being edited in the mapping step: the files' tables (as `inspectFiles`
 * sampled them), the suggestion with its reasons, and the mapping as the user has it now, with
 * what follows from it — each coded value and what it is read as, what is still missing, and the
 * first rows as mapped — recomputed on every change. Every edit makes a new mapping object.
 * @example const draft = new MappingDraft(tables, suggestion); draft.setValue('response', 'No remission', 'NR');
 */
export class MappingDraft {
  readonly tables: readonly TableSample[];
  readonly suggestion: ImportSuggestion;
  readonly origin: DraftOrigin;
  #mapping = $state.raw<ColumnMapping>() as ColumnMapping;
  #coded = $derived.by(() => codedValues(this.#mapping, this.tables));
  #gaps = $derived.by(() => mappingGaps(this.#mapping, this.#coded.values));
  #preview = $derived.by(() => previewMapping(this.#mapping, this.tables));

  constructor(
    tables: readonly TableSample[],
    suggestion: ImportSuggestion,
    options: { mapping?: ColumnMapping; origin?: DraftOrigin } = {},
  ) {
    this.tables = tables;
    this.suggestion = suggestion;
    this.origin = options.mapping ? (options.origin ?? 'file') : 'suggested';
    this.#mapping = options.mapping ?? suggestion.mapping;
  }

  /** The mapping as edited so far. */
  get mapping(): ColumnMapping {
    return this.#mapping;
  }
  /** Every distinct value of the coded columns, with what it is read as and the suggestion. */
  get values(): CodedValue[] {
    return this.#coded.values;
  }
  /** Coded columns with too many values to be codes (a wrong column chosen, most likely). */
  get tooManyValues(): { field: CodedField; column: string }[] {
    return this.#coded.tooMany;
  }
  /** What is still missing before the mapping can be applied, in words. */
  get gaps(): string[] {
    return this.#gaps;
  }
  /** The first rows of each table as mapped. */
  get preview(): MappedPreview[] {
    return this.#preview;
  }
  /** The mapping as a MAP.json file's text (what the CLI takes with `--map`). */
  get json(): string {
    return writeMapping(this.#mapping);
  }
  /** Whether the files have a second (patients) table. */
  get twoTables(): boolean {
    return this.tables.length > 1;
  }

  /** Chooses the column of a field (`null`: none) among a table's columns. */
  setColumn(part: MappingPart, field: string, column: string | null): void {
    const named = { ...(this.#mapping[part] ?? {}) };
    if (column === null || column === '') delete named[field];
    else named[field] = column;
    const next: ColumnMapping = { ...this.#mapping, [part]: named };
    if (part === 'columns' && this.#mapping.units?.[field] && column === null) {
      const units = { ...this.#mapping.units };
      delete units[field];
      if (Object.keys(units).length > 0) next.units = units;
      else delete next.units;
    }
    this.#mapping = next;
  }

  /** Says what a coded value means (`null`: no entry, read as it is). */
  setValue(field: CodedField, value: string, code: string | null): void {
    const values = structuredClone(this.#mapping.values ?? {}) as Record<
      string,
      Record<string, string>
    >;
    const table = { ...(values[field] ?? {}) };
    for (const raw of Object.keys(table)) if (key(raw) === key(value)) delete table[raw];
    if (code !== null) table[value] = code;
    if (Object.keys(table).length > 0) values[field] = table;
    else delete values[field];
    const next: ColumnMapping = { ...this.#mapping, values: values as ColumnMapping['values'] };
    if (Object.keys(values).length === 0) delete next.values;
    this.#mapping = next;
  }

  /** The unit of every time column. */
  setTimeUnit(unit: TimeUnit): void {
    this.#mapping = { ...this.#mapping, time_unit: unit };
  }

  /** A unit for one field that differs from the file's (`null`: the file's unit). */
  setFieldUnit(field: string, unit: TimeUnit | null): void {
    const units = { ...(this.#mapping.units ?? {}) };
    if (unit === null || unit === this.#mapping.time_unit) delete units[field];
    else units[field] = unit;
    const next: ColumnMapping = { ...this.#mapping, units };
    if (Object.keys(units).length === 0) delete next.units;
    this.#mapping = next;
  }

  /** The format of dates written as text (`null`: ISO 8601). */
  setDateFormat(format: DateFormat | null): void {
    const next: ColumnMapping = { ...this.#mapping };
    if (format === null) delete next.date_format;
    else next.date_format = format;
    this.#mapping = next;
  }

  /** The unit a time field is read in. */
  unitOf(field: string): TimeUnit {
    return this.#mapping.units?.[field] ?? this.#mapping.time_unit;
  }

  /**
   * Replaces the mapping with one read from a MAP.json file's text; returns the problems
   * (`readMapping`'s messages) and keeps the current mapping when there are any.
   */
  readJson(text: string): string[] {
    const read = readMapping(text);
    if (!read.ok) return read.messages;
    this.#mapping = read.mapping;
    return [];
  }
}
