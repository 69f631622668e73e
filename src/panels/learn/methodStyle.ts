import { palette } from '../../charts/palette.ts';
import type { ProportionMethod } from '../../engine/report.ts';

/** Name, colour and dash of each interval method in the lessons' charts (colour is never alone). */
export const METHOD_STYLE: Record<ProportionMethod, { name: string; color: string; dash: string }> =
  {
    'clopper-pearson': { name: 'Clopper–Pearson (exact)', color: palette.exact, dash: '' },
    wilson: { name: 'Wilson', color: palette.inResponse, dash: '8 3' },
    jeffreys: { name: 'Jeffreys', color: palette.cr, dash: '2 3' },
    'agresti-coull': { name: 'Agresti–Coull', color: palette.gcHalved, dash: '10 3 2 3' },
    wald: { name: 'Wald', color: palette.loss, dash: '4 4' },
  };
