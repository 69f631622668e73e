/** The kinds of value a link or a form field can carry. */
export type ParamKind =
  'whole' | 'number' | 'numbers' | 'choice' | 'choices' | 'boolean' | 'text' | 'pairs' | 'range';

/**
 * One parameter of a link or a form, declared once: its key in the link, its name in form
 * messages, its kind, what it allows and its default. The same declaration decodes a link value
 * (`decodeParam`), writes a value short for the link (`write`) and checks a form field
 * (`checkField`). Build one with `wholeParam`, `numberParam`, `numbersParam`, `choiceParam`,
 * `choicesParam`, `booleanParam`, `textParam` or `pairsParam`; `optionalParam` lets any of them be nothing.
 * Example: `wholeParam('breps', { label: 'Replicates', min: 1, max: 1e7, default: 2000 })`.
 */
export interface Param<T> {
  readonly kind: ParamKind;
  /** The name in a link, without a panel's prefix (`l.`, `r.`). */
  readonly key: string;
  /** The name in a form field's message, such as "Replicates". */
  readonly label: string;
  /** The value when the link says nothing, or says something not allowed. */
  readonly default: T;
  /** What is allowed, as it ends the sentence "… must be": "a whole number from 1 to 100". */
  readonly allowed: string;
  /** The bounds of a number (or of each of a list of numbers), for sliders and fields. */
  readonly min?: number;
  readonly max?: number;
  /** The allowed words of a choice. */
  readonly choices?: readonly string[];
  /** The value a text stands for, or `undefined` when it is not allowed; never throws. */
  read(text: string): T | undefined;
  /** The value written short for a link; `read(write(v))` gives `v` back. */
  write(value: T): string;
  /** The value as a message shows it: "2,000", "0.95", "wilson", "none". */
  show(value: T): string;
  /** The value used for a text that is not allowed when it is not the default (a name too long is shortened). */
  repair?(text: string): T | undefined;
}

/** A number parameter, whose bounds are always known (for sliders and fields). */
export type RangeParam = Param<number> & { readonly min: number; readonly max: number };
