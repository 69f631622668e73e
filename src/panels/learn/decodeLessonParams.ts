import { decodeParams, type DecodedParams } from '../../io/params/decodeParams.ts';
import type { ParamSet, ParamValues } from '../../io/params/ParamSet.ts';

/**
 * Decodes a lesson's `l.` parameters with its declarations: each value the link gets wrong, and
 * each key the lesson does not have, is named as the link writes it (`"l.n"`).
 * Example: `decodeLessonParams('coverage', coverageParams(…), { n: '500' }).messages[0]`
 * is `'"l.n" must be a whole number from 5 to 150; got "500"; using 18.'`
 */
export function decodeLessonParams<S extends ParamSet>(
  lessonId: string,
  set: S,
  params: Readonly<Record<string, string>>,
): DecodedParams<ParamValues<S>> {
  return decodeParams(set, params, { prefix: 'l.', owner: `the lesson "${lessonId}"` });
}
