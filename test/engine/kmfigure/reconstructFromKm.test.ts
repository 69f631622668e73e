import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanPoints } from '../../../src/engine/digitise/cleanPoints.ts';
import { kaplanMeier } from '../../../src/engine/kaplanMeier.ts';
import {
  atRiskTable,
  kmDiagnostics,
  reconstructFromKm,
  rRound,
  stepMedian,
} from '../../../src/engine/kmfigure/index.ts';

const pts = (...pairs: [number, number][]) => pairs.map(([time, survival]) => ({ time, survival }));

describe('reconstructFromKm (Guyot et al. 2012)', () => {
  it('puts the events at the drops and everyone else at the end without a table', () => {
    const { patients } = reconstructFromKm(pts([0, 1], [5, 1], [5, 0.5], [10, 0.5]), { n: 4 });
    expect(patients).toEqual([
      { time: 5, event: true },
      { time: 5, event: true },
      { time: 10, event: false },
      { time: 10, event: false },
    ]);
  });

  it('spreads censorings over an interval so the next number at risk is met', () => {
    // 10 patients, 4 at risk at 10. Censorings are spread evenly over (0, 10): at 2, 4, 6 and 8,
    // and the one at exactly 4 falls before the drop at 4 (bins are right-closed, as R's hist),
    // so 8 are at risk there: round(8 × 0.2) = 2 events and the curve steps to 0.75, not 0.8;
    // then 2 events among 4 at 12 (0.375).
    const points = pts([0, 1], [4, 1], [4, 0.8], [12, 0.8], [12, 0.4], [20, 0.4]);
    const atRisk = [
      { time: 0, n: 10 },
      { time: 10, n: 4 },
    ];
    const r = reconstructFromKm(points, { atRisk, totalEvents: 4 });
    expect(r.converged).toBe(true);
    expect(r.intervals).toEqual([
      { time: 0, published: 10, reconstructed: 10, events: 2, censored: 4 },
      { time: 10, published: 4, reconstructed: 4, events: 2, censored: 2 },
    ]);
    const km = kaplanMeier(r.patients);
    expect(km.survival.filter((_, i) => km.nEvent[i] > 0)).toEqual([0.75, 0.375]);
    // Censorings lie halfway between the digitised points around them.
    const censored = r.patients.filter((p) => !p.event).map((p) => p.time);
    expect(censored.slice(0, 4)).toEqual([2, 2, 7, 7]);
  });

  it('matches a published total of events by adjusting the last interval', () => {
    const points = pts([0, 1], [3, 1], [3, 0.9], [8, 0.9], [8, 0.7], [15, 0.7]);
    expect(reconstructFromKm(points, { n: 20 }).patients.filter((p) => p.event)).toHaveLength(6);
    const r = reconstructFromKm(points, { n: 20, totalEvents: 5 });
    expect(r.patients.filter((p) => p.event)).toHaveLength(5);
    expect(r.patients).toHaveLength(20);
  });

  it('uses no at-risk entry after the curve ends, and says so', () => {
    const r = reconstructFromKm(pts([0, 1], [5, 1], [5, 0.5], [10, 0.5]), {
      atRisk: [
        { time: 0, n: 4 },
        { time: 20, n: 0 },
      ],
    });
    expect(r.warnings).toEqual([
      "At-risk entries after the curve's last point (10) are not used: 20:0.",
    ]);
    expect(r.intervals).toHaveLength(1);
  });

  it('refuses points that were not cleaned and inconsistent options', () => {
    expect(() => reconstructFromKm(pts([1, 0.9]), { n: 5 })).toThrow(/start at \(0, 1\)/);
    expect(() => reconstructFromKm(pts([0, 1], [2, 0.5], [1, 0.4]), { n: 5 })).toThrow(/sorted/);
    expect(() => reconstructFromKm(pts([0, 1]), { n: 5, totalEvents: 6 })).toThrow(
      'total events must be a whole number from 0 to n (5), got 6',
    );
  });

  it('rounds halves to even, as R does', () => {
    expect([0.5, 1.5, 2.5, -2.5, 2.4, 2.6].map(rRound)).toEqual([0, 2, 2, -2, 2, 3]);
  });

  // Random Kaplan–Meier figures: patients with random times, their true corners and at-risk table.
  const cohort = fc.array(
    fc.record({ time: fc.integer({ min: 1, max: 60 }), event: fc.boolean() }),
    { minLength: 1, maxLength: 80 },
  );

  it('gives n patients, a Kaplan–Meier curve that never rises, the same every time (property)', () => {
    fc.assert(
      fc.property(cohort, fc.boolean(), fc.boolean(), (patients, withTable, withEvents) => {
        const km = kaplanMeier(patients);
        const corners = [{ time: 0, survival: 1 }];
        let level = 1;
        km.time.forEach((t, i) => {
          if (km.nEvent[i] > 0) {
            corners.push({ time: t, survival: level }, { time: t, survival: km.survival[i] });
            level = km.survival[i];
          }
        });
        corners.push({ time: km.time.at(-1)!, survival: level });
        const points = cleanPoints(corners, { percent: false }).points;
        const times = [0, 15, 30, 45];
        const options = {
          n: patients.length,
          atRisk: withTable
            ? times.map((t) => ({ time: t, n: patients.filter((p) => p.time >= t).length }))
            : undefined,
          totalEvents: withEvents ? km.events : null,
        };
        const a = reconstructFromKm(points, options);
        const b = reconstructFromKm(points, options);
        expect(a).toEqual(b);
        expect(a.patients).toHaveLength(patients.length);
        const rebuilt = kaplanMeier(a.patients);
        for (let i = 1; i < rebuilt.survival.length; i++) {
          expect(rebuilt.survival[i]).toBeLessThanOrEqual(rebuilt.survival[i - 1]);
        }
        for (const p of a.patients) {
          expect(p.time).toBeGreaterThanOrEqual(0);
          expect(p.time).toBeLessThanOrEqual(points.at(-1)!.time);
        }
      }),
      { seed: 2012, numRuns: 200 },
    );
  });
});

describe('atRiskTable', () => {
  it('puts n at time 0 first and refuses tables that cannot be right', () => {
    expect(atRiskTable([{ time: 10, n: 31 }], { n: 50 })).toEqual([
      { time: 0, n: 50 },
      { time: 10, n: 31 },
    ]);
    expect(() => atRiskTable([{ time: 10, n: 31 }])).toThrow(
      'the at-risk table starts at time 10: give n, the number at risk at time 0',
    );
    expect(() => atRiskTable([])).toThrow(/give n/);
    expect(() => atRiskTable([{ time: 0, n: 50 }], { n: 48 })).toThrow(
      'n (48) differs from the number at risk at time 0 (50)',
    );
    expect(() =>
      atRiskTable([
        { time: 0, n: 50 },
        { time: 10, n: 52 },
      ]),
    ).toThrow('numbers at risk cannot increase: 50 at 0 then 52 at 10');
    expect(() =>
      atRiskTable([
        { time: 0, n: 50 },
        { time: 0, n: 40 },
      ]),
    ).toThrow('at-risk times must increase: 0 then 0');
    expect(() => atRiskTable([{ time: 0, n: 2.5 }])).toThrow(
      /entry 1: the number at risk must be a whole number/,
    );
    expect(() => atRiskTable([], { n: 0 })).toThrow(
      'n must be a whole number of at least 1, got 0',
    );
  });
});

describe('kmDiagnostics and stepMedian', () => {
  it('compares the rebuilt curve with the digitised one, medians, events and numbers at risk', () => {
    const points = pts([0, 1], [4, 1], [4, 0.8], [12, 0.8], [12, 0.4], [20, 0.4]);
    const atRisk = [
      { time: 0, n: 10 },
      { time: 10, n: 4 },
    ];
    const r = reconstructFromKm(points, { atRisk, totalEvents: 4 });
    const d = kmDiagnostics(points, r, { atRisk, totalEvents: 4 });
    // The rounding of the events at 4 (see above) shows as 0.05 from 4 on.
    expect(d.maxAbsDiff).toBeCloseTo(0.05, 12);
    expect(d.maxAbsDiffAt).toBe(4);
    expect(d.median).toEqual({ digitised: 12, reconstructed: 12 });
    expect(d.events).toEqual({ reconstructed: 4, published: 4 });
    expect(d.atRisk).toEqual([
      { time: 0, published: 10, reconstructed: 10 },
      { time: 10, published: 4, reconstructed: 4 },
    ]);
  });

  it('finds the largest gap between two step functions, just before a step too', () => {
    // Digitised drop at 5, reconstructed one at 6 (a patient's event moved): 0.5 apart on [5, 6).
    const points = pts([0, 1], [5, 1], [5, 0.5], [10, 0.5]);
    const moved = {
      patients: [6, 6, 10, 10].map((time, i) => ({ time, event: i < 2 })),
      intervals: [],
      converged: true,
      warnings: [],
    };
    const d = kmDiagnostics(points, moved, { n: 4 });
    expect(d.maxAbsDiff).toBeCloseTo(0.5, 12);
    expect(d.maxAbsDiffAt).toBe(5);
  });

  it('takes the middle of a flat at exactly 0.5, as R does', () => {
    expect(stepMedian(pts([0, 1], [2, 1], [2, 0.5], [6, 0.5], [6, 0.25], [9, 0.25]))).toBe(4);
    expect(stepMedian(pts([0, 1], [2, 1], [2, 0.5], [6, 0.5]))).toBe(2);
    expect(stepMedian(pts([0, 1], [2, 0.6]))).toBeNull();
  });
});
