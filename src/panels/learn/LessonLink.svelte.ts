import { untrack } from 'svelte';
import type { DecodedParams } from '../../io/params/decodeParams.ts';
import type { ParamSet, ParamValues } from '../../io/params/ParamSet.ts';
import { writeParams } from '../../io/params/writeParams.ts';
import { decodeLessonParams } from './decodeLessonParams.ts';
import type { LessonProps } from './lessonProps.ts';

/**
 * A lesson's `l.` link parameters, read with its declarations: the values its controls show, a
 * way to write new ones into the link, and the report of the link's values it could not use,
 * once each time they appear (told to `onnotice` and dropped from the link, so the link says what
 * the lesson shows). Create it while the lesson initialises.
 * @example const link = new LessonLink('coverage', () => coverageParams(18, analysis), () => ({ params, onparams, onnotice })); link.set({ n: 30 });
 */
export class LessonLink<S extends ParamSet> {
  #spec: S = $derived.by(() => this.#declare());
  #decoded: DecodedParams<ParamValues<S>> = $derived.by(() =>
    decodeLessonParams(this.id, this.#spec, this.#props().params),
  );
  readonly id: string;
  #declare: () => S;
  #props: () => Pick<LessonProps, 'params' | 'onparams' | 'onnotice'>;

  constructor(
    id: string,
    declare: () => S,
    props: () => Pick<LessonProps, 'params' | 'onparams' | 'onnotice'>,
  ) {
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
  /** Every parameter's value: the link's where allowed, else its default. */
  get values(): ParamValues<S> {
    return this.#decoded.values;
  }
  /** Writes values into the link, each short as declared; the others are kept. */
  set(values: Partial<ParamValues<S>>): void {
    const { params, onparams } = this.#props();
    onparams(writeParams(this.#spec, params, values));
  }
}
