/** The part of the Prioritized Task Scheduling API used here (not every browser has it). */
interface TaskScheduler {
  yield(): Promise<void>;
}

/**
 * Ends the current task and resolves in a later one, so that input, rendering and other work
 * can run between the steps of a long job on the main thread: `scheduler.yield()` where the
 * browser has it (the job then resumes ahead of other queued tasks), else a message through a
 * fresh `MessageChannel` (not delayed like a nested `setTimeout`, and not held back by a paused
 * clock), else `setTimeout(0)`. See https://developer.chrome.com/blog/use-scheduler-yield.
 * @example for (const piece of pieces) { work(piece); await yieldToPage(); }
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
