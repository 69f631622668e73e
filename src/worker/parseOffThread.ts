import * as Comlink from 'comlink';
import { fileIssue } from '../io/fileIssue.ts';
import { importCohort, type ImportResult } from '../io/importCohort.ts';
import type { ParseOptions } from '../io/parseCohort.ts';
import type { ImportOptions, ImportOutcome } from '../io/importFiles.ts';
import type { Inspection } from '../io/inspectFiles.ts';
import type { Layout } from '../io/mapping/columnMapping.ts';
import type { SourceFile } from '../io/readSources.ts';
import type { Cohort } from '../engine/cohort.ts';
import type { ImportWorkerApi, WithPackedCohort } from './api.ts';
import type { PackedCohort } from './packCohort.ts';
import { unpackCohort } from './unpackCohort.ts';
import { IMPORT_START_MS, IMPORT_WORKER_MS } from './limits.ts';

/** Files at least this long (characters) are parsed in a worker so the page stays responsive. */
export const OFF_THREAD_CHARS = 256_000;

const abortError = () => new DOMException('import cancelled', 'AbortError');
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

const defaultWorker = () =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** How a caller may steer the import worker (tests shorten the bounds or supply a worker). */
export interface OffThreadOptions {
  signal?: AbortSignal;
  threshold?: number;
  createWorker?: () => Worker;
  /** Longest wait for a started worker to answer (`IMPORT_START_MS`). */
  startMs?: number;
  /** Longest wait for its result (`IMPORT_WORKER_MS`). */
  workMs?: number;
}

/** Why the worker could not do the work; the caller reads the files on this thread instead. */
class WorkerUnavailable extends Error {}

/** A worker's result with its cohort rebuilt from the columns it came in (`packCohort`). */
function unpacked<T extends object>(result: WithPackedCohort<T>): T {
  if (!('cohort' in result)) return result as T;
  return { ...result, cohort: unpackCohort(result.cohort as PackedCohort) as Cohort } as T;
}

/**
 * Runs one call on a fresh import worker and ends the worker afterwards. Rejects with an
 * AbortError on abort, and with `WorkerUnavailable` when the worker cannot be made, reports an
 * error event (its script missing or unreadable, offline without a cached copy, a crash), does
 * not answer within `startMs` of starting, or has no result within `workMs`.
 */
async function onImportWorker<T>(
  call: (remote: Comlink.Remote<ImportWorkerApi>) => Promise<T>,
  {
    signal,
    createWorker = defaultWorker,
    startMs = IMPORT_START_MS,
    workMs = IMPORT_WORKER_MS,
  }: OffThreadOptions,
): Promise<T> {
  let worker: Worker;
  try {
    worker = createWorker();
  } catch (error) {
    throw new WorkerUnavailable(String(error));
  }
  const remote = Comlink.wrap<ImportWorkerApi>(worker);
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  let workTimer: ReturnType<typeof setTimeout> | undefined;
  let onAbort = () => {};
  let onError = (_event: Event) => {};
  const failed = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortError());
    signal?.addEventListener('abort', onAbort, { once: true });
    onError = (event) => {
      event.preventDefault();
      reject(new WorkerUnavailable((event as ErrorEvent).message || 'the worker did not start'));
    };
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onError);
    const unavailable = (why: string) => () => reject(new WorkerUnavailable(why));
    startTimer = setTimeout(unavailable('the worker did not start'), startMs);
    workTimer = setTimeout(unavailable('the worker did not finish'), workMs);
    remote.ready().then(
      () => clearTimeout(startTimer),
      () => undefined,
    );
  });
  try {
    return await Promise.race([call(remote), failed]);
  } catch (error) {
    throw isAbort(error) || error instanceof WorkerUnavailable
      ? error
      : new WorkerUnavailable(String(error));
  } finally {
    clearTimeout(startTimer);
    clearTimeout(workTimer);
    signal?.removeEventListener('abort', onAbort);
    worker.removeEventListener('error', onError);
    worker.removeEventListener('messageerror', onError);
    remote[Comlink.releaseProxy]();
    worker.terminate();
  }
}

/**
 * Parses, validates and normalises a cohort file like `importCohort`, in a short-lived Web Worker
 * when the text is large (inline when it is small or when workers are unavailable). The call races an
 * optional abort signal; on abort the worker is terminated and the promise rejects with an
 * `AbortError`. When the worker fails (its script cannot be loaded, as offline or when it is
 * missing from the site; an error; no answer within the bounds of `limits.ts`) the text is
 * parsed on the main thread instead, so the call always ends.
 * @example const result = await parseOffThread(text, { fileName: 'cohort.csv' });
 */
export async function parseOffThread(
  text: string,
  options: ParseOptions & OffThreadOptions,
): Promise<ImportResult> {
  const { signal, threshold = OFF_THREAD_CHARS, createWorker, startMs, workMs, ...parse } = options;
  if (signal?.aborted) throw abortError();
  if (text.length < threshold || typeof Worker === 'undefined') return importCohort(text, parse);
  try {
    return await onImportWorker<ImportResult>(
      async (remote) => unpacked<ImportResult>(await remote.parse(text, parse)),
      {
        signal,
        createWorker,
        startMs,
        workMs,
      },
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    return importCohort(text, parse);
  }
}

/**
 * Runs one call of the import worker on `files` in a short-lived worker, transferring the files'
 * bytes (the caller's copies are emptied), or on this thread (`inline`) when every file is
 * small text or workers are unavailable. Aborting terminates the worker and rejects with an
 * `AbortError`; a worker that fails (as for `parseOffThread`) leaves the work to this thread,
 * with a copy of the bytes.
 */
async function withImportWorker<T>(
  files: SourceFile[],
  { signal, threshold = OFF_THREAD_CHARS, ...worker }: OffThreadOptions,
  remoteCall: (remote: Comlink.Remote<ImportWorkerApi>, files: SourceFile[]) => Promise<T>,
  inline: (files: SourceFile[]) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw abortError();
  const small = files.every((f) => typeof f.data === 'string' && f.data.length < threshold);
  if (small || typeof Worker === 'undefined') return inline(files);
  const buffers = files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer]));
  const copies = files.map((f) =>
    typeof f.data === 'string' ? f : { ...f, data: f.data.slice() },
  );
  try {
    return await onImportWorker<T>(
      (remote) => remoteCall(remote, Comlink.transfer(files, buffers as ArrayBuffer[])),
      { signal, ...worker },
    );
  } catch (error) {
    if (isAbort(error)) throw error;
    return inline(copies);
  }
}

/** The refusal given for every file when the page cannot load its file reader (offline). */
function readerMissing(sources: SourceFile[], error: unknown): ImportOutcome {
  const why = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    issues: sources.map((f) =>
      fileIssue(
        f.name,
        `could not be read: the page could not load its file reader (${why}); check the connection and try again`,
      ),
    ),
  };
}

/**
 * Reads cohort files of any supported kind like `importFiles` (spreadsheets, SAS transport,
 * visit-level records, ADaM, with an optional column mapping) in a short-lived Web Worker,
 * transferring the files' bytes; text files below the threshold and environments without
 * workers are read on this thread, loading the readers on demand so the page's first
 * JavaScript stays small. On abort the worker is terminated and the promise rejects with an
 * `AbortError`; a worker that fails (as for `parseOffThread`) leaves the reading to this
 * thread, and readers that cannot be loaded here either (offline, before the site was kept
 * for offline use) give a refusal that says so, so the call always ends.
 * @example const outcome = await importOffThread([{ name: 'visits.xlsx', data: bytes }], { sheet: 'Visits' });
 */
export async function importOffThread(
  files: SourceFile[],
  options: ImportOptions & OffThreadOptions,
): Promise<ImportOutcome> {
  const { signal, threshold, createWorker, startMs, workMs, ...read } = options;
  return withImportWorker(
    files,
    { signal, threshold, createWorker, startMs, workMs },
    async (remote, sent) => unpacked<ImportOutcome>(await remote.importFiles(sent, read)),
    async (given) => {
      let reader: typeof import('../io/importFiles.ts');
      try {
        reader = await import('../io/importFiles.ts');
      } catch (error) {
        return readerMissing(given, error);
      }
      return reader.importFiles(given, read);
    },
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
  const { signal, threshold, createWorker, startMs, workMs, ...read } = options;
  return withImportWorker(
    files,
    { signal, threshold, createWorker, startMs, workMs },
    (remote, sent) => remote.inspectFiles(sent, read),
    async (given) => (await import('../io/inspectFiles.ts')).inspectFiles(given, read),
  );
}
