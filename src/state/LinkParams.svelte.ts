import { decodeParams, type DecodedParams } from '../io/params/decodeParams.ts';
import type { RangeParam } from '../io/params/Param.ts';
import type { ParamSet, ParamValues } from '../io/params/ParamSet.ts';
import { writeParams } from '../io/params/writeParams.ts';

/** Where a panel's link parameters live: their text, how to write new text, where refusals go. */
export interface LinkParamsProps {
  /** The panel's parameters as the link carries them, without their prefix. */
  params: Record<string, string>;
  onparams: (params: Record<string, string>) => void;
  /** Told the messages about values of the link that could not be used. */
  onnotice?: (messages: string[]) => void;
}

/** The names of a parameter set's numbers (each has bounds, for a slider). */
export type RangeKey<S extends ParamSet> = {
  [K in keyof S]: S[K] extends RangeParam ? K : never;
}[keyof S];

/** What a `Slider` needs for one number of a link. */
export interface SliderProps {
  label: string;
  min: number;
  max: number;
  value: number;
  onchange: (value: number) => void;
}

/**
 * A panel's or a lesson's link parameters (written `PREFIX.KEY=VALUE`), read with its
 * declarations: the values its controls show, a way to write new ones into the link, and the
 * report of the link's values it could not use — named as the link writes them, with what is
 * allowed — once each time they appear (told to `onnotice` and dropped from the link, so the link
 * says what the panel shows). The declarations may follow the cohort (defaults taken from it).
 * Create it while the component initialises.
 * @example const link = new LinkParams(() => designParams(…), () => ({ params, onparams, onnotice }), { prefix: 'd.', owner: 'the Design tab' }); link.set({ p0: 0.6 });
 */
export class LinkParams<S extends ParamSet> {
  #spec: S = $derived.by(() => this.#declare());
  #decoded: DecodedParams<ParamValues<S>> = $derived.by(() =>
    decodeParams(this.#spec, this.#props().params, this.#where),
  );
  /** The link's values, with what `set` wrote shown at once, until the link comes back with it. */
  #values: ParamValues<S> = $derived(this.#decoded.values);
  #declare: () => S;
  #props: () => LinkParamsProps;
  #where: { prefix: string; owner: string };

  constructor(
    declare: () => S,
    props: () => LinkParamsProps,
    where: { prefix: string; owner: string },
  ) {
    this.#declare = declare;
    this.#props = props;
    this.#where = where;
    $effect(() => {
      const { messages, kept } = this.#decoded;
      if (messages.length === 0) return;
      // Written after the effect: the app's settings changed while an effect runs make the view's
      // loader run again, which would mount the panel anew.
      queueMicrotask(() => {
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
  /** Every parameter's value: the link's where allowed, else its default. */
  get values(): ParamValues<S> {
    return this.#values;
  }
  /** Whether the link gives a parameter (by its name in the declarations) rather than its default. */
  has(name: keyof S & string): boolean {
    const key = this.#spec[name].key;
    return Object.hasOwn(this.#decoded.kept, key);
  }
  /** Shows values at once and writes them into the link, each short as declared; the others are kept. */
  set(values: Partial<ParamValues<S>>): void {
    this.#values = { ...this.#values, ...values };
    const { params, onparams } = this.#props();
    onparams(writeParams(this.#spec, params, values));
  }
  /** Removes parameters from the link, so they follow their defaults again. */
  reset(...names: (keyof S & string)[]): void {
    const { params, onparams } = this.#props();
    const keys = names.map((name) => this.#spec[name].key);
    onparams(Object.fromEntries(Object.entries(params).filter(([key]) => !keys.includes(key))));
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
