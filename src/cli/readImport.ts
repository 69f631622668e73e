import { importFiles, type ImportOptions, type ImportOutcome } from '../io/importFiles.ts';
import { formatIssue } from '../io/issue.ts';
import { readMapping } from '../io/mapping/readMapping.ts';
import { UsageError } from './command.ts';
import { readInputFile } from './readInputFile.ts';
import { readSourceFile } from './readSourceFile.ts';

/** What `readImport` gives back: the accepted import. */
export type AcceptedImport = Extract<ImportOutcome, { ok: true }>;

/** Reads and checks `--map MAP.json`; a bad mapping is a usage error listing every problem. */
export async function readMapFile(path: string): Promise<ImportOptions['mapping']> {
  const read = readMapping(await readInputFile(path, 'utf8', `--map ${path}`));
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
  const files = await Promise.all(paths.map(readSourceFile));
  const outcome = await importFiles(files, options);
  if (outcome.ok) return outcome;
  const lines = outcome.issues.map((i) => formatIssue(i, 'cli'));
  if (outcome.unmapped && outcome.unmapped.length > 0) {
    lines.push(
      `to map the codes, add them to the mapping's "values", e.g. "values": { "${outcome.unmapped[0].field}": { "${outcome.unmapped[0].value}": "…" } }`,
    );
  }
  throw new UsageError(
    `${paths.join(', ')} ${paths.length === 1 ? 'was' : 'were'} refused:\n  ${lines.join('\n  ')}`,
  );
}
