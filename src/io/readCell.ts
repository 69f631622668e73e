import { RESPONSE_CODES, type ResponseCode, type Sex } from '../engine/cohort.ts';
import type { ColumnSpec } from './columns.ts';
import type { IssueAdvice } from './issueAdvice.ts';
import { isoDateDays } from './isoDate.ts';
import { statedUnit } from './mapping/statedUnit.ts';
import { isMissingValue } from './missingValue.ts';
import { VISIT_RESPONSES, type VisitResponse } from '../engine/visits/visitResponse.ts';

/** A cell that could not be read, with the message for the user (and what to do, when that depends on where it is read). */
export class CellError {
  readonly message: string;
  readonly advice: IssueAdvice | undefined;
  constructor(message: string, advice?: IssueAdvice) {
    this.message = message;
    this.advice = advice;
  }
}

/** The value of one cell as read: the typed value, `null` for blank, or an error. */
export type CellValue = string | number | boolean | null | CellError;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NOT_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const TRUE_WORDS = new Set(['1', 'yes', 'true']);
const FALSE_WORDS = new Set(['0', 'no', 'false']);
const RESPONSES = new Set<string>(RESPONSE_CODES);

/** Names the JSON type of a value that has the wrong type, e.g. `an object`. */
function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'boolean') return 'true/false';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'object') return 'an object';
  return `of type ${typeof value}`;
}

function readNumber(value: unknown, spec: ColumnSpec): CellValue {
  const expected = `expected ${spec.allowed}`;
  let n: number;
  if (typeof value === 'number') {
    n = value;
  } else if (typeof value === 'string') {
    if (!NUMBER.test(value)) {
      if (NOT_FINITE.test(value)) return new CellError(`is not a finite number; ${expected}`);
      if (DECIMAL_COMMA.test(value)) {
        return new CellError(`is not a number (use a decimal point); ${expected}`);
      }
      const unit = spec.kind === 'time' ? statedUnit(value)?.unit : undefined;
      if (unit !== undefined) {
        return new CellError('has a unit, but this column holds a number of weeks', {
          kind: 'unit',
          field: spec.name,
          unit,
          mapped: false,
        });
      }
      return new CellError(`is not a number; ${expected}`);
    }
    n = Number(value);
  } else {
    return new CellError(`is ${typeName(value)}; ${expected}`);
  }
  if (Number.isNaN(n)) return new CellError(`is not a finite number; ${expected}`);
  if (!Number.isFinite(n)) return new CellError(`is too large to be a number; ${expected}`);
  if (n === 0) return 0;
  if (spec.min !== undefined && n < spec.min) {
    return new CellError(
      spec.min === 0 ? `is negative; ${expected}` : `is below ${spec.min}; ${expected}`,
    );
  }
  if (spec.max !== undefined && n > spec.max)
    return new CellError(`is above ${spec.max}; ${expected}`);
  return n;
}

function readBoolean(value: unknown, spec: ColumnSpec): CellValue {
  if (typeof value === 'boolean') return value;
  const word =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? value.toLowerCase()
        : null;
  if (word !== null && TRUE_WORDS.has(word)) return true;
  if (word !== null && FALSE_WORDS.has(word)) return false;
  const what =
    typeof value === 'string' || typeof value === 'number'
      ? 'is not'
      : `is ${typeName(value)}, not`;
  return new CellError(`${what} a yes/no value; expected ${spec.allowed}`);
}

function readSex(value: unknown, spec: ColumnSpec): CellValue {
  if (typeof value !== 'string')
    return new CellError(`is ${typeName(value)}; expected ${spec.allowed}`);
  const word = value.toLowerCase();
  if (word === 'f' || word === 'female') return 'F' satisfies Sex;
  if (word === 'm' || word === 'male') return 'M' satisfies Sex;
  return new CellError(`is not a recorded sex; expected ${spec.allowed}`);
}

function readResponse(value: unknown, spec: ColumnSpec): CellValue {
  if (typeof value !== 'string')
    return new CellError(`is ${typeName(value)}; expected ${spec.allowed}`);
  const code = value.toUpperCase();
  if (RESPONSES.has(code)) return code as ResponseCode;
  return new CellError(`is not a response code; expected ${spec.allowed}`);
}

const VISIT_CODES = new Set<string>(VISIT_RESPONSES);
/** Words read as progression at a visit, as the input format documents. */
const PROGRESSION_WORDS = new Set(['RELAPSE', 'REACTIVATION', 'PROGRESSION', 'LOSS']);

function readVisitResponse(value: unknown, spec: ColumnSpec): CellValue {
  if (typeof value !== 'string')
    return new CellError(`is ${typeName(value)}; expected ${spec.allowed}`);
  const code = value.toUpperCase();
  if (VISIT_CODES.has(code)) return code as VisitResponse;
  if (PROGRESSION_WORDS.has(code)) return 'PD' satisfies VisitResponse;
  return new CellError(`is not a response code; expected ${spec.allowed}`);
}

function readDate(value: unknown, spec: ColumnSpec): CellValue {
  if (typeof value !== 'string')
    return new CellError(`is ${typeName(value)}; expected ${spec.allowed}`);
  const days = isoDateDays(value);
  if (days !== null) return days;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return new CellError(`is not a real calendar date; expected ${spec.allowed}`);
  }
  return new CellError(`is not a date; expected ${spec.allowed} (ISO 8601)`);
}

/** Reads free text (ids, unknown columns): numbers and true/false become text. */
export function readText(value: unknown): string | null | CellError {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return new CellError(`is ${typeName(value)}; expected text`);
}

/** Kinds of column whose cells are never free text, so that `NA` or `.` there means blank. */
const TYPED_KINDS = new Set<ColumnSpec['kind']>(['time', 'number', 'boolean', 'sex', 'date']);

/**
 * Reads one cell of a known column: `null` when blank (empty text, JSON null or missing; in a
 * number, time, date, yes/no or sex column also a missing-value marker such as `NA`),
 * the typed value when valid (dates as days since 1970-01-01), otherwise a `CellError`.
 * Text is expected trimmed. Example: `readCell('-0', timeSpec)` is 0; `readCell('1e400', timeSpec)`
 * is an error.
 */
export function readCell(value: unknown, spec: ColumnSpec): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (TYPED_KINDS.has(spec.kind) && isMissingValue(value)) return null;
  switch (spec.kind) {
    case 'text':
      return readText(value);
    case 'time':
    case 'number':
      return readNumber(value, spec);
    case 'boolean':
      return readBoolean(value, spec);
    case 'sex':
      return readSex(value, spec);
    case 'response':
      return readResponse(value, spec);
    case 'visit_response':
      return readVisitResponse(value, spec);
    case 'date':
      return readDate(value, spec);
  }
}
