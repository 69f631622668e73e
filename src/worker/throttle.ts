/** Milliseconds between progress reports, from a worker to the pool and from the pool to a caller. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes on at most one value every `ms` milliseconds (the first at once, later ones when `ms`
 * has passed since the last passed on); the values in between are dropped, so pass the last one
 * on yourself when it matters.
 * @example const report = throttle((done) => post(done), 100); for (…) report(done);
 */
export function throttle<T>(
  send: (value: T) => void,
  ms = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (value: T) => void {
  let last = -Infinity;
  return (value) => {
    const t = now();
    if (t - last < ms) return;
    last = t;
    send(value);
  };
}
