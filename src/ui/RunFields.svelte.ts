import { checkField, type CheckedField } from '../io/params/checkField.ts';
import type { RangeParam } from '../io/params/Param.ts';

/**
 * The two numbers every run asks for, a count (replicates, studies, cohorts) and a seed, as the
 * text typed and as the whole numbers read from it with their link parameters' declarations
 * (`checkField`), with the messages that say what is allowed. `RunControls` shows the fields;
 * the panel reads `count` and `seed`.
 * @example const fields = new RunFields(SETTINGS_PARAMS.bootReps, SETTINGS_PARAMS.bootSeed, { count: 2000, seed: 1 }); fields.count // 2000
 */
export class RunFields {
  countText = $state('');
  seedText = $state('');
  readonly #countParam: RangeParam;
  readonly #seedParam: RangeParam;

  constructor(
    countParam: RangeParam,
    seedParam: RangeParam,
    { count, seed }: { count: number; seed: number },
  ) {
    this.#countParam = countParam;
    this.#seedParam = seedParam;
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

  #count(): CheckedField<number> {
    return checkField(this.#countParam, this.countText);
  }
  #seed(): CheckedField<number> {
    return checkField(this.#seedParam, this.seedText);
  }
}
