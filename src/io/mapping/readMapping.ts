import { RESPONSE_CODES } from '../../engine/cohort.ts';
import { TIME_UNITS } from '../../engine/timeUnit.ts';
import { VISIT_RESPONSES } from '../../engine/visits/visitResponse.ts';
import { DATE_FORMATS, MAPPING_VERSION, type ColumnMapping, type Layout } from './columnMapping.ts';
import { fieldsOf } from './mappingFields.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const KEYS = new Set([
  'version',
  'layout',
  'sheet',
  'header_row',
  'columns',
  'time_unit',
  'units',
  'date_format',
  'values',
  'patient_columns',
]);
const VALUE_CODES: Record<string, readonly string[]> = {
  response: VISIT_RESPONSES,
  best_response: RESPONSE_CODES,
  sex: ['F', 'M'],
};
const VISIT_ONLY = new Set(['visit', 'visit_wk', 'visit_date', 'response']);

/**
 * Reads a column mapping (`MAP.json`, as text or parsed), checking every part against the
 * format (see `ColumnMapping` and the README), and fills the defaults: `time_unit` weeks and,
 * when `layout` is absent, `visits` if a visit field is mapped, else `patients`. Keys starting
 * with `$` are comments. Returns every problem found, each naming the key and what is allowed.
 * @example readMapping('{"version":1,"columns":{"id":"Patient"}}') // { ok: true, mapping: { layout: 'patients', … } }
 */
export function readMapping(
  input: unknown,
): { ok: true; mapping: ColumnMapping } | { ok: false; messages: string[] } {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        messages: [`is not JSON (${error instanceof Error ? error.message : String(error)})`],
      };
    }
  }
  const messages: string[] = [];
  if (!isObject(data))
    return {
      ok: false,
      messages: ['must be a JSON object like { "version": 1, "columns": { … } }'],
    };
  for (const key of Object.keys(data)) {
    if (!KEYS.has(key) && !key.startsWith('$')) {
      messages.push(`"${key}" is not a mapping key; the keys are ${[...KEYS].join(', ')}`);
    }
  }
  if (data.version !== MAPPING_VERSION) {
    messages.push(
      `"version" is ${JSON.stringify(data.version)}; this Cohortscope reads mapping version ${MAPPING_VERSION}`,
    );
  }
  const columnsOf = (key: 'columns' | 'patient_columns'): Record<string, string> => {
    const value = data[key];
    if (value === undefined) return {};
    if (!isObject(value)) {
      messages.push(`"${key}" must be an object of field → column header`);
      return {};
    }
    const out: Record<string, string> = {};
    for (const [field, header] of Object.entries(value)) {
      if (typeof header !== 'string' || header.trim() === '') {
        messages.push(`"${key}.${field}" must be a column header (text)`);
      } else out[field] = header;
    }
    return out;
  };
  const columns = columnsOf('columns');
  const patientColumns = columnsOf('patient_columns');
  let layout: Layout;
  if (data.layout === undefined) {
    layout = Object.keys(columns).some((f) => VISIT_ONLY.has(f)) ? 'visits' : 'patients';
  } else if (data.layout === 'patients' || data.layout === 'visits') {
    layout = data.layout;
  } else {
    messages.push(`"layout" is ${JSON.stringify(data.layout)}; expected "patients" or "visits"`);
    layout = 'patients';
  }
  const checkFields = (key: string, fields: Record<string, string>, fieldLayout: Layout) => {
    const allowed = fieldsOf(fieldLayout).map((f) => f.name);
    for (const field of Object.keys(fields)) {
      if (!allowed.includes(field)) {
        messages.push(
          `"${key}.${field}" is not a field of the ${fieldLayout} layout; its fields are ${allowed.join(', ')}`,
        );
      }
    }
  };
  checkFields('columns', columns, layout);
  checkFields('patient_columns', patientColumns, 'patients');
  if (Object.keys(columns).length === 0)
    messages.push('"columns" must map at least the patient id (columns.id)');
  const unit = data.time_unit ?? 'weeks';
  if (!TIME_UNITS.includes(unit as never)) {
    messages.push(`"time_unit" is ${JSON.stringify(unit)}; expected ${TIME_UNITS.join(', ')}`);
  }
  const units: Record<string, string> = {};
  if (data.units !== undefined) {
    if (!isObject(data.units)) messages.push('"units" must be an object of field → unit');
    else {
      for (const [field, u] of Object.entries(data.units)) {
        if (!TIME_UNITS.includes(u as never))
          messages.push(
            `"units.${field}" is ${JSON.stringify(u)}; expected ${TIME_UNITS.join(', ')}`,
          );
        else units[field] = u as string;
      }
    }
  }
  if (data.date_format !== undefined && !DATE_FORMATS.includes(data.date_format as never)) {
    messages.push(
      `"date_format" is ${JSON.stringify(data.date_format)}; expected ${DATE_FORMATS.join(', ')}`,
    );
  }
  if (data.sheet !== undefined && (typeof data.sheet !== 'string' || data.sheet === '')) {
    messages.push('"sheet" must be the name of a sheet (text)');
  }
  if (
    data.header_row !== undefined &&
    !(Number.isInteger(data.header_row) && (data.header_row as number) >= 1)
  ) {
    messages.push(`"header_row" is ${JSON.stringify(data.header_row)}; expected a row number ≥ 1`);
  }
  const values: Record<string, Record<string, string>> = {};
  if (data.values !== undefined) {
    if (!isObject(data.values))
      messages.push('"values" must be an object like { "response": { "Partial": "PR" } }');
    else {
      for (const [field, table] of Object.entries(data.values)) {
        const codes = VALUE_CODES[field];
        if (codes === undefined) {
          messages.push(
            `"values.${field}" cannot be mapped; values are mapped for ${Object.keys(VALUE_CODES).join(', ')}`,
          );
          continue;
        }
        if (!isObject(table)) {
          messages.push(`"values.${field}" must be an object of value → code`);
          continue;
        }
        values[field] = {};
        for (const [raw, code] of Object.entries(table)) {
          const upper = typeof code === 'string' ? code.toUpperCase() : '';
          if (!codes.includes(upper)) {
            messages.push(
              `"values.${field}.${raw}" is ${JSON.stringify(code)}; expected one of ${codes.join(', ')}`,
            );
          } else values[field][raw] = upper;
        }
      }
    }
  }
  if (messages.length > 0) return { ok: false, messages };
  const mapping: ColumnMapping = {
    version: MAPPING_VERSION,
    layout,
    columns,
    time_unit: unit as ColumnMapping['time_unit'],
  };
  if (typeof data.sheet === 'string') mapping.sheet = data.sheet;
  if (typeof data.header_row === 'number') mapping.header_row = data.header_row;
  if (Object.keys(units).length > 0) mapping.units = units as ColumnMapping['units'];
  if (data.date_format !== undefined)
    mapping.date_format = data.date_format as ColumnMapping['date_format'];
  if (Object.keys(values).length > 0) mapping.values = values as ColumnMapping['values'];
  if (Object.keys(patientColumns).length > 0) mapping.patient_columns = patientColumns;
  return { ok: true, mapping };
}
