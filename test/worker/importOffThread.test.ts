import * as Comlink from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportWorkerApi } from '../../src/worker/api.ts';
import { importWorkerApi } from '../../src/worker/importWorkerApi.ts';
import {
  importOffThread,
  inspectOffThread,
  parseOffThread,
} from '../../src/worker/parseOffThread.ts';
import { importCohort } from '../../src/io/importCohort.ts';
import { fixtureFile } from '../io/import/readFixture.ts';
import { BUILTIN_CSV } from '../helpers/appShowing.ts';

/** A stand-in for the import worker: the real API behind a MessageChannel, as comlink sees a Worker. */
function channelWorker(received: { transferred: boolean }[]): () => Worker {
  return () => {
    const { port1, port2 } = new MessageChannel();
    const api: ImportWorkerApi = {
      ...importWorkerApi,
      importFiles: (files, options) => {
        received.push({ transferred: files.some((f) => typeof f.data !== 'string') });
        return importWorkerApi.importFiles(files, options);
      },
      inspectFiles: (files, options) => {
        received.push({ transferred: files.some((f) => typeof f.data !== 'string') });
        return importWorkerApi.inspectFiles(files, options);
      },
    };
    Comlink.expose(api, port2);
    return Object.assign(port1, {
      terminate: () => {
        port1.close();
        port2.close();
      },
    }) as unknown as Worker;
  };
}

/**
 * A worker that never answers: `fails` fires an error event (as a browser does when the script
 * cannot be loaded: missing from the site, or offline); `silent` starts and says nothing.
 */
function brokenWorker(kind: 'fails' | 'silent', made: { terminated: number }): () => Worker {
  return () => {
    const target = new EventTarget();
    if (kind === 'fails') setTimeout(() => target.dispatchEvent(new Event('error')), 5);
    return Object.assign(target, {
      postMessage: () => undefined,
      terminate: () => made.terminated++,
    }) as unknown as Worker;
  };
}

const realWorker = globalThis.Worker;
afterEach(() => {
  (globalThis as { Worker?: unknown }).Worker = realWorker;
});

describe('importOffThread', () => {
  it('sends a workbook to the worker with its bytes transferred, and gets the cohort back', async () => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const received: { transferred: boolean }[] = [];
    const file = fixtureFile('hlh.xlsx');
    const size = (file.data as Uint8Array).byteLength;
    const outcome = await importOffThread([file], {
      sheet: 'Patients',
      createWorker: channelWorker(received),
    });
    expect(received).toEqual([{ transferred: true }]);
    expect((file.data as Uint8Array).byteLength).toBe(0);
    expect(size).toBeGreaterThan(0);
    expect(outcome.ok && outcome.cohort.patients).toHaveLength(18);
  });

  it('reads small text files on this thread', async () => {
    const received: { transferred: boolean }[] = [];
    const outcome = await importOffThread([fixtureFile('hlh-visits.csv')], {
      createWorker: channelWorker(received),
    });
    expect(received).toEqual([]);
    expect(outcome.ok && outcome.format).toBe('visits');
  });

  it('rejects with an AbortError when cancelled', async () => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const controller = new AbortController();
    const pending = importOffThread([fixtureFile('myeloid.xlsx')], {
      sheet: 'Visits',
      signal: controller.signal,
      createWorker: channelWorker([]),
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('inspects a workbook in the worker for the mapping step: its tables and a suggested mapping', async () => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const received: { transferred: boolean }[] = [];
    const seen = await inspectOffThread([fixtureFile('myeloid.xlsx')], {
      sheet: 'Visits,Patients',
      createWorker: channelWorker(received),
    });
    expect(received).toEqual([{ transferred: true }]);
    if (!seen.ok) expect.fail(JSON.stringify(seen.issues));
    expect(seen.tables.map((t) => [t.sheet, t.rowCount])).toEqual([
      ['Visits', 1122],
      ['Patients', 80],
    ]);
    expect(seen.suggestion?.mapping.columns.id).toBe('Patient');
  });
});

describe('a failing import worker', () => {
  const text = BUILTIN_CSV;
  const expected = importCohort(text, { fileName: 'hlh.csv' });
  const cases = [
    ['whose script cannot be loaded', 'fails', {}],
    ['that never starts', 'silent', { startMs: 50 }],
  ] as const;

  it.each(cases)('a worker %s: the text is parsed on this thread', async (_, kind, bounds) => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const made = { terminated: 0 };
    const result = await parseOffThread(text, {
      fileName: 'hlh.csv',
      threshold: 10,
      createWorker: brokenWorker(kind, made),
      ...bounds,
    });
    expect(result).toEqual(expected);
    expect(made.terminated).toBe(1);
  });

  it.each(cases)('a worker %s: the files are read on this thread', async (_, kind, bounds) => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const made = { terminated: 0 };
    const file = fixtureFile('hlh.xlsx');
    const outcome = await importOffThread([file], {
      sheet: 'Patients',
      createWorker: brokenWorker(kind, made),
      ...bounds,
    });
    expect(outcome.ok && outcome.cohort.patients).toHaveLength(18);
    expect(made.terminated).toBe(1);
  });

  it('a worker that starts but never finishes: the text is parsed here after the bound', async () => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const stuck = () => {
      const { port1, port2 } = new MessageChannel();
      Comlink.expose({ ready: () => true, parse: () => new Promise(() => undefined) }, port2);
      return Object.assign(port1, { terminate: () => port1.close() }) as unknown as Worker;
    };
    const result = await parseOffThread(text, {
      fileName: 'hlh.csv',
      threshold: 10,
      createWorker: stuck,
      workMs: 100,
    });
    expect(result).toEqual(expected);
  });

  it('a worker that cannot be made: the text is parsed on this thread', async () => {
    (globalThis as { Worker?: unknown }).Worker = class {};
    const result = await parseOffThread(text, {
      fileName: 'hlh.csv',
      threshold: 10,
      createWorker: () => {
        throw new Error('workers are blocked here');
      },
    });
    expect(result).toEqual(expected);
  });
});
