/**
 * Small predicates for reading untrusted JSON (a record found in storage) down to the shape the
 * page reads. `isNum` refuses `NaN`; `isInt` is a safe integer ≥ 0; `isInterval` is a pair of
 * numbers or `null`s; `isHistogram` has `values` and `counts` (or `probabilities`) of one length.
 * @example isHistogram({ values: [0, 1], counts: [3, 4] }) // true
 */
export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);
export const isNumOrNull = (v: unknown): boolean => v === null || isNum(v);
export const isNumArray = (v: unknown): boolean => Array.isArray(v) && v.every(isNum);
export const isStr = (v: unknown): v is string => typeof v === 'string';
export const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isInterval = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every(isNumOrNull);
export const isHistogram = (v: unknown, probabilities = false): boolean =>
  isObj(v) &&
  isNumArray(v.values) &&
  isNumArray(probabilities ? v.probabilities : v.counts) &&
  (v.values as number[]).length ===
    ((probabilities ? v.probabilities : v.counts) as number[]).length;
