import * as Comlink from 'comlink';
import type { PartRange, RunControl, WorkerProgress } from './api.ts';
import { WORKER_SILENCE_MS } from './limits.ts';
import { PROGRESS_INTERVAL_MS, throttle } from './throttle.ts';
import type { WorkerHandle } from './workerHandle.ts';

/** One worker call of a job: the parts of `range`, reporting progress in the job's units. */
export type RangeCall<Api, T> = (
  remote: Comlink.Remote<Api>,
  range: PartRange,
  onProgress: WorkerProgress | undefined,
) => Promise<T>;

/** What a job's `execute` does with the lane it runs on. */
export interface LaneContext<Api> {
  /**
   * Splits parts `[0, parts)` into contiguous ranges, one per worker of the lane (never more
   * workers than parts), calls `call` for each and resolves with the results in range order.
   * The workers' progress is added to `offset`, the units done before this call.
   */
  spread<T>(parts: number, call: RangeCall<Api, T>, offset?: number): Promise<T[]>;
}

/**
 * A job as the lanes run it: the lane it runs on, how it stops, how much work it is (progress
 * units), and its split and merge (`execute` hands ranges of parts to the workers with `spread`,
 * once or in rounds, and merges what they return).
 */
export interface Job<Api, R> {
  lane: string;
  /**
   * Whether a cancelled run is stopped by asking its workers (they check between items) instead
   * of ending them: short lesson items stop within milliseconds, and the workers stay warm.
   */
  cooperative?: boolean;
  total: number;
  execute(lane: LaneContext<Api>): Promise<R>;
}

/** How lanes start and stop their workers. */
export interface LanesOptions<Api> {
  /** Workers per lane. */
  size: number;
  spawn: () => WorkerHandle;
  /** Asks a worker to stop run `run` at its next item (needed by cooperative lanes). */
  stop?: (remote: Comlink.Remote<Api>, run: number) => Promise<void>;
  /** How messages name the workers: "Monte Carlo worker failed: …". */
  name?: string;
  /** Least time between two progress reports to a caller (default `PROGRESS_INTERVAL_MS`). */
  progressInterval?: number;
  /**
   * Longest a worker in a call may stay silent (no progress message, no answer) before it counts
   * as hung, in milliseconds (default `WORKER_SILENCE_MS`).
   */
  silence?: number;
}

interface Slot<Api> {
  handle: WorkerHandle;
  remote: Comlink.Remote<Api>;
  /** Rejects when the worker dies on its own. */
  crash: Promise<never>;
}

/** The workers of one kind of job and the run in progress on them. */
interface Lane<Api> {
  slots: (Slot<Api> | null)[];
  current: AbortController | null;
  cooperative: boolean;
}

const abortError = (message: string) => new DOMException(message, 'AbortError');
const now = () => performance.now();
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs jobs on lanes of comlink workers, one lane per kind of job, started on first use; this is
 * the whole of the scheduling, and jobs only split and merge. One run at a time per lane: a new
 * run supersedes the lane's running one (which rejects with an AbortError and whose results and
 * progress never land) and leaves other lanes alone. Aborting a run's signal rejects at once and
 * ends its workers, fresh ones starting on the lane's next run (a cooperative lane asks them to
 * stop instead, and keeps them warm). An error in a worker rejects with its message; a worker
 * that dies rejects its run at once; either way the lane starts a fresh worker next time. A
 * worker that stays silent in a call for longer than `silence` (workers send progress every
 * `PROGRESS_INTERVAL_MS` while they work) is hung: it is ended and replaced by a fresh one, and
 * its run rejects with "… stopped responding; it was restarted. Run again.".
 * Progress is passed on at most every `PROGRESS_INTERVAL_MS`, and once at the end.
 * @example const lanes = new Lanes<Api>({ size: 2, spawn }); await lanes.run(job, { signal });
 */
export class Lanes<Api> {
  readonly size: number;
  readonly #spawn: () => WorkerHandle;
  readonly #stop: LanesOptions<Api>['stop'];
  readonly #name: string;
  readonly #interval: number;
  readonly #silence: number;
  readonly #lanes = new Map<string, Lane<Api>>();
  #runs = 0;

  constructor({
    size,
    spawn,
    stop,
    name = 'worker',
    progressInterval = PROGRESS_INTERVAL_MS,
    silence = WORKER_SILENCE_MS,
  }: LanesOptions<Api>) {
    this.size = size;
    this.#interval = progressInterval;
    this.#silence = silence;
    this.#spawn = spawn;
    this.#stop = stop;
    this.#name = name;
  }

  /** Runs a job on its lane; resolves with what `execute` returns, or rejects (see the class). */
  async run<R>(job: Job<Api, R>, { signal, onProgress }: RunControl = {}): Promise<R> {
    const lane = this.#lane(job.lane, job.cooperative ?? false);
    if (lane.current) {
      lane.current.abort(abortError('superseded by a newer run'));
      if (!lane.cooperative) lane.slots.forEach((_, w) => this.#drop(lane, w));
    }
    const run = ++this.#runs;
    const controller = new AbortController();
    lane.current = controller;
    const live = () => lane.current === controller && !controller.signal.aborted;
    const onAbort = () => controller.abort(abortError('the run was cancelled'));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort);
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(controller.signal.reason);
      if (controller.signal.aborted) fail();
      else controller.signal.addEventListener('abort', fail);
    });
    aborted.catch(() => undefined);
    const report =
      onProgress &&
      throttle((done: number) => onProgress(Math.min(done, job.total), job.total), this.#interval);
    const mine = new Set<Slot<Api>>();

    const spread = async <T>(parts: number, call: RangeCall<Api, T>, offset = 0) => {
      if (!live()) return aborted;
      const used = Math.min(this.size, parts);
      const done = new Array<number>(used).fill(0);
      const calls: Promise<T>[] = [];
      for (let w = 0; w < used; w++) {
        const range = {
          run,
          first: Math.floor((w * parts) / used),
          end: Math.floor(((w + 1) * parts) / used),
        };
        const slot = this.#slot(lane, w);
        mine.add(slot);
        const progress =
          report &&
          ((d: number) => {
            done[w] = d;
            if (live()) report(offset + done.reduce((a, b) => a + b, 0));
          });
        calls.push(this.#call(lane, w, slot, (p) => call(slot.remote, range, p), progress));
      }
      return Promise.race([Promise.all(calls), aborted]);
    };

    try {
      if (controller.signal.aborted) await aborted;
      const result = await Promise.race([job.execute({ spread }), aborted]);
      if (!live()) throw abortError('superseded by a newer run');
      onProgress?.(job.total, job.total);
      return result;
    } catch (error) {
      for (const slot of mine) {
        const w = lane.slots.indexOf(slot);
        if (w < 0) continue;
        if (lane.cooperative && controller.signal.aborted && this.#stop) {
          void this.#stop(slot.remote, run).catch(() => undefined);
        } else this.#drop(lane, w);
      }
      if (!controller.signal.aborted) controller.abort(error);
      throw controller.signal.reason instanceof DOMException ? controller.signal.reason : error;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (lane.current === controller) lane.current = null;
    }
  }

  /** Ends the workers of one lane (and its running job); they start again when next used. */
  release(name: string): void {
    const lane = this.#lanes.get(name);
    if (!lane) return;
    lane.current?.abort(abortError('the lane was released'));
    lane.slots.forEach((_, w) => this.#drop(lane, w));
    this.#lanes.delete(name);
  }

  /** Ends every worker and cancels every running job; lanes start new workers if used again. */
  terminate(): void {
    for (const lane of this.#lanes.values()) {
      lane.current?.abort(abortError('the pool was terminated'));
      lane.slots.forEach((_, w) => this.#drop(lane, w));
    }
  }

  /**
   * One call to `slot`, the worker in place `w` of `lane`; every worker call goes through here. Progress messages
   * reach `progress`; an error thrown in the worker rejects with its message; the worker's death
   * rejects at once. The watchdog: every message (progress or answer) is a heartbeat, and a
   * worker silent for longer than `silence` is hung: its slot gets a fresh worker and the call
   * rejects with a message saying so. Time when the page or process was suspended (a gap in
   * the watchdog's own ticks) does not count as silence.
   */
  #call<T>(
    lane: Lane<Api>,
    w: number,
    slot: Slot<Api>,
    invoke: (progress: WorkerProgress | undefined) => Promise<T>,
    progress: ((done: number) => void) | undefined,
  ): Promise<T> {
    let heard = now();
    const beat = Comlink.proxy((done: number) => {
      heard = now();
      progress?.(done);
    });
    const answer = invoke(beat).catch((error: unknown) => {
      throw new Error(`${this.#name} failed: ${messageOf(error)}`);
    });
    const tick = Math.min(1000, this.#silence / 4);
    let timer: ReturnType<typeof setInterval> | undefined;
    const hung = new Promise<never>((_, reject) => {
      let last = now();
      timer = setInterval(() => {
        const t = now();
        if (t - last > 3 * tick) heard += t - last; // suspended, not silent
        last = t;
        if (t - heard <= this.#silence) return;
        if (lane.slots[w] === slot) {
          this.#drop(lane, w);
          this.#slot(lane, w);
        }
        reject(new Error(`The ${this.#name} stopped responding; it was restarted. Run again.`));
      }, tick);
      (timer as { unref?: () => void }).unref?.();
    });
    return Promise.race([answer, slot.crash, hung]).finally(() => clearInterval(timer));
  }

  #lane(name: string, cooperative: boolean): Lane<Api> {
    let lane = this.#lanes.get(name);
    if (!lane) {
      lane = {
        slots: new Array<Slot<Api> | null>(this.size).fill(null),
        current: null,
        cooperative,
      };
      this.#lanes.set(name, lane);
    }
    return lane;
  }

  #slot(lane: Lane<Api>, w: number): Slot<Api> {
    const existing = lane.slots[w];
    if (existing) return existing;
    const handle = this.#spawn();
    const crash = new Promise<never>((_, reject) =>
      handle.onCrash((message) => {
        if (lane.slots[w]?.handle === handle) this.#drop(lane, w);
        reject(new Error(`${this.#name} crashed: ${message.replace(/\.$/, '')}. Run again.`));
      }),
    );
    crash.catch(() => undefined);
    const slot: Slot<Api> = { handle, remote: Comlink.wrap<Api>(handle.endpoint), crash };
    lane.slots[w] = slot;
    return slot;
  }

  #drop(lane: Lane<Api>, w: number): void {
    const slot = lane.slots[w];
    if (!slot) return;
    lane.slots[w] = null;
    slot.remote[Comlink.releaseProxy]();
    slot.handle.terminate();
  }
}
