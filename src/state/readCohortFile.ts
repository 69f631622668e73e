import { decodeText } from '../io/decodeText.ts';
import { isBinaryFile } from '../io/isBinaryFile.ts';
import type { SourceFile } from '../io/readSources.ts';
import type { Refusal } from './CohortLoader.svelte.ts';

/** Largest file the page reads at all; the importer's own limits apply below it. */
export const MAX_UPLOAD_BYTES = 20_000_000;

/**
 * Reads a file the user chose or dropped for the importer: spreadsheets (`.xlsx`, `.xls`,
 * `.ods`, …) and SAS transport files (`.xpt`) as bytes, every other file as text
 * (UTF-8, UTF-16 or Windows-1252, as `decodeText` finds); or says why
 * not: larger than {@link MAX_UPLOAD_BYTES}, or unreadable. Never throws. A file can be read
 * again (each import hands its bytes to a worker).
 *
 * @example const read = await readCohortFile(file); if (read.ok) importFiles([read.source]);
 */
export async function readCohortFile(
  file: File,
): Promise<{ ok: true; source: SourceFile } | { ok: false; refusal: Refusal }> {
  const refuse = (message: string) => ({
    ok: false as const,
    refusal: { file: file.name, messages: [`${file.name}: ${message}`] },
  });
  if (file.size > MAX_UPLOAD_BYTES)
    return refuse(`the file is ${file.size} bytes; at most ${MAX_UPLOAD_BYTES} are accepted.`);
  try {
    const data = isBinaryFile(file.name)
      ? new Uint8Array(await file.arrayBuffer())
      : decodeText(new Uint8Array(await file.arrayBuffer()));
    return { ok: true, source: { name: file.name, data } };
  } catch (error) {
    return refuse(`could not be read (${String(error)}).`);
  }
}
