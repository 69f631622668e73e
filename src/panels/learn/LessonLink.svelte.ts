import { untrack } from 'svelte';
import type { DecodedParams } from '../../io/params/decodeParams.ts';
import type { RangeParam } from '../../io/params/Param.ts';
import type { ParamSet, ParamValues } from '../../io/params/ParamSet.ts';
import { writeParams } from '../../io/params/writeParams.ts';
import { decodeLessonParams } from './decodeLessonParams.ts';
import type { LessonProps } from './lessonProps.ts';

/**
 * A lesson's `l.` link parameters, read with its declarations: the values its controls show, a
 * way to write new ones into the link (shown at once, before the link comes back), the props of a
 * slider for a number, and the report of the link's values it could not use, once each time they
 * appear (told to `onnotice` and dropped from the link, so the link says what the lesson shows).
 * Create it while the lesson initialises.
 * @example let { cohort, ...props }: LessonProps = $props(); const link = new LessonLink('coverage', () => coverageParams(18), () => props); link.set({ n: 30 });
 */
/** The props of a lesson a link reads and writes. */
type LinkProps = Pick<LessonProps, 'params' | 'onparams' | 'onnotice'>;

/** The names of a parameter set's numbers (each has bounds, for a slider). */
export type RangeKey<S extends ParamSet> = {
  [K in keyof S]: S[K] extends RangeParam ? K : never;
}[keyof S];

/** What a `Slider` needs for one number of a lesson's link. */
export interface SliderProps {
  label: string;
  min: number;
  max: number;
  value: number;
  onchange: (value: number) => void;
}

export class LessonLink<S extends ParamSet> {
  #spec: S = $derived.by(() => this.#declare());
  #decoded: DecodedParams<ParamValues<S>> = $derived.by(() =>
    decodeLessonParams(this.id, this.#spec, this.#props().params),
  );
  /** The link's values, with what `set` wrote until the link comes back with it. */
  #values: ParamValues<S> = $derived(this.#decoded.values);
  readonly id: string;
  #declare: () => S;
  #props: () => LinkProps;

  /** `props` gives the lesson's props (or what is left of them after destructuring). */
  constructor(id: string, declare: () => S, props: () => LinkProps) {
    this.id = id;
    this.#declare = declare;
    this.#props = props;
    $effect(() => {
      const { messages, kept } = this.#decoded;
      if (messages.length === 0) return;
      untrack(() => {
        const { onparams, onnotice } = this.#props();
        onnotice?.(messages);
        onparams(kept);
      });
    });
  }

  /** The declarations: each control's label and bounds. */
  get spec(): S {
    return this.#spec;
  }
  /** Whether the link itself gives a value for `key` (allowed or not), rather than leaving the default. */
  has(key: keyof S & string): boolean {
    return this.#props().params[key] !== undefined;
  }
  /** Every parameter's value: the link's where allowed, else its default. */
  get values(): ParamValues<S> {
    return this.#values;
  }
  /** Shows values at once and writes them into the link, each short as declared; the others are kept. */
  set(values: Partial<ParamValues<S>>): void {
    this.#values = { ...this.#values, ...values };
    const { params, onparams } = this.#props();
    onparams(writeParams(this.#spec, params, values));
  }
  /**
   * A slider for one number: its label and bounds as declared, its value, and a change written
   * into the link. Example: `<Slider {...link.slider('p')} step={0.01} format={percent} />`
   * (props after the spread, such as a narrower `max`, win).
   */
  slider(key: RangeKey<S>): SliderProps {
    const param = this.#spec[key] as unknown as RangeParam;
    return {
      label: param.label,
      min: param.min,
      max: param.max,
      value: this.#values[key] as number,
      onchange: (value) => this.set({ [key]: value } as Partial<ParamValues<S>>),
    };
  }
}
