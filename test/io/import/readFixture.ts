import { readFileSync } from 'node:fs';
import { formatIssue } from '../../../src/io/issue.ts';
import { IssueList } from '../../../src/io/IssueList.ts';
import type { SourceFile } from '../../../src/io/readSources.ts';
import { readTextTable } from '../../../src/io/readTextTable.ts';

/** The folder of the files `test/fixtures/import.R` writes. */
export const FIXTURES = 'test/fixtures/import';

/** A fixture file as the app gets it: bytes for workbooks and SAS files, text otherwise. */
export function fixtureFile(name: string, folder = FIXTURES): SourceFile {
  const path = `${folder}/${name}`;
  return /\.(xlsx|ods|xpt)$/.test(name)
    ? { name, data: new Uint8Array(readFileSync(path)) }
    : { name, data: readFileSync(path, 'utf8') };
}

/** A table read from CSV text as the importer reads it (`t.csv`); throws with its problems if refused. */
export function readTable(text: string) {
  const issues = new IssueList('t.csv');
  const t = readTextTable(text, 't.csv', issues, new IssueList('t.csv'));
  if (!t)
    throw new Error(
      issues
        .list()
        .map((i) => formatIssue(i, 'cli'))
        .join('\n'),
    );
  return t;
}
