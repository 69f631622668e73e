import type { Refusal } from './CohortLoader.svelte.ts';

/** Largest file the page reads at all; the importer's own limits apply below it. */
export const MAX_UPLOAD_BYTES = 20_000_000;

/**
 * Reads a file the user chose or dropped as text, or says why not: larger than
 * {@link MAX_UPLOAD_BYTES}, or unreadable. Never throws.
 *
 * @example const read = await readCohortFile(file); if (read.ok) parse(read.text);
 */
export async function readCohortFile(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; refusal: Refusal }> {
  const refuse = (message: string) => ({
    ok: false as const,
    refusal: { file: file.name, messages: [`${file.name}: ${message}`] },
  });
  if (file.size > MAX_UPLOAD_BYTES)
    return refuse(`the file is ${file.size} bytes; at most ${MAX_UPLOAD_BYTES} are accepted.`);
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return refuse(`could not be read (${String(error)}).`);
  }
}
