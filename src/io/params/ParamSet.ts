import type { Param } from './Param.ts';

/** Named parameters of one link or panel, such as `{ cohorts: wholeParam('cohorts', …) }`. */
export type ParamSet = Readonly<Record<string, Param<unknown>>>;

/** The values of a parameter set, by name. Example: `ParamValues<{ n: Param<number> }>` is `{ n: number }`. */
export type ParamValues<S extends ParamSet> = {
  -readonly [K in keyof S]: S[K] extends Param<infer T> ? T : never;
};
