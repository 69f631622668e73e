import { decodeText } from '../decodeText.ts';
import { fileIssue } from '../fileIssue.ts';
import type { ImportIssue } from '../issue.ts';
import { MAX_COLUMNS, MAX_PATIENTS } from '../limits.ts';
import type { RawRow, RawTable } from '../rawTable.ts';
import { ibmFloat } from './ibmFloat.ts';

/** One dataset of a transport file as a raw table, with its SAS name and label. */
export interface XptDataset {
  name: string;
  label: string;
  table: RawTable;
}

const RECORD = 80;
const HEADER = 'HEADER RECORD*******';
/** Days from 1960-01-01 (SAS day 0) to 1970-01-01. */
const SAS_EPOCH_DAYS = -3653;
const DATE_FORMATS =
  /^(DATE|DDMMYY|MMDDYY|YYMMDD|E8601DA|IS8601DA|B8601DA|YYMMDDN|DDMMYYN|MMDDYYN|WORDDATE|WEEKDATE|MONYY|YYQ)/;
const DATETIME_FORMATS = /^(DATETIME|E8601DT|IS8601DT|B8601DT|DATEAMPM)/;

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

/** Character data: UTF-8 when valid, else Windows-1252 (older SAS files); trailing blanks and NULs removed. */
function text(bytes: Uint8Array, start: number, length: number): string {
  return decodeText(bytes.subarray(start, start + length)).replace(/[\s\0]+$/, '');
}

const iso = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);

interface Variable {
  name: string;
  numeric: boolean;
  length: number;
  position: number;
  format: string;
}

/** Why a transport file was refused. */
class XptError extends Error {}

function recordName(bytes: Uint8Array, offset: number): string | null {
  if (offset + RECORD > bytes.length || ascii(bytes, offset, 20) !== HEADER) return null;
  return ascii(bytes, offset + 20, 8).trim();
}

function readMember(
  bytes: Uint8Array,
  start: number,
  v8: boolean,
): { dataset: XptDataset; next: number } {
  const namestrLength = Number(ascii(bytes, start + 74, 4)) || 140;
  const descriptor = start + 2 * RECORD;
  const name = v8
    ? ascii(bytes, descriptor + 8, 32).trim()
    : ascii(bytes, descriptor + 8, 8).trim();
  const label = ascii(bytes, descriptor + RECORD + 32, 40).trim();
  const namestrHeader = descriptor + 2 * RECORD;
  if (!recordName(bytes, namestrHeader)?.startsWith(v8 ? 'NAMSTV8' : 'NAMESTR')) {
    throw new XptError(`dataset ${name || '?'}: the variable list (NAMESTR record) is missing`);
  }
  const count = Number(ascii(bytes, namestrHeader + 53, 5));
  if (!Number.isInteger(count) || count < 0) throw new XptError('has an unreadable variable count');
  if (count > MAX_COLUMNS) {
    throw new XptError(
      `dataset ${name} has ${count} variables; at most ${MAX_COLUMNS} are allowed`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const variables: Variable[] = [];
  const first = namestrHeader + RECORD;
  for (let i = 0; i < count; i += 1) {
    const at = first + i * namestrLength;
    if (at + namestrLength > bytes.length) throw new XptError('ends inside its variable list');
    const short = ascii(bytes, at + 8, 8).trim();
    const long = v8 ? ascii(bytes, at + 88, 32).replace(/[\s\0]+$/, '') : '';
    variables.push({
      name: long || short,
      numeric: view.getInt16(at) === 1,
      length: view.getInt16(at + 4),
      position: view.getInt32(at + 84),
      format: ascii(bytes, at + 56, 8)
        .trim()
        .toUpperCase(),
    });
  }
  let offset = first + Math.ceil((count * namestrLength) / RECORD) * RECORD;
  // Label records of version 8 (long labels) come before the observations; skip to them.
  while (offset < bytes.length && !recordName(bytes, offset)?.startsWith('OBS')) {
    if (recordName(bytes, offset)?.startsWith('MEMB')) break;
    offset += RECORD;
  }
  if (!recordName(bytes, offset)?.startsWith('OBS')) {
    throw new XptError(`dataset ${name}: the observations header (OBS record) is missing`);
  }
  offset += RECORD;
  let end = bytes.length;
  for (let at = offset; at + RECORD <= bytes.length; at += RECORD) {
    const next = recordName(bytes, at);
    if (next?.startsWith('MEMB') && recordName(bytes, at + RECORD)?.startsWith('DSCPT')) {
      end = at;
      break;
    }
  }
  const width = variables.reduce((sum, v) => Math.max(sum, v.position + v.length), 0);
  const rows: RawRow[] = [];
  if (width > 0) {
    let total = Math.floor((end - offset) / width);
    // Trailing blanks pad the last record; an all-blank observation inside them is padding.
    while (total > 0) {
      const at = offset + (total - 1) * width;
      if (end - at >= RECORD + width || !bytes.subarray(at, at + width).every((b) => b === 0x20)) {
        break;
      }
      total -= 1;
    }
    if (total > MAX_PATIENTS) {
      throw new XptError(
        `dataset ${name} has ${total} observations; at most ${MAX_PATIENTS} are allowed`,
      );
    }
    for (let r = 0; r < total; r += 1) {
      const at = offset + r * width;
      rows.push({ row: r + 1, cells: variables.map((v) => cellValue(bytes, at, v)) });
    }
  }
  return {
    dataset: { name, label, table: { columns: variables.map((v) => v.name), rows } },
    next: end,
  };
}

function cellValue(bytes: Uint8Array, at: number, v: Variable): unknown {
  if (!v.numeric) return text(bytes, at + v.position, v.length);
  const value = ibmFloat(bytes, at + v.position, v.length);
  if (value === null) return '';
  if (DATE_FORMATS.test(v.format)) return iso(SAS_EPOCH_DAYS + Math.floor(value));
  if (DATETIME_FORMATS.test(v.format)) return iso(SAS_EPOCH_DAYS + Math.floor(value / 86_400));
  return value;
}

/**
 * Reads a SAS transport (XPORT) file, version 5 (the FDA's format) or 8 (long names), into one
 * raw table per dataset: numbers from IBM floating point, SAS missing values blank, character
 * values trimmed, numbers with a date format (`DATE9.`, `E8601DA.`, `YYMMDD10.`, …) as
 * `YYYY-MM-DD` and with a datetime format as the date; rows numbered from 1.
 * Returns the issue that refuses a file that is not a transport file or is damaged.
 * Reference: SAS Institute, TS-140 "The record layout of a data set in SAS transport (XPORT)
 * format"; SAS 9.4 "Record layout of a SAS version 8 transport file".
 * @example readXpt(bytes, 'adsl.xpt') // [{ name: 'ADSL', label: '', table: { columns: ['USUBJID', …], rows: [...] } }]
 */
export function readXpt(bytes: Uint8Array, file: string): XptDataset[] | ImportIssue {
  const refuse = (message: string): ImportIssue => fileIssue(file, message);
  const library = recordName(bytes, 0);
  if (library !== 'LIBRARY' && library !== 'LIBV8') {
    return refuse(
      'is not a SAS transport (XPORT) file: it does not start with the library header record; export the dataset with SAS (XPORT engine) or haven::write_xpt, or as CSV',
    );
  }
  const v8 = library === 'LIBV8';
  const datasets: XptDataset[] = [];
  try {
    let at = 3 * RECORD;
    while (at + RECORD <= bytes.length) {
      const name = recordName(bytes, at);
      if (name === null) break;
      if (!name.startsWith('MEMB'))
        throw new XptError(`has an unexpected ${name} record at byte ${at}`);
      const { dataset, next } = readMember(bytes, at, v8);
      datasets.push(dataset);
      at = next;
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      error instanceof XptError ? detail : `could not be read as SAS transport (${detail})`,
    );
  }
  if (datasets.length === 0) return refuse('is a SAS transport file without datasets');
  return datasets;
}
