import { describe, expect, it } from 'vitest';
import seedrandom from 'seedrandom';
import { blankPatient } from '../../src/engine/blankPatient';
import { RESPONSE_GRADES, type Cohort, type Patient } from '../../src/engine/cohort';
import { OPTIONAL_COLUMNS } from '../../src/io/columns';
import {
  DETAIL_LIMIT,
  LANE_WINDOW,
  MAX_LANES,
  laneWindowFor,
  swimmerGeometry,
  type SwimmerGeometry,
  type SwimmerOptions,
} from '../../src/charts/swimmer/geometry';
import { dodge } from '../../src/charts/swimmer/dodge';
import { LANE_LAYOUT } from '../../src/charts/swimmer/laneMarks';
import { legendItems } from '../../src/charts/swimmer/legendItems';
import { markerShape, type MarkerKind } from '../../src/charts/swimmer/markerShape';
import { timeAxis } from '../../src/charts/swimmer/timeAxis';
import { hlhCohort } from '../helpers/hlhCohort';
import { sixPatients } from './sixPatients';
import { reconstructionToCohort } from '../../src/engine/kmfigure/reconstructionToCohort';

const options: SwimmerOptions = { sort: 'id', responders: RESPONSE_GRADES, width: 800 };
const lane = (g: SwimmerGeometry, id: string) => g.lanes.find((l) => l.patient.id === id)!;
const TRACK: MarkerKind[] = ['gc-halved', 'fever-resolved', 'sae', 'sae-untimed'];

/**
 * A seeded cohort of n patients with every column and crowded early events (responses, CR,
 * glucocorticoid halving, fever and adverse events within the first weeks), as a busy study has.
 */
function crowdedCohort(n: number, seed = `crowded-${n}`): Cohort {
  const rng = seedrandom(seed);
  const half = (v: number) => Math.round(v * 2) / 2;
  const patients: Patient[] = Array.from({ length: n }, (_, i) => {
    const u = rng();
    const code = u < 0.3 ? 'CR' : u < 0.7 ? 'PR' : u < 0.8 ? 'IMP' : u < 0.95 ? 'NR' : 'NE';
    const responder = code === 'CR' || code === 'PR' || code === 'IMP';
    const followupWk = half(2 + rng() * 38);
    const responseWk = responder ? Math.min(followupWk, half(0.5 + rng() * 2)) : null;
    const crWk =
      code === 'CR' && rng() < 0.5 ? Math.min(followupWk, half(responseWk! + rng())) : null;
    const lossWk =
      responder && rng() < 0.3
        ? Math.min(followupWk, half((crWk ?? responseWk!) + rng() * 6))
        : null;
    const sae = rng() < 0.2;
    return blankPatient({
      id: `P${String(i + 1).padStart(4, '0')}`,
      bestResponse: code,
      responseWk,
      crWk,
      lossWk,
      deathWk: rng() < 0.15 ? followupWk : null,
      followupWk,
      feverBaseline: true,
      feverResolvedWk: Math.min(followupWk, half(0.5 + rng())),
      gcHalvedWk: Math.min(followupWk, half(0.5 + rng())),
      saeRelated: sae,
      saeWk: sae && rng() < 0.5 ? Math.min(followupWk, half(rng() * 2)) : null,
    });
  });
  return { name: `crowded ${n}`, source: 'test', patients, columns: [...OPTIONAL_COLUMNS] };
}

/** Every mark of every lane drawn in detail lies inside that lane's band (symbol, stroke, halo). */
function expectMarksInBands(g: SwimmerGeometry) {
  const outside: string[] = [];
  for (const l of g.lanes) {
    const [top, bottom] = [l.top, l.top + g.step];
    const inBand = (y0: number, y1: number) => y0 >= top - 1e-6 && y1 <= bottom + 1e-6;
    for (const m of l.markers) {
      if (!inBand(m.y - m.r, m.y + m.r)) {
        outside.push(`${l.patient.id} ${m.kind} at y ${m.y} ± ${m.r} outside ${top}–${bottom}`);
      }
    }
    if (!inBand(l.y - l.bar / 2, l.y + l.bar / 2)) outside.push(`${l.patient.id} bar`);
  }
  expect(outside).toEqual([]);
}

/** No two marks of a lane's row overlap: marks at equal or near times are offset. */
function expectNoOverlap(g: SwimmerGeometry) {
  const overlaps: string[] = [];
  for (const l of g.lanes) {
    const rows = new Map<number, typeof l.markers>();
    for (const m of l.markers) rows.set(m.y, [...(rows.get(m.y) ?? []), m]);
    for (const row of rows.values()) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      sorted.slice(1).forEach((m, i) => {
        const prev = sorted[i];
        if (m.x - prev.x < m.r + prev.r - 0.02) {
          overlaps.push(`${l.patient.id}: ${prev.kind} at ${prev.x} and ${m.kind} at ${m.x}`);
        }
      });
    }
  }
  expect(overlaps).toEqual([]);
}

describe('swimmerGeometry: the lanes', () => {
  const g = swimmerGeometry(sixPatients, options);

  it('draws one lane per patient, top to bottom in sort order, one band each', () => {
    expect(g.lanes.map((l) => l.patient.id)).toEqual([
      '<script>alert(1)</script>',
      'P01',
      'P02',
      'P03',
      'P04',
      'P10',
    ]);
    g.lanes.forEach((l, i) => {
      expect(l.top).toBeCloseTo(g.step * i, 2);
      expect(l.y).toBeCloseTo(l.top + LANE_LAYOUT.barY * g.step, 2);
    });
  });

  it('puts events on the bar, treatment and supportive events on the track above it', () => {
    const p02 = lane(g, 'P02');
    expect(p02.markers.map((m) => [m.kind, m.week, m.y])).toEqual([
      ['gc-halved', 3, p02.top + LANE_LAYOUT.trackY * g.step],
      ['response-PR', 2, p02.y],
      ['cr', 6, p02.y],
      ['ongoing', 10, p02.y],
    ]);
    expect(lane(g, 'P01').markers.map((m) => m.kind)).toEqual([
      'gc-halved',
      'fever-resolved',
      'response-CR',
      'ongoing',
    ]);
    expect(lane(g, 'P04').markers.map((m) => m.kind)).toEqual(['response-IMP', 'death']);
    for (const l of g.lanes) {
      for (const m of l.markers) {
        if (m.kind !== 'ongoing' && m.week !== null) {
          expect(m.at).toBeCloseTo(g.frame.x(m.week), 1);
        }
        expect(m.y < l.y).toBe(TRACK.includes(m.kind));
      }
    }
  });

  it('draws a drug-related SAE at its week, or at the lane start when its week is not recorded', () => {
    const p10 = lane(g, 'P10');
    const sae = p10.markers.find((m) => m.kind === 'sae-untimed')!;
    expect(sae.week).toBeNull();
    expect(sae.x - sae.r).toBeGreaterThanOrEqual(0); // in the plot, never in the label gutter
    const timed = { ...sixPatients, patients: [{ ...sixPatients.patients[4], saeWk: 2 }] };
    const m = swimmerGeometry(timed, options).lanes[0].markers.find((k) => k.kind === 'sae')!;
    expect(m.week).toBe(2);
    expect(m.at).toBeCloseTo(swimmerGeometry(timed, options).frame.x(2), 1);
  });

  it('ends each lane with its status: ongoing response, death, or alive without response', () => {
    expect(g.lanes.map((l) => [l.patient.id, l.status])).toEqual([
      ['<script>alert(1)</script>', 'ongoing'],
      ['P01', 'ongoing'],
      ['P02', 'ongoing'],
      ['P03', 'lost'],
      ['P04', 'died'],
      ['P10', 'censored'],
    ]);
    const arrow = lane(g, 'P01').markers.find((m) => m.kind === 'ongoing')!;
    expect(arrow.x - arrow.r).toBeCloseTo(g.frame.x(12), 1);
    expect(lane(g, 'P03').markers.map((m) => m.kind)).toContain('censored');
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

  it('leaves lanes of patients outside the responder set in the no-response state', () => {
    const strict = swimmerGeometry(sixPatients, { ...options, responders: ['CR'] });
    expect(lane(strict, 'P03').segments.map((s) => s.state)).toEqual(['before']);
    expect(lane(strict, 'P03').status).toBe('lost');
  });

  it('draws lanes from visit assessments as sequences of assessed states', () => {
    const assessments = new Map([
      [
        'P03',
        [
          { week: 1, response: 'PR' as const },
          { week: 2, response: 'PR' as const },
          { week: 3, response: 'PD' as const },
        ],
      ],
    ]);
    const visits = swimmerGeometry(sixPatients, { ...options, assessments });
    const x = (w: number) => Math.round(visits.frame.x(w) * 100) / 100;
    expect(lane(visits, 'P03').segments).toEqual([
      { state: 'before', x0: x(0), x1: x(1) },
      { state: 'PR', x0: x(1), x1: x(3) },
      { state: 'PD', x0: x(3), x1: x(8) },
    ]);
    // Patients without assessments keep the course.
    expect(lane(visits, 'P01').segments.map((s) => s.state)).toEqual(['before', 'response']);
    expect(visits.legend.items.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['before', 'PR', 'PD']),
    );
  });
});

describe('swimmerGeometry: every mark inside its own lane band, none hiding another', () => {
  it.each([
    ['the 18-patient built-in cohort', hlhCohort()],
    ['6 hand-made patients', sixPatients],
    ['40 crowded patients', crowdedCohort(40)],
    ['150 crowded patients', crowdedCohort(150)],
  ])('%s', (_, cohort) => {
    for (const timeScale of ['linear', 'sqrt'] as const) {
      for (const timeWindow of [null, [0, 3] as [number, number]]) {
        const g = swimmerGeometry(cohort, { ...options, sort: 'followup', timeScale, timeWindow });
        expect(g.lanes).toHaveLength(cohort.patients.length);
        expectMarksInBands(g);
        expectNoOverlap(g);
      }
    }
  });

  it.each([500, 2000])('%i crowded patients: the window of detail and the overview', (n) => {
    const cohort = crowdedCohort(n);
    for (const laneWindow of [null, [n - 60, n] as [number, number]]) {
      const g = swimmerGeometry(cohort, { ...options, laneWindow });
      expect(g.overview).not.toBeNull();
      expect(g.lanes.length).toBeLessThanOrEqual(LANE_WINDOW.max);
      expect(g.detail).toBe('full');
      expectMarksInBands(g);
      expectNoOverlap(g);
      // The detail starts below the overview.
      expect(Math.min(...g.lanes.map((l) => l.top))).toBeGreaterThan(g.overview!.height);
    }
  });

  it('at 18 patients the early crowd of markers is offset, not stacked', () => {
    const g = swimmerGeometry(hlhCohort(), { ...options, sort: 'followup' });
    const moved = g.lanes.flatMap((l) => l.markers).filter((m) => Math.abs(m.x - m.at) > 0.01);
    expect(moved.length).toBeGreaterThan(0);
    expect(Math.max(...moved.map((m) => Math.abs(m.x - m.at)))).toBeLessThan(2 * 26 * 0.3);
  });
});

describe('swimmerGeometry: sizes', () => {
  it(`draws every lane up to ${DETAIL_LIMIT} patients, thin lanes as ticks without the event track`, () => {
    const g = swimmerGeometry(crowdedCohort(DETAIL_LIMIT), options);
    expect(g.overview).toBeNull();
    expect(g.strip).not.toBeNull();
    expect(g.lanes).toHaveLength(DETAIL_LIMIT);
    expect(g.detail).toBe('compact');
    expect(g.lanes.flatMap((l) => l.markers.map((m) => m.kind))).not.toContain('gc-halved');
    expect(g.legend.note).toMatch(/ticks/);
  });

  it('beyond, draws an overview of every patient and a window of lanes in full detail', () => {
    const g = swimmerGeometry(crowdedCohort(500), options);
    expect(g.overview!.row).toBeCloseTo(160 / 500, 2);
    expect(g.window).toEqual([0, LANE_WINDOW.initial]);
    expect(g.lanes.map((l) => l.index)).toEqual([...Array(LANE_WINDOW.initial).keys()]);
    // One path per state: a handful of elements, not one per patient.
    expect(Object.keys(g.overview!.paths).sort()).toEqual(['after', 'before', 'response']);
    const rows = g.overview!.paths.before!.match(/M/g)!.length;
    expect(rows).toBe(500);
  });

  it('keeps the window of lanes inside the order and between its bounds', () => {
    expect(laneWindowFor(100, [20, 30])).toEqual([0, 100]);
    expect(laneWindowFor(2000, null)).toEqual([0, 40]);
    expect(laneWindowFor(2000, [1990, 2100])).toEqual([1940, 2000]);
    expect(laneWindowFor(2000, [0, 400])).toEqual([0, 60]);
    expect(laneWindowFor(2000, [10, 11])).toEqual([10, 15]);
    expect(laneWindowFor(2000, [-5, 35])).toEqual([0, 40]);
  });

  it(`draws at most ${MAX_LANES} patients and says how many there were`, () => {
    const huge = swimmerGeometry(crowdedCohort(2500), options);
    expect(huge.shown).toBe(MAX_LANES);
    expect(huge.total).toBe(2500);
    expect(huge.order).toHaveLength(MAX_LANES);
  });
});

describe('swimmerGeometry: groups', () => {
  it('splits lanes by a grouping with a labelled, coloured header each', () => {
    const g = swimmerGeometry(sixPatients, { ...options, grouping: { by: 'sex' } });
    expect(g.headers.map((h) => h.label)).toEqual(['Female: 3', 'Male: 1', 'Sex not recorded: 2']);
    expect(g.lanes.map((l) => l.patient.sex)).toEqual(['F', 'F', 'F', 'M', null, null]);
    expect(new Set(g.lanes.map((l) => l.groupColour)).size).toBe(3);
    expect(g.headers[1].y).toBeLessThan(g.lanes[3].top);
    expect(g.headers[1].y).toBeGreaterThan(g.lanes[2].top + g.step);
    expectMarksInBands(g);
  });

  it('groups by best response in the order CR, PR, IMP, NR', () => {
    const g = swimmerGeometry(sixPatients, { ...options, sort: 'dor', groupByResponse: true });
    expect(g.headers.map((h) => h.label)).toEqual([
      'Complete response (CR): 2',
      'Partial response (PR): 2',
      'Improvement (IMP): 1',
      'No response (NR): 1',
    ]);
  });

  it('colours lanes by group and keeps the sorted order', () => {
    const g = swimmerGeometry(sixPatients, {
      ...options,
      grouping: { by: 'age', cuts: [40] },
      groupMode: 'colour',
    });
    expect(g.headers).toEqual([]);
    expect(g.lanes.map((l) => l.patient.id)).toEqual(
      swimmerGeometry(sixPatients, options).lanes.map((l) => l.patient.id),
    );
    expect(g.legend.items.filter((i) => i.kind === 'group').map((i) => i.label)).toEqual([
      'Age < 40: 2',
      'Age ≥ 40: 2',
      'Age not recorded: 2',
    ]);
  });

  it('says why a grouping cannot be used and draws the lanes ungrouped', () => {
    const many = crowdedCohort(20);
    many.patients.forEach((p, i) => (p.extra = { site: `S${i}` }));
    const g = swimmerGeometry(many, { ...options, grouping: { by: 'extra', column: 'site' } });
    expect(g.groupError).toMatch(/20 distinct values/);
    expect(g.lanes).toHaveLength(20);
  });
});

describe('timeAxis', () => {
  it('zooms to a window of weeks and spaces weeks by their square root on request', () => {
    const a = timeAxis(38, { scale: 'sqrt', window: [0, 4], width: 600 });
    expect(a.domain).toEqual([0, 40]);
    expect(a.window).toEqual([0, 4]);
    expect(a.zoomed).toBe(true);
    expect(a.x(1)).toBeCloseTo(300, 5);
    expect(a.tickValues).toEqual([0, 0.25, 0.5, 1, 2, 3, 4]);
    expect(timeAxis(38, { scale: 'linear', window: [5, 5.1], width: 600 }).zoomed).toBe(false);
    expect(timeAxis(38, { scale: 'linear', window: [30, 90], width: 600 }).window).toEqual([
      30, 40,
    ]);
  });
});

describe('dodge', () => {
  it('keeps marks where they are when they do not touch', () => {
    expect(
      dodge([
        { at: 0, r: 2 },
        { at: 10, r: 2 },
      ]),
    ).toEqual([0, 10]);
  });

  it('moves marks at equal times apart, centred on their time', () => {
    expect(
      dodge([
        { at: 10, r: 4 },
        { at: 10, r: 4 },
      ]),
    ).toEqual([5.75, 14.25]);
    const three = dodge([
      { at: 10, r: 3 },
      { at: 10, r: 3 },
      { at: 10.5, r: 3 },
    ]);
    expect(three[1] - three[0]).toBeCloseTo(6.5, 6);
    expect(three[2] - three[1]).toBeCloseTo(6.5, 6);
  });

  it('never moves a group back onto the group before it', () => {
    const x = dodge([
      { at: 0, r: 3 },
      { at: 7, r: 3 },
      { at: 7, r: 3 },
    ]);
    expect(x[1] - x[0]).toBeGreaterThanOrEqual(6.5 - 1e-9);
  });
});

describe('markerShape: one symbol set', () => {
  const KINDS: MarkerKind[] = [
    'response-CR',
    'response-PR',
    'response-IMP',
    'cr',
    'loss',
    'death',
    'gc-halved',
    'fever-resolved',
    'sae',
    'sae-untimed',
    'ongoing',
    'censored',
  ];

  it.each(KINDS)('%s fits its square, halo and stroke included', (kind) => {
    for (const r of [2, 5.2, 7.54]) {
      const shape = markerShape(kind, r);
      const coords = [...shape.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)|A([\d.]+)/g)].flatMap((m) =>
        m[3] ? [Number(m[3])] : [Number(m[1]), Number(m[2])],
      );
      const reach = Math.max(...coords.map(Math.abs)) + Math.max(shape.halo, shape.strokeWidth) / 2;
      expect(reach).toBeLessThanOrEqual(r + 0.01);
    }
  });

  it('gives every kind its own shape or paint', () => {
    const looks = KINDS.map((k) => {
      const s = markerShape(k, 6);
      return `${s.d} ${s.fill} ${s.stroke}`;
    });
    expect(new Set(looks).size).toBe(KINDS.length);
  });
});

describe('legendItems', () => {
  it('lists the states and only the markers that appear, then the groups', () => {
    const kinds = legendItems([], 800, {
      present: new Set(['response-PR', 'death', 'ongoing']),
      states: new Set(['before', 'response']),
      assessed: false,
      groups: [],
    }).items.map((i) => i.kind);
    expect(kinds).toEqual(['before', 'response', 'response-PR', 'death', 'ongoing']);
  });

  it('speaks of follow-up, not response, for a cohort rebuilt from a survival figure', () => {
    const rebuilt = reconstructionToCohort(
      [
        { time: 2, event: true },
        { time: 5, event: false },
      ],
      { endpoint: 'os', unit: 'weeks' },
    );
    const labels = swimmerGeometry(rebuilt, options).legend.items.map((i) => i.label);
    expect(labels).toEqual([
      'Followed (response not recorded)',
      'Death',
      'Alive at last follow-up',
    ]);
    // A cohort that records response keeps its words.
    const hlh = swimmerGeometry(hlhCohort(), options).legend.items.map((i) => i.label);
    expect(hlh).toContain('Before response / none');
  });

  it('wraps into rows that fit the width', () => {
    const { items, height } = legendItems(sixPatients.columns, 400, {
      present: new Set(['response-PR', 'loss', 'death', 'gc-halved', 'sae-untimed']),
      states: new Set(['before', 'response', 'after']),
      assessed: false,
      groups: [],
    });
    for (const item of items) expect(item.x + 24 + item.label.length * 7).toBeLessThan(400 + 60);
    expect(height).toBeGreaterThan(20);
  });
});
