import { readFileSync } from 'node:fs';
import type { SourceFile } from '../../../src/io/readSources.ts';

/** The folder of the files `test/fixtures/import.R` writes. */
export const FIXTURES = 'test/fixtures/import';

/** A fixture file as the app gets it: bytes for workbooks and SAS files, text otherwise. */
export function fixtureFile(name: string, folder = FIXTURES): SourceFile {
  const path = `${folder}/${name}`;
  return /\.(xlsx|ods|xpt)$/.test(name)
    ? { name, data: new Uint8Array(readFileSync(path)) }
    : { name, data: readFileSync(path, 'utf8') };
}
