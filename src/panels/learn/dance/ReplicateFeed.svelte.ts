import type { LessonTask } from '../../../engine/lessons/lessonTask.ts';
import type { ReplicateEstimates } from '../../../engine/lessons/replicateEstimates.ts';
import type { WorkerRun } from '../../../state/WorkerRun.svelte.ts';

/** A lesson task that draws replicate studies. */
export type ReplicatesTask = Extract<LessonTask, { kind: 'replicates' }>;

/** What the feed asks of its run: a `WorkerRun` such as `lessonRun<ReplicatesTask>` gives. */
export type ReplicatesRun = Pick<
  WorkerRun<ReplicatesTask, ReplicateEstimates[]>,
  'start' | 'cancel' | 'inputs' | 'result'
>;

/** Which studies to draw: everything of a task but where it starts and how many it has. */
export type ReplicatesSource = Omit<ReplicatesTask, 'kind' | 'first' | 'count'>;

/** The most studies a dance draws. */
export const MAX_STUDIES = 2000;
/** Studies computed ahead in the worker pool, so Play and Step answer at once. */
const BATCH = 50;

/**
 * Replicate studies shown one by one, computed ahead in batches on the worker pool so Play and
 * Step answer at once; a request for more than is computed waits for them. At most `MAX_STUDIES`.
 * Assumes `source()` reads the current scenario, seed and analysis (`null` when there is nothing
 * to simulate), and that `reset()` is called whenever they change: an answer asked for before
 * a reset never lands. Playing stops when the pool fails or no more studies can be drawn.
 * Example: `const feed = new ReplicateFeed(lessonRun<ReplicatesTask>('lesson:replicates'), () => source); feed.reset(); feed.draw(100);`
 */
export class ReplicateFeed {
  #run: ReplicatesRun;
  #source: () => ReplicatesSource | null;
  #studies = $state.raw<ReplicateEstimates[]>([]);
  #playing = $state(false);
  /** Studies the user is waiting for, and the ones computed but not shown yet. */
  #wanted = $state(0);
  #ahead: ReplicateEstimates[] = [];
  #fetching = false;
  #generation = 0;

  constructor(run: ReplicatesRun, source: () => ReplicatesSource | null) {
    this.#run = run;
    this.#source = source;
  }

  /** The studies shown so far, oldest first. */
  get studies(): ReplicateEstimates[] {
    return this.#studies;
  }
  get playing(): boolean {
    return this.#playing;
  }
  /** Whether the studies shown and awaited reach `MAX_STUDIES`. */
  get full(): boolean {
    return this.#studies.length + this.#wanted >= MAX_STUDIES;
  }

  play(): void {
    this.#playing = true;
  }
  pause(): void {
    this.#playing = false;
  }

  /** Shows `count` more studies, at once if they are computed, else when they arrive. */
  draw(count: number): void {
    const room = MAX_STUDIES - this.#studies.length - this.#wanted;
    if (!this.#source() || room <= 0) {
      this.#playing = false;
      return;
    }
    this.#wanted += Math.min(count, room);
    this.#reveal();
    void this.#fetchAhead();
  }

  /** Forgets every study, shown, computed or asked for, and computes a new batch ahead. */
  reset(): void {
    this.#generation++;
    this.#run.cancel();
    this.#ahead = [];
    this.#wanted = 0;
    this.#fetching = false;
    this.#studies = [];
    void this.#fetchAhead();
  }

  #reveal(): void {
    const k = Math.min(this.#wanted, this.#ahead.length);
    if (k === 0) return;
    this.#studies = [...this.#studies, ...this.#ahead.slice(0, k)];
    this.#ahead = this.#ahead.slice(k);
    this.#wanted -= k;
  }

  /** Asks the pool for the next batch when the studies computed ahead run low. */
  async #fetchAhead(): Promise<void> {
    const first = this.#studies.length + this.#ahead.length;
    const wanted = this.#wanted;
    if (this.#fetching || first >= MAX_STUDIES || this.#ahead.length >= Math.max(wanted, BATCH / 2))
      return;
    const source = this.#source();
    if (!source) return;
    this.#fetching = true;
    const mine = this.#generation;
    // The source is plain data (derived values are never deep state), so it crosses to a worker
    // as it is; a snapshot would copy every number of the scenario one by one.
    const task: ReplicatesTask = {
      kind: 'replicates',
      ...source,
      first,
      count: Math.min(Math.max(BATCH, wanted - this.#ahead.length), MAX_STUDIES - first),
    };
    await this.#run.start(task);
    if (mine !== this.#generation) return;
    this.#fetching = false;
    const result = this.#run.result;
    if (this.#run.inputs !== task || !result) {
      this.#playing = false;
      return;
    }
    this.#ahead = [...this.#ahead, ...result];
    this.#reveal();
    void this.#fetchAhead();
  }
}
