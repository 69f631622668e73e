import { describe, expect, it } from 'vitest';
import { decodeHash } from '../../src/state/decodeHash.ts';
import { LEVELS } from '../../src/state/urlState.ts';
import { format } from '../../src/ui/format.ts';
import { levelChoices } from '../../src/ui/levelChoices.ts';

describe('the Level menu', () => {
  it('offers the usual levels', () => {
    expect(levelChoices(0.95)).toBe(LEVELS);
  });

  it('shows a level a link asked for beside them, in order, so it is never blank', () => {
    const { state, messages } = decodeHash('#level=0.5');
    expect(messages).toEqual([]);
    expect(levelChoices(state.settings.level)).toEqual([0.5, 0.8, 0.9, 0.95, 0.99]);
    expect(levelChoices(0.9999).map(format.level)).toEqual(['80%', '90%', '95%', '99%', '99.99%']);
  });

  it('is never asked for a level out of range: the link refuses it with a notice', () => {
    expect(decodeHash('#level=0.45').messages).toEqual([
      '"level" must be a number from 0.5 to 0.9999; got "0.45"; using 0.95.',
    ]);
  });
});
