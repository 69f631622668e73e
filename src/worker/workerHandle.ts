import type { Endpoint } from 'comlink';

/** A started worker as a pool sees it: a comlink endpoint it can end and that reports crashes. */
export interface WorkerHandle {
  endpoint: Endpoint;
  terminate: () => void;
  /** Registers the one listener told when the worker dies on its own (uncaught error, exit). */
  onCrash: (listener: (message: string) => void) => void;
}

/**
 * Wraps a browser (module) worker as a pool's worker handle: an `error` event (a script that
 * fails to load or throws outside a call) or an unreadable message counts as a crash.
 * @example browserWorkerHandle(new Worker(url, { type: 'module' })).terminate()
 */
export function browserWorkerHandle(worker: Worker): WorkerHandle {
  return {
    endpoint: worker,
    terminate: () => worker.terminate(),
    onCrash: (listener) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        listener(event.message || 'the worker failed to start or threw outside a call');
      });
      worker.addEventListener('messageerror', () => listener('a message could not be read'));
    },
  };
}
