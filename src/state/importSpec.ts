import { CONFIRM_WK_RANGE } from '../engine/limits.ts';
import type { Assessment } from '../engine/visits/assessment.ts';
import type { Derivation } from '../engine/visits/derivePatients.ts';
import type { DorDisagreement } from '../io/adam/readAdam.ts';
import type { AssessmentTable, InputFormat } from '../io/importFiles.ts';
import type { ColumnMapping } from '../io/mapping/columnMapping.ts';
import { readMapping } from '../io/mapping/readMapping.ts';

/** The layouts a cohort can be read from. */
export const INPUT_FORMATS: readonly InputFormat[] = ['patients', 'visits', 'adam'];

/**
 * How an uploaded cohort was read — its layout, the column mapping and the confirmation rule —
 * enough to show the mapping step's result again and to apply it to the same files once more.
 * It travels beside the derived cohort in links, bundles and kept sessions (never the raw files).
 */
export interface ImportSpec {
  format: InputFormat;
  /** The column mapping applied (a MAP.json), or `null` when the headers were the documented ones. */
  mapping: ColumnMapping | null;
  /** The confirmation rule for visit-level and ADaM input, in weeks, or `null` (off). */
  confirmWk: number | null;
}

/**
 * An imported cohort's reading: the spec, the files read and, while this browser has them, how
 * each patient was derived from its assessments (visit-level and ADaM input): the derivations
 * (source rows, steps in words, the assessments in time order), the table the rows point into,
 * and the ADTTE disagreements.
 */
export interface ImportDetails {
  spec: ImportSpec;
  /** Names of the files read (empty when only a link brought the cohort). */
  files: string[];
  derivations: Derivation[] | null;
  assessmentTable: AssessmentTable | null;
  disagreements: DorDisagreement[];
}

/**
 * The details of a cohort brought back by a link, a bundle or a kept session without its files:
 * the spec alone; `null` without one.
 * @example specDetails({ format: 'visits', mapping: null, confirmWk: null })?.derivations // null
 */
export function specDetails(spec: ImportSpec | null | undefined): ImportDetails | null {
  return spec
    ? { spec, files: [], derivations: null, assessmentTable: null, disagreements: [] }
    : null;
}

/**
 * Each patient's assessments in time order, by id, from the derivations of visit-level or ADaM
 * input (what a swimmer lane drawn as a sequence of assessed states needs).
 * @example assessmentsById(derivations).get('P1') // [{ week: 1, response: 'PR', row: 2 }, …]
 */
export function assessmentsById(
  derivations: readonly Derivation[],
): ReadonlyMap<string, readonly Assessment[]> {
  return new Map(derivations.map((d) => [d.id, d.assessments]));
}

/** Whether a spec says anything a plain one-row-per-patient file would not. */
export function isPlainSpec(spec: ImportSpec): boolean {
  return spec.format === 'patients' && spec.mapping === null && spec.confirmWk === null;
}

/**
 * Reads an import spec kept in a bundle or a session (`{ format, mapping, confirm_wk }`), checking
 * each part: an unknown layout, a mapping `readMapping` refuses or a confirmation outside
 * `CONFIRM_WK_RANGE` is left out with a message. Never throws.
 * @example readImportSpec({ format: 'visits', mapping: null, confirm_wk: 4 }).spec // { format: 'visits', mapping: null, confirmWk: 4 }
 */
export function readImportSpec(value: unknown): { spec: ImportSpec | null; messages: string[] } {
  if (value === undefined || value === null) return { spec: null, messages: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { spec: null, messages: ['How the cohort was read could not be used (not an object).'] };
  }
  const o = value as Record<string, unknown>;
  const messages: string[] = [];
  const format = INPUT_FORMATS.find((f) => f === o.format);
  if (format === undefined) {
    messages.push(
      `How the cohort was read could not be used: its format ${JSON.stringify(o.format)} is not one of ${INPUT_FORMATS.join(', ')}.`,
    );
    return { spec: null, messages };
  }
  let mapping: ColumnMapping | null = null;
  if (o.mapping !== undefined && o.mapping !== null) {
    const read = readMapping(o.mapping);
    if (read.ok) mapping = read.mapping;
    else messages.push(`The column mapping could not be read: ${read.messages.join('; ')}.`);
  }
  let confirmWk: number | null = null;
  const weeks = o.confirm_wk;
  if (weeks !== undefined && weeks !== null) {
    if (
      typeof weeks === 'number' &&
      weeks >= CONFIRM_WK_RANGE.min &&
      weeks <= CONFIRM_WK_RANGE.max
    ) {
      confirmWk = weeks;
    } else {
      messages.push(
        `The confirmation rule ${JSON.stringify(weeks)} is not a number of weeks from ${CONFIRM_WK_RANGE.min} to ${CONFIRM_WK_RANGE.max}; responses are counted as assessed.`,
      );
    }
  }
  return { spec: { format, mapping, confirmWk }, messages };
}

/** A spec as JSON for a bundle or a session record (`confirm_wk`, as the CLI's option). */
export function writeImportSpec(spec: ImportSpec): {
  format: InputFormat;
  mapping: ColumnMapping | null;
  confirm_wk: number | null;
} {
  return { format: spec.format, mapping: spec.mapping, confirm_wk: spec.confirmWk };
}
