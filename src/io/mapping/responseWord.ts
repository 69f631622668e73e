import type { VisitResponse } from '../../engine/visits/visitResponse.ts';

/** Words for each response, normalised (lower case, single spaces, no punctuation). */
const WORDS: [VisitResponse, string, readonly string[]][] = [
  [
    'CR',
    'complete response',
    [
      'cr',
      'complete response',
      'complete remission',
      'complete',
      'remission',
      'cri',
      'crh',
      'ccr',
      'cmr',
      'complete metabolic response',
      'full response',
      'resolved',
    ],
  ],
  [
    'PR',
    'partial response',
    [
      'pr',
      'partial response',
      'partial remission',
      'partial',
      'vgpr',
      'very good partial response',
      'pmr',
      'partial metabolic response',
    ],
  ],
  [
    'IMP',
    'improvement',
    [
      'imp',
      'improvement',
      'improved',
      'improving',
      'mr',
      'minor response',
      'minimal response',
      'better',
    ],
  ],
  [
    'SD',
    'stable disease',
    [
      'sd',
      'stable',
      'stable disease',
      'non cr non pd',
      'noncr nonpd',
      'non cr/non pd',
      'no change',
      'unchanged',
      'smd',
      'stable metabolic disease',
    ],
  ],
  [
    'NR',
    'no response',
    [
      'nr',
      'no response',
      'none',
      'non responder',
      'nonresponder',
      'non response',
      'refractory',
      'failure',
      'treatment failure',
      'no',
      'not responding',
    ],
  ],
  [
    'PD',
    'progression, relapse, reactivation or loss of response',
    [
      'pd',
      'progression',
      'progressive disease',
      'progressive',
      'relapse',
      'relapsed',
      'reactivation',
      'loss',
      'loss of response',
      'lost response',
      'recurrence',
      'recurrent',
      'worse',
      'worsening',
      'pmd',
      'progressive metabolic disease',
      'flare',
    ],
  ],
  [
    'NE',
    'not evaluable',
    [
      'ne',
      'not evaluable',
      'not evaluated',
      'unevaluable',
      'inevaluable',
      'unknown',
      'nd',
      'not done',
      'na',
      'n/a',
      'not assessed',
      'missing',
      'ue',
      'un',
    ],
  ],
];

const normalise = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[_\-.,;:()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const BY_WORD = new Map<string, { code: VisitResponse; meaning: string }>();
for (const [code, meaning, words] of WORDS) {
  for (const word of words) BY_WORD.set(normalise(word), { code, meaning });
}

/**
 * Recognises a response written in words or as a code — `Complete remission`, `partial`,
 * `Relapse`, `NON-CR/NON-PD` — as a visit response, with the reason in words; `null` when the
 * text is not recognised (numeric codes such as 1/2/3 never are: their meaning is the study's).
 * @example responseWord('Partial remission') // { code: 'PR', reason: '"Partial remission" means partial response' }
 */
export function responseWord(text: string): { code: VisitResponse; reason: string } | null {
  const key = normalise(text);
  const found = BY_WORD.get(key) ?? BY_WORD.get(key.replace(/ /g, ''));
  if (found === undefined) return null;
  const exact = key === found.code.toLowerCase();
  return {
    code: found.code,
    reason: exact ? `"${text}" is the code ${found.code}` : `"${text}" means ${found.meaning}`,
  };
}
