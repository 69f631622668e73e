import { describe, expect, it } from 'vitest';
import { RESPONSE_GRADES, type Cohort, type Patient } from '../../src/engine/cohort';
import { MAX_LANES, swimmerGeometry, type SwimmerOptions } from '../../src/charts/swimmer/geometry';
import { legendItems } from '../../src/charts/swimmer/legendItems';
import { sixPatients } from './sixPatients';

const options: SwimmerOptions = {
  sort: 'id',
  groupByResponse: false,
  responders: RESPONSE_GRADES,
  width: 800,
};
const lane = (g: ReturnType<typeof swimmerGeometry>, id: string) =>
  g.lanes.find((l) => l.patient.id === id)!;

/** n copies of a simple responder, ids S0001…, follow-up varying from 1 to 20 weeks. */
function bigCohort(n: number): Cohort {
  const patients: Patient[] = Array.from({ length: n }, (_, i) => ({
    ...sixPatients.patients[0],
    id: `S${String(i + 1).padStart(4, '0')}`,
    followupWk: 1 + (i % 20),
    responseWk: 0.5,
    crWk: null,
  }));
  return { ...sixPatients, patients };
}

describe('swimmerGeometry', () => {
  const g = swimmerGeometry(sixPatients, options);

  it('draws one lane per patient, top to bottom in sort order, one step apart', () => {
    expect(g.lanes.map((l) => l.patient.id)).toEqual([
      '<script>alert(1)</script>',
      'P01',
      'P02',
      'P03',
      'P04',
      'P10',
    ]);
    g.lanes.forEach((l, i) => expect(l.y).toBeCloseTo(g.step * (i + 0.5), 2));
  });

  it('places every marker at the scaled week', () => {
    for (const l of g.lanes) {
      for (const m of l.markers) {
        if (m.week !== null) expect(m.x).toBeCloseTo(g.frame.x(m.week), 2);
      }
    }
    const p02 = lane(g, 'P02').markers.map((m) => [m.kind, m.week]);
    expect(p02).toEqual([
      ['gc-halved', 3],
      ['response-PR', 2],
      ['cr', 6],
    ]);
    expect(lane(g, 'P01').markers.map((m) => m.kind)).toEqual([
      'gc-halved',
      'fever-resolved',
      'response-CR',
    ]);
    expect(lane(g, 'P04').markers.map((m) => m.kind)).toEqual(['response-IMP', 'death']);
    expect(lane(g, 'P10').markers.map((m) => m.kind)).toEqual(['sae']);
  });

  it('colours the lane before response, in response and after loss of response', () => {
    const x = (w: number) => Math.round(g.frame.x(w) * 100) / 100;
    expect(lane(g, 'P03').segments).toEqual([
      { state: 'before', x0: x(0), x1: x(1) },
      { state: 'response', x0: x(1), x1: x(3) },
      { state: 'after', x0: x(3), x1: x(8) },
    ]);
    expect(lane(g, 'P10').segments).toEqual([{ state: 'before', x0: 0, x1: x(5) }]);
  });

  it('draws an arrow only after a response still ongoing at last follow-up', () => {
    const withArrow = g.lanes.filter((l) => l.arrow).map((l) => l.patient.id);
    expect(withArrow).toEqual(['<script>alert(1)</script>', 'P01', 'P02']);
    expect(lane(g, 'P01').arrow!.x).toBeGreaterThan(g.frame.x(12));
  });

  it('groups by best response in the order CR, PR, IMP, NR with a labelled header each', () => {
    const grouped = swimmerGeometry(sixPatients, { ...options, groupByResponse: true });
    expect(grouped.groups.map((gr) => gr.label)).toEqual([
      'Complete response (CR): 2',
      'Partial response (PR): 2',
      'Improvement (IMP): 1',
      'No response (NR): 1',
    ]);
    expect(grouped.lanes.map((l) => l.patient.bestResponse)).toEqual([
      'CR',
      'CR',
      'PR',
      'PR',
      'IMP',
      'NR',
    ]);
    // Each group's header sits above its first lane.
    expect(grouped.groups[1].y).toBeLessThan(grouped.lanes[2].top);
    expect(grouped.groups[1].y).toBeGreaterThan(grouped.lanes[1].top + grouped.step);
  });

  it('leaves lanes of patients outside the responder set in the no-response state', () => {
    const strict = swimmerGeometry(sixPatients, { ...options, responders: ['CR'] });
    expect(lane(strict, 'P03').segments.map((s) => s.state)).toEqual(['before']);
    expect(lane(strict, 'P03').arrow).toBeNull();
  });

  it('shrinks lanes and simplifies markers at 500 patients', () => {
    const big = swimmerGeometry(bigCohort(500), options);
    expect(big.lanes).toHaveLength(500);
    expect(big.detail).toBe('compact');
    expect(big.step).toBeGreaterThanOrEqual(2);
    expect(big.step).toBeLessThan(g.step);
    expect(big.lanes.flatMap((l) => l.markers.map((m) => m.kind))).not.toContain('gc-halved');
  });

  it(`draws at most ${MAX_LANES} lanes and says how many there were`, () => {
    const huge = swimmerGeometry(bigCohort(2500), options);
    expect(huge.shown).toBe(MAX_LANES);
    expect(huge.total).toBe(2500);
    expect(huge.lanes).toHaveLength(MAX_LANES);
  });
});

describe('legendItems', () => {
  it('leaves out markers for optional columns the cohort does not record', () => {
    const kinds = legendItems([], 800).items.map((i) => i.kind);
    expect(kinds).toEqual([
      'before',
      'response',
      'response-CR',
      'response-PR',
      'response-IMP',
      'arrow',
    ]);
  });

  it('wraps into rows that fit the width', () => {
    const { items, height } = legendItems(sixPatients.columns, 400);
    expect(Math.max(...items.map((i) => i.x))).toBeLessThan(400);
    expect(height).toBe(Math.ceil(items.length / 2) * 20);
  });
});
