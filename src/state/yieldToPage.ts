/**
 * Resolves in a later task, so that the page can paint and answer input between two pieces of
 * long work (a large cohort's arrival and its first analysis, chunks of a long text).
 * Uses `scheduler.yield` where the browser has it, else a message to itself; neither is held
 * back by a paused clock (timers are not used).
 * Reference: the Prioritized Task Scheduling API, "scheduler.yield()".
 * @example for (const chunk of chunks) { work(chunk); await yieldToPage(); }
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}
