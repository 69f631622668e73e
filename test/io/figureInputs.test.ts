/**
 * What a user types or drops for a Kaplan–Meier figure, read as a specification: lists of
 * numbers, the at-risk row with n and the events, the axis calibration, and the image's format.
 */
import { describe, expect, it } from 'vitest';
import { imageKind } from '../../src/io/imageKind.ts';
import { readAtRiskInput } from '../../src/io/readAtRiskInput.ts';
import { EMPTY_AXES, readCalibration, type AxesInput } from '../../src/io/readCalibration.ts';
import { readNumberList } from '../../src/io/readNumberList.ts';

describe('readNumberList', () => {
  it('reads a row as printed or pasted: spaces, tabs, commas, semicolons or new lines', () => {
    expect(readNumberList(' 0  20\t40,60;80\n100 ', { name: 'Times' })).toEqual({
      ok: true,
      values: [0, 20, 40, 60, 80, 100],
    });
    expect(readNumberList('', { name: 'Times' })).toEqual({ ok: true, values: [] });
    expect(readNumberList('1.5 .5 -2 1e2', { name: 'Times' })).toEqual({
      ok: true,
      values: [1.5, 0.5, -2, 100],
    });
  });

  it('names the list, the entry and its text when an entry is not allowed', () => {
    expect(readNumberList('0 2o 40', { name: 'At-risk times' })).toEqual({
      ok: false,
      message: 'At-risk times: entry 2 ("2o") is not a number (use a decimal point, e.g. 12.5).',
    });
    expect(readNumberList('11 7.5', { name: 'Numbers at risk', whole: true })).toEqual({
      ok: false,
      message: 'Numbers at risk: entry 2 ("7.5") is not a whole number ≥ 0.',
    });
    expect(readNumberList('11 -1', { name: 'Numbers at risk', whole: true }).ok).toBe(false);
    expect(readNumberList('1,5', { name: 'Times' })).toEqual({ ok: true, values: [1, 5] });
  });
});

describe('readAtRiskInput', () => {
  const input = { times: '0 20 40', counts: '11 7 3', n: '', events: '' };

  it('pairs each time with its number, and reads n and the total events when given', () => {
    expect(readAtRiskInput(input)).toEqual({
      ok: true,
      atRisk: [
        { time: 0, n: 11 },
        { time: 20, n: 7 },
        { time: 40, n: 3 },
      ],
      n: undefined,
      totalEvents: null,
    });
    expect(readAtRiskInput({ times: '', counts: '', n: ' 12 ', events: '0' })).toEqual({
      ok: true,
      atRisk: [],
      n: 12,
      totalEvents: 0,
    });
  });

  it('says which field is wrong, every field at once', () => {
    const read = readAtRiskInput({ times: '0 x', counts: '11 7 3', n: '0', events: 'many' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      {
        field: 'times',
        message: 'At-risk times: entry 2 ("x") is not a number (use a decimal point, e.g. 12.5).',
      },
      {
        field: 'n',
        message: 'n (patients at time 0) must be a whole number of at least 1; got "0".',
      },
      {
        field: 'events',
        message: 'The total events must be a whole number of at least 0; got "many".',
      },
    ]);
    expect(readAtRiskInput({ ...input, counts: '11 7' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'counts',
          message: '3 at-risk times but 2 numbers at risk: give one number for each time.',
        },
      ],
    });
  });

  it('leaves whether the table holds together to the reconstruction', () => {
    // Increasing numbers and a table above n are the engine's to refuse (atRiskTable).
    expect(readAtRiskInput({ ...input, counts: '3 7 11' }).ok).toBe(true);
  });
});

describe('readCalibration', () => {
  const aml: AxesInput = {
    ...EMPTY_AXES,
    x1: { pixel: '90.49', value: '0' },
    x2: { pixel: '521.13', value: '150' },
    y1: { pixel: '317.45', value: '0' },
    y2: { pixel: '53.75', value: '1' },
  };

  it('calibrates from two points on each axis', () => {
    const read = readCalibration(aml);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.calibration.x.scale).toBeCloseTo(150 / (521.13 - 90.49), 12);
    expect(read.calibration.percent).toBe(false);
    const percent = readCalibration({ ...aml, y2: { pixel: '53.75', value: '100' } });
    expect(percent.ok && percent.calibration.percent).toBe(true);
    const said = readCalibration({ ...aml, yPercent: 'percent' });
    expect(said.ok && said.calibration.percent).toBe(true);
  });

  it('lists what is still to give, and names an entry that is not a number', () => {
    expect(readCalibration({ ...EMPTY_AXES, x1: { pixel: '90', value: '0' } })).toEqual({
      ok: false,
      missing: true,
      message: 'Still to give: x₂ (pixel and value), y₁ (pixel and value), y₂ (pixel and value).',
    });
    expect(readCalibration({ ...aml, x2: { pixel: '521', value: '15o' } })).toEqual({
      ok: false,
      missing: false,
      message: 'x₂ value: "15o" is not a number.',
    });
  });

  it('refuses equal points, equal values and a log axis through 0, naming the axis', () => {
    const message = (axes: AxesInput) => {
      const read = readCalibration(axes);
      return read.ok ? null : read.message;
    };
    expect(message({ ...aml, x2: { pixel: '90.49', value: '150' } })).toBe(
      'X axis: the two clicks must be at least one pixel apart, got 90.49 and 90.49.',
    );
    expect(message({ ...aml, y2: { pixel: '53.75', value: '0' } })).toBe(
      'Y axis: the two clicks must have different values, got 0 twice.',
    );
    expect(message({ ...aml, xLog: true })).toBe(
      'X axis is logarithmic: values must be above 0, got 0.',
    );
  });
});

describe('imageKind', () => {
  it('tells PNG and JPEG from their first bytes, and nothing else', () => {
    expect(imageKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe(
      'png',
    );
    expect(imageKind(new Uint8Array([0xff, 0xd8, 0xff, 0xdb]))).toBe('jpeg');
    expect(imageKind(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(imageKind(new TextEncoder().encode('time,survival\n'))).toBeNull();
    expect(imageKind(new Uint8Array([0x89, 0x50]))).toBeNull();
  });
});
