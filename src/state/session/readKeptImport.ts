import { VISIT_RESPONSES } from '../../engine/visits/visitResponse.ts';
import type { Derivation } from '../../engine/visits/derivePatients.ts';
import type { DorDisagreement } from '../../io/adam/readAdam.ts';
import type { AssessmentTable } from '../../io/importFiles.ts';
import { readImportSpec, writeImportSpec, type ImportDetails } from '../importSpec.ts';
import { isInt, isNum, isObj, isStr, type Obj } from './shapeChecks.ts';

/** How an imported cohort was read, as a session record keeps it (the spec as in a bundle). */
export interface KeptImport {
  spec: ReturnType<typeof writeImportSpec>;
  files: string[];
  derivations: Derivation[] | null;
  assessmentTable: AssessmentTable | null;
  disagreements: DorDisagreement[];
}

/** Import details as a session record keeps them. */
export function keepImport(details: ImportDetails): KeptImport {
  return { ...details, spec: writeImportSpec(details.spec) };
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const ints = (v: unknown): v is number[] => Array.isArray(v) && v.every(isInt);
const intOrNull = (v: unknown) => v === null || isInt(v);

function isDerivation(v: unknown): v is Derivation {
  if (!isObj(v) || !isStr(v.id) || !isObj(v.patient) || !strings(v.steps) || !ints(v.rows))
    return false;
  if (!ints(v.unconfirmedRows) || !ints(v.afterProgressionRows)) return false;
  if (![v.responseRow, v.crRow, v.lossRow].every(intOrNull)) return false;
  if (v.best !== null && !VISIT_RESPONSES.includes(v.best as never)) return false;
  return (
    Array.isArray(v.assessments) &&
    v.assessments.every(
      (a: unknown) =>
        isObj(a) && isNum(a.week) && isInt(a.row) && VISIT_RESPONSES.includes(a.response as never),
    )
  );
}

function isTable(v: unknown): v is AssessmentTable {
  if (!isObj(v) || !isStr(v.file) || !isObj(v.table)) return false;
  const table = v.table as Obj;
  return (
    strings(table.columns) &&
    Array.isArray(table.rows) &&
    table.rows.every((r: unknown) => isObj(r) && isInt(r.row) && Array.isArray(r.cells))
  );
}

const isDorValue = (v: unknown) => isObj(v) && isNum(v.weeks) && typeof v.event === 'boolean';

/**
 * Reads how an imported cohort was read from a session record, defensively: a damaged part is
 * left out (the derived cohort itself is kept apart, so nothing else is lost). `null` when the
 * record has none or its spec cannot be used. Never throws.
 * @example readKeptImport(undefined) // null
 */
export function readKeptImport(v: unknown): ImportDetails | null {
  if (!isObj(v)) return null;
  const { spec } = readImportSpec(v.spec);
  if (!spec) return null;
  const derivations =
    Array.isArray(v.derivations) && v.derivations.every(isDerivation) ? v.derivations : null;
  return {
    spec,
    files: strings(v.files) ? v.files : [],
    derivations,
    assessmentTable: derivations && isTable(v.assessmentTable) ? v.assessmentTable : null,
    disagreements:
      Array.isArray(v.disagreements) &&
      v.disagreements.every(
        (d: unknown) =>
          isObj(d) &&
          isStr(d.id) &&
          isDorValue(d.adtte) &&
          (d.derived === null || isDorValue(d.derived)),
      )
        ? (v.disagreements as DorDisagreement[])
        : [],
  };
}
