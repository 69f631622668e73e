import * as Comlink from 'comlink';
import { importCohort, type ImportResult } from '../io/importCohort.ts';
import type { ParseOptions } from '../io/parseCohort.ts';
import type { ImportOptions, ImportOutcome } from '../io/importFiles.ts';
import type { Inspection } from '../io/inspectFiles.ts';
import type { Layout } from '../io/mapping/columnMapping.ts';
import type { SourceFile } from '../io/readSources.ts';
import type { ImportWorkerApi } from './api.ts';

/** Files at least this long (characters) are parsed in a worker so the page stays responsive. */
export const OFF_THREAD_CHARS = 256_000;

const abortError = () => new DOMException('import cancelled', 'AbortError');

const defaultWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * Parses, validates and normalises a cohort file like `importCohort`, in a short-lived Web Worker
 * when the text is large (inline when it is small or when workers are unavailable). The call races an
 * optional abort signal; on abort the worker is terminated and the promise rejects with an
 * `AbortError`. A worker failure falls back to parsing on the main thread.
 * @example const result = await parseOffThread(text, { fileName: 'cohort.csv' });
 */
export async function parseOffThread(
  text: string,
  options: ParseOptions & {
    signal?: AbortSignal;
    threshold?: number;
    createWorker?: () => Worker;
  },
): Promise<ImportResult> {
  const { signal, threshold = OFF_THREAD_CHARS, createWorker = defaultWorker, ...parse } = options;
  if (signal?.aborted) throw abortError();
  if (text.length < threshold || typeof Worker === 'undefined') return importCohort(text, parse);
  let worker: Worker;
  try {
    worker = createWorker();
  } catch {
    return importCohort(text, parse);
  }
  const remote = Comlink.wrap<ImportWorkerApi>(worker);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([remote.parse(text, parse), aborted]);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return importCohort(text, parse);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}

/** Options of the calls that read files off the main thread. */
export interface OffThreadOptions {
  signal?: AbortSignal;
  threshold?: number;
  createWorker?: () => Worker;
}

/**
 * Runs one call of the import worker on `files` in a short-lived worker, transferring the files'
 * bytes (the caller's copies are emptied), or on this thread (`inline`) when every file is
 * small text or workers are unavailable. Aborting terminates the worker and rejects with an
 * `AbortError`; a worker failure falls back to this thread with a copy of the bytes.
 */
async function withImportWorker<T>(
  files: SourceFile[],
  { signal, threshold = OFF_THREAD_CHARS, createWorker = defaultWorker }: OffThreadOptions,
  remoteCall: (remote: Comlink.Remote<ImportWorkerApi>, files: SourceFile[]) => Promise<T>,
  inline: (files: SourceFile[]) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw abortError();
  const small = files.every((f) => typeof f.data === 'string' && f.data.length < threshold);
  if (small || typeof Worker === 'undefined') return inline(files);
  let worker: Worker;
  try {
    worker = createWorker();
  } catch {
    return inline(files);
  }
  const remote = Comlink.wrap<ImportWorkerApi>(worker);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  const buffers = files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer]));
  const copies = files.map((f) =>
    typeof f.data === 'string' ? f : { ...f, data: f.data.slice() },
  );
  try {
    return await Promise.race([
      remoteCall(remote, Comlink.transfer(files, buffers as ArrayBuffer[])),
      aborted,
    ]);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return inline(copies);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}

/**
 * Reads cohort files of any supported kind like `importFiles` (spreadsheets, SAS transport,
 * visit-level records, ADaM, with an optional column mapping) in a short-lived Web Worker,
 * transferring the files' bytes; text files below the threshold and environments without
 * workers are read on this thread, loading the readers on demand so the page's first
 * JavaScript stays small. On abort the worker is terminated and the promise rejects with an
 * `AbortError`; a worker failure falls back to this thread.
 * @example const outcome = await importOffThread([{ name: 'visits.xlsx', data: bytes }], { sheet: 'Visits' });
 */
export async function importOffThread(
  files: SourceFile[],
  options: ImportOptions & OffThreadOptions,
): Promise<ImportOutcome> {
  const { signal, threshold, createWorker, ...read } = options;
  return withImportWorker(
    files,
    { signal, threshold, createWorker },
    (remote, sent) => remote.importFiles(sent, read),
    async (given) => (await import('../io/importFiles.ts')).importFiles(given, read),
  );
}

/**
 * Reads files far enough for the mapping step, like `inspectFiles` (their tables' columns,
 * first rows and coded values, and a suggested mapping), off the main thread as
 * {@link importOffThread} does.
 * @example const seen = await inspectOffThread([{ name: 'visits.xlsx', data: bytes }], { sheet: 'Visits' });
 */
export async function inspectOffThread(
  files: SourceFile[],
  options: { sheet?: string; layout?: Layout } & OffThreadOptions,
): Promise<Inspection> {
  const { signal, threshold, createWorker, ...read } = options;
  return withImportWorker(
    files,
    { signal, threshold, createWorker },
    (remote, sent) => remote.inspectFiles(sent, read),
    async (given) => (await import('../io/inspectFiles.ts')).inspectFiles(given, read),
  );
}
