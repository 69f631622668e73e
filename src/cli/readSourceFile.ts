import { basename } from 'node:path';
import { isBinaryFile, type SourceFile } from '../io/readSources.ts';
import { decodeText } from '../io/decodeText.ts';
import { readInputFile } from './readInputFile.ts';

/**
 * Reads a data file named on the command line as the importer takes it: bytes for a binary
 * format (spreadsheet, SAS transport), else text (UTF-8, UTF-16 or Windows-1252: `decodeText`), under its base name. One that cannot be read
 * is a usage error naming it.
 * @example const file = await readSourceFile('data/visits.xlsx'); // { name: 'visits.xlsx', data: Uint8Array }
 */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const name = basename(path);
  return isBinaryFile(path)
    ? { name, data: new Uint8Array(await readInputFile(path)) }
    : { name, data: decodeText(await readInputFile(path)) };
}
