import type { IssueList } from './IssueList.ts';
import { columnKey } from './columns.ts';
import { MAX_COLUMNS, MAX_PATIENTS } from './limits.ts';
import type { RawRow, RawTable } from './rawTable.ts';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SHAPE = 'expected an array of patients or { "name", "source", "patients": [...] }';

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split(/\r\n|\r|\n/).length;
  const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `line ${line}, column ${column}`;
}

/** The JSON type of a top-level value that is not a cohort, e.g. `a JSON number`. */
function jsonType(value: unknown): string {
  if (value === null) return 'JSON null';
  if (Array.isArray(value)) return 'a JSON list';
  if (typeof value === 'object') return 'a JSON object';
  return `a JSON ${typeof value}`;
}

/** The fields of one patient object; a nested `extra` object is flattened into it. */
function fields(patient: JsonObject): [string, unknown][] {
  const own = Object.entries(patient);
  const extra = own.find(([key, value]) => key.trim().toLowerCase() === 'extra' && isObject(value));
  if (extra === undefined) return own;
  const ownKeys = new Set(own.map(([key]) => columnKey(key)));
  const nested = Object.entries(extra[1] as JsonObject).filter(
    ([key]) => !ownKeys.has(columnKey(key)),
  );
  return [...own.filter((entry) => entry !== extra), ...nested];
}

/**
 * Reads a JSON cohort, an array of patient objects or `{ "name", "source", "patients": [...] }`,
 * into a raw table whose columns are the union of the patients' keys (matched like CSV headers).
 * Returns `null` after adding an issue when the text is malformed JSON (with its line and column),
 * has the wrong shape, or has no or too many patients.
 * Example: `readJson('[{"id":"P1","best_response":"CR","response_wk":1,"followup_wk":4}]', issues)`.
 */
export function readJson(text: string, issues: IssueList): RawTable | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = lineColumn(text, position ? Number(position[1]) : text.length);
    issues.add(null, null, null, `is malformed JSON at ${where}: ${message}`);
    return null;
  }
  let patients: unknown[];
  const table: RawTable = { columns: [], rows: [] };
  if (Array.isArray(data)) {
    patients = data;
  } else if (isObject(data) && Array.isArray(data.patients)) {
    patients = data.patients;
    if (typeof data.name === 'string' && data.name.trim() !== '') table.name = data.name.trim();
    if (typeof data.source === 'string' && data.source.trim() !== '')
      table.source = data.source.trim();
  } else if (isObject(data)) {
    issues.add(null, 'patients', null, `is missing or not an array; ${SHAPE}`);
    return null;
  } else {
    issues.add(null, null, null, `is ${jsonType(data)}; ${SHAPE}`);
    return null;
  }
  if (patients.length === 0) {
    issues.add(null, null, null, 'has no patients; expected at least one patient object');
    return null;
  }
  if (patients.length > MAX_PATIENTS) {
    issues.add(
      null,
      null,
      null,
      `has ${patients.length} patients; at most ${MAX_PATIENTS} are allowed`,
    );
    return null;
  }
  const index = new Map<string, number>();
  for (let i = 0; i < patients.length; i += 1) {
    const patient = patients[i];
    const row = i + 1;
    if (!isObject(patient)) {
      issues.add(
        row,
        null,
        null,
        `is ${jsonType(patient)}, not a patient; expected an object like { "id": "P1", ... }`,
      );
      continue;
    }
    const cells: unknown[] = [];
    const seen = new Map<string, string>();
    for (const [rawKey, value] of fields(patient)) {
      const name = rawKey.trim();
      const key = columnKey(name);
      const twin = seen.get(key);
      if (twin !== undefined) {
        issues.add(row, name, null, `repeats the field "${twin}"; give each field once`);
        continue;
      }
      seen.set(key, name);
      let column = index.get(key);
      if (column === undefined) {
        if (index.size >= MAX_COLUMNS) {
          issues.add(
            row,
            name,
            null,
            `is one field too many; at most ${MAX_COLUMNS} columns are allowed`,
          );
          return null;
        }
        column = index.size;
        index.set(key, column);
        table.columns.push(name);
      }
      cells[column] = typeof value === 'string' ? value.trim() : value;
    }
    table.rows.push({ row, cells } satisfies RawRow);
  }
  return table;
}
