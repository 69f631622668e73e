import type { ColumnProfile } from './profileColumn.ts';
import { responseWord } from './responseWord.ts';

/** The suggested meaning of one value of a coded column, or `null` when only the user knows it. */
export interface ValueSuggestion {
  field: string;
  value: string;
  count: number;
  code: string | null;
  reason: string;
}

const SEX: Record<string, 'F' | 'M'> = {
  f: 'F',
  female: 'F',
  w: 'F',
  woman: 'F',
  women: 'F',
  girl: 'F',
  m: 'M',
  male: 'M',
  man: 'M',
  men: 'M',
  boy: 'M',
};

function meaning(field: string, value: string): { code: string | null; reason: string } {
  const numeric = /^\d+$/.test(value.trim());
  if (field === 'sex') {
    const code = SEX[value.trim().toLowerCase()];
    return code
      ? { code, reason: `"${value}" means ${code === 'F' ? 'female' : 'male'}` }
      : {
          code: null,
          reason: numeric
            ? `"${value}" is a numeric code; only the study knows which sex it is`
            : `"${value}" is not a recorded sex`,
        };
  }
  const word = numeric ? null : responseWord(value);
  if (word === null) {
    return {
      code: null,
      reason: numeric
        ? `"${value}" is a numeric code; only the study knows which response it stands for`
        : `"${value}" is not a known response word`,
    };
  }
  if (field === 'best_response' && (word.code === 'SD' || word.code === 'PD')) {
    return {
      code: 'NR',
      reason: `${word.reason}; as a best overall response it counts as no response (NR)`,
    };
  }
  return word;
}

/**
 * Suggests a meaning for every distinct value of a coded column (response, best response,
 * sex), with the reason; numeric codes and unknown words get none, for the user to give.
 * @example suggestValues('response', profile) // [{ value: 'Partial', code: 'PR', count: 4, reason: '"Partial" means partial response' }, …]
 */
export function suggestValues(
  field: string,
  profile: Pick<ColumnProfile, 'distinct'>,
): ValueSuggestion[] {
  return [...profile.distinct].map(([value, count]) => ({
    field,
    value,
    count,
    ...meaning(field, value),
  }));
}
