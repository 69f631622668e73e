import type { Patient, ResponseCode } from '../../../engine/cohort.ts';
import { chunkRng } from '../../../engine/montecarlo/chunkRng.ts';
import type { KmTransform } from '../../../engine/report.ts';
import { drawResample, type Resample } from './drawResample.ts';

/** What the next resample is drawn from, read afresh at each draw. */
export interface DanceSource {
  patients: readonly Patient[];
  /** Random stream name; resample k comes from its chunk k. */
  seed: string;
  responders: readonly ResponseCode[];
  transform: KmTransform;
}

/**
 * Bootstrap resamples of a cohort drawn one at a time, by `step` or by a play timer at `speed`
 * resamples a second, up to `max`; resample k always comes from chunk k of the seed's stream, so
 * a seed replays the same dance. Drawing stops by itself at `max` or for an empty cohort.
 * Create it during a component's initialisation: the timer is an effect of that component.
 * @example const dance = new ResampleDance(() => ({ patients, seed: 'swimmers-1', responders, transform })); dance.step(); dance.latest?.counts
 */
export class ResampleDance {
  readonly max: number;
  #source: () => DanceSource;
  #resamples = $state.raw<readonly Resample[]>([]);
  #playing = $state(false);
  #speed = $state(2);

  constructor(source: () => DanceSource, { max = 1000 }: { max?: number } = {}) {
    this.#source = source;
    this.max = max;
    $effect(() => {
      if (!this.#playing) return;
      const timer = setInterval(() => this.step(), 1000 / this.#speed);
      return () => clearInterval(timer);
    });
  }

  /** The resamples drawn so far, oldest first. */
  get resamples(): readonly Resample[] {
    return this.#resamples;
  }
  /** The last resample drawn, or `null` before the first. */
  get latest(): Resample | null {
    return this.#resamples.at(-1) ?? null;
  }
  get playing(): boolean {
    return this.#playing;
  }
  /** Resamples a second while playing. */
  get speed(): number {
    return this.#speed;
  }

  /** Draws the next resample, or stops playing when no more can be drawn. */
  step(): void {
    const { patients, seed, responders, transform } = this.#source();
    if (patients.length === 0 || this.#resamples.length >= this.max) {
      this.#playing = false;
      return;
    }
    const rng = chunkRng(seed, this.#resamples.length);
    this.#resamples = [...this.#resamples, drawResample(patients, { rng, responders, transform })];
  }
  play(): void {
    this.#playing = true;
  }
  pause(): void {
    this.#playing = false;
  }
  setSpeed(speed: number): void {
    this.#speed = speed;
  }
  /** Forgets the resamples drawn (for a new cohort or seed); a playing dance goes on afresh. */
  clear(): void {
    this.#resamples = [];
  }
  /** Stops playing and forgets the resamples drawn. */
  reset(): void {
    this.#playing = false;
    this.#resamples = [];
  }
}
