import type { ParamSet } from '../../io/params/ParamSet.ts';
import { LinkParams } from '../../state/LinkParams.svelte.ts';
import type { LessonProps } from './lessonProps.ts';

/**
 * A lesson's `l.` link parameters (`LinkParams` with the prefix `l.`): a value the link gets
 * wrong, or a key the lesson does not have, is named as `"l.n"` and as a setting of the lesson
 * "id". Create it while the lesson initialises.
 * @example const link = new LessonLink('coverage', () => coverageParams(18, analysis), () => ({ params, onparams, onnotice })); link.set({ n: 30 });
 */
export class LessonLink<S extends ParamSet> extends LinkParams<S> {
  readonly id: string;

  constructor(
    id: string,
    declare: () => S,
    props: () => Pick<LessonProps, 'params' | 'onparams' | 'onnotice'>,
  ) {
    super(declare, props, { prefix: 'l.', owner: `the lesson "${id}"` });
    this.id = id;
  }
}
