import { describe, expect, it } from 'vitest';
import { chunkRng } from '../../../../src/engine/montecarlo/chunkRng.ts';
import { drawLatentStudy } from '../../../../src/engine/montecarlo/drawLatentStudy.ts';
import { responseLanes } from '../../../../src/panels/learn/followup/responseLanes.ts';
import { smallStudy } from '../../../helpers/smallStudy.ts';

describe('responseLanes', () => {
  it('draws the responses of the first study of the seed in calendar weeks', () => {
    const latent = drawLatentStudy(smallStudy, { rng: chunkRng('followup-1', 0) });
    const first = latent.find((p) => p.onsetWk !== null && p.deathWk >= p.onsetWk)!;
    const lanes = responseLanes(smallStudy, { seed: 'followup-1' });
    expect(lanes[0].start).toBeCloseTo(first.entryWk + first.onsetWk!, 12);
    expect(lanes[0].end).toBeCloseTo(first.entryWk + Math.min(first.lossWk!, first.deathWk), 12);
  });

  it('has one lane per responder alive at response, each ending after it starts', () => {
    const latent = drawLatentStudy(smallStudy, { rng: chunkRng('followup-2', 0) });
    const lanes = responseLanes(smallStudy, { seed: 'followup-2' });
    expect(lanes).toHaveLength(
      latent.filter((p) => p.onsetWk !== null && p.deathWk >= p.onsetWk).length,
    );
    for (const lane of lanes) expect(lane.end).toBeGreaterThan(lane.start);
  });

  it('has no lanes when nobody responds', () => {
    const none = { ...smallStudy, response: { cr: 0, pr: 0, imp: 0 } };
    expect(responseLanes(none, { seed: 'followup-1' })).toEqual([]);
  });

  it('ends a response at death when the patient dies still responding', () => {
    const deadly = {
      ...smallStudy,
      death_hazard: 5,
      ttr: { distribution: 'exponential', median: 0.001 },
    } as const;
    const latent = drawLatentStudy(deadly, { rng: chunkRng('d', 0) });
    const lanes = responseLanes(deadly, { seed: 'd' });
    const cut = latent.filter(
      (p) => p.onsetWk !== null && p.deathWk >= p.onsetWk && p.deathWk < p.lossWk!,
    );
    expect(cut.length).toBeGreaterThan(0);
    const ends = lanes.map((l) => l.end);
    for (const p of cut) expect(ends).toContainEqual(p.entryWk + p.deathWk);
  });
});
