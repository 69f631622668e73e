import { wholeNumber, type WholeNumber } from './wholeNumber.ts';

/** What a count field is called in messages ("Replicates", "Studies") and what it allows. */
export interface CountSpec {
  name: string;
  min?: number;
  max: number;
}

/**
 * The two numbers every run asks for, a count (replicates, studies, cohorts) and a seed, as the
 * text typed and as the whole numbers read from it (`wholeNumber`), with the messages that say
 * what is allowed. `RunControls` shows the fields; the panel reads `count` and `seed`.
 * @example const fields = new RunFields({ name: 'Replicates', max: 1e7 }, { maxSeed: 2 ** 31 - 1, count: 2000, seed: 1 }); fields.count // 2000
 */
export class RunFields {
  countText = $state('');
  seedText = $state('');
  readonly #spec: CountSpec;
  readonly #maxSeed: number;

  constructor(
    spec: CountSpec,
    { maxSeed, count, seed }: { maxSeed: number; count: number; seed: number },
  ) {
    this.#spec = spec;
    this.#maxSeed = maxSeed;
    this.countText = String(count);
    this.seedText = String(seed);
  }

  /** The count typed, or `null` while it is not allowed. */
  get count(): number | null {
    return this.#count().value;
  }
  /** The seed typed, or `null` while it is not allowed. */
  get seed(): number | null {
    return this.#seed().value;
  }
  /** What the count field allows, when it holds something else; else `null`. */
  get countError(): string | null {
    return this.#count().error;
  }
  /** What the seed field allows, when it holds something else; else `null`. */
  get seedError(): string | null {
    return this.#seed().error;
  }
  /** Whether both numbers are allowed. */
  get valid(): boolean {
    return this.count !== null && this.seed !== null;
  }

  #count(): WholeNumber {
    const { name, min = 1, max } = this.#spec;
    return wholeNumber(this.countText, { name, min, max });
  }
  #seed(): WholeNumber {
    return wholeNumber(this.seedText, { name: 'The seed', min: 0, max: this.#maxSeed });
  }
}
