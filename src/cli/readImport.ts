import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importFiles, type ImportOptions, type ImportOutcome } from '../io/importFiles.ts';
import { formatIssue } from '../io/issue.ts';
import { readMapping } from '../io/mapping/readMapping.ts';
import { isBinaryFile, type SourceFile } from '../io/readSources.ts';
import { UsageError } from './command.ts';

/** What `readImport` gives back: the accepted import. */
export type AcceptedImport = Extract<ImportOutcome, { ok: true }>;

async function readSource(path: string): Promise<SourceFile> {
  try {
    const name = basename(path);
    return isBinaryFile(path)
      ? { name, data: new Uint8Array(await readFile(path)) }
      : { name, data: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`,
    );
  }
}

/** Reads and checks `--map MAP.json`; a bad mapping is a usage error listing every problem. */
export async function readMapFile(path: string): Promise<ImportOptions['mapping']> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `--map ${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code})`}`,
    );
  }
  const read = readMapping(text);
  if (!read.ok)
    throw new UsageError(`--map ${path}: the mapping is refused:\n  ${read.messages.join('\n  ')}`);
  return read.mapping;
}

/**
 * Reads cohort files for a CLI command (`importFiles`: one cohort file, a visits file with a
 * patients file, or ADaM datasets; CSV, TSV, JSON, `.xlsx`, `.ods`, `.xpt`). Refused input
 * throws a `UsageError` listing every message, the sheets to choose from, or how to map columns.
 * @example const read = await readImport(['visits.xlsx'], { sheet: 'Visits' });
 */
export async function readImport(
  paths: readonly string[],
  options: ImportOptions,
): Promise<AcceptedImport> {
  if (paths.length === 0)
    throw new UsageError('missing FILE (a CSV, TSV, JSON, .xlsx, .ods or .xpt cohort)');
  const files = await Promise.all(paths.map(readSource));
  const outcome = await importFiles(files, options);
  if (outcome.ok) return outcome;
  const lines = outcome.issues.map(formatIssue);
  if (outcome.unmapped && outcome.unmapped.length > 0) {
    lines.push(
      `to map the codes, add them to the mapping's "values", e.g. "values": { "${outcome.unmapped[0].field}": { "${outcome.unmapped[0].value}": "…" } }`,
    );
  }
  throw new UsageError(
    `${paths.join(', ')} ${paths.length === 1 ? 'was' : 'were'} refused:\n  ${lines.join('\n  ')}`,
  );
}
