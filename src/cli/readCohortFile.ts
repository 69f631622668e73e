import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Cohort } from '../engine/cohort.ts';
import { formatIssue } from '../io/issue.ts';
import { parseCohort } from '../io/parseCohort.ts';
import { UsageError } from './command.ts';

/**
 * Reads and validates a cohort file (CSV, TSV or JSON) for a CLI command.
 * A JSON side file `NAME.json` beside `NAME.csv` supplies the cohort's name and source.
 * Refused files throw a `UsageError` listing every validation message, one per line.
 * @example const cohort = await readCohortFile('public/cohorts/hlh-anakinra-2025.csv');
 */
export async function readCohortFile(path: string | undefined): Promise<Cohort> {
  if (!path) throw new UsageError('missing FILE (a CSV, TSV or JSON cohort)');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`,
    );
  }
  const meta = await readSideFile(path);
  const result = parseCohort(text, { fileName: basename(path), ...meta });
  if (!result.ok) {
    const lines = result.issues.map(formatIssue);
    throw new UsageError(`${path} was refused:\n  ${lines.join('\n  ')}`);
  }
  return result.cohort;
}

async function readSideFile(path: string): Promise<{ name?: string; source?: string }> {
  if (!/\.(csv|tsv|txt)$/i.test(path)) return {};
  try {
    const meta: unknown = JSON.parse(await readFile(path.replace(/\.\w+$/, '.json'), 'utf8'));
    if (typeof meta !== 'object' || meta === null) return {};
    const { name, source } = meta as Record<string, unknown>;
    return {
      ...(typeof name === 'string' ? { name } : {}),
      ...(typeof source === 'string' ? { source } : {}),
    };
  } catch {
    return {};
  }
}
