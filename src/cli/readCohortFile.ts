import { readFile } from 'node:fs/promises';
import type { Cohort } from '../engine/cohort.ts';
import { readImport } from './readImport.ts';

/**
 * Reads and validates a cohort file (CSV, TSV, JSON, `.xlsx`, `.ods`, visit-level records or
 * an ADaM dataset file) for a CLI command, through `readImport`.
 * A JSON side file `NAME.json` beside `NAME.csv` supplies the cohort's name and source.
 * Refused files throw a `UsageError` listing every validation message, one per line.
 * @example const cohort = await readCohortFile('public/cohorts/hlh-anakinra-2025.csv');
 */
export async function readCohortFile(path: string | undefined): Promise<Cohort> {
  const meta = path ? await readSideFile(path) : {};
  return (await readImport(path ? [path] : [], meta)).cohort;
}

/** The name and source in the JSON file beside a CSV, if there is one. */
export async function readSideFile(path: string): Promise<{ name?: string; source?: string }> {
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
