import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { AxisClick } from '../engine/digitise/calibrateAxes.ts';
import type { KmPoint } from '../engine/digitise/rgbaImage.ts';
import type { AtRisk } from '../engine/kmfigure/atRiskTable.ts';
import type { KmEndpoint } from '../engine/kmfigure/reconstructionToCohort.ts';
import { TIME_UNITS, type TimeUnit } from '../engine/kmfigure/timeUnit.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { numberOption } from './numberOption.ts';
import { parseArgs } from './parseArgs.ts';
import { readInputFile } from './readInputFile.ts';

const help = `Usage: cohortscope reconstruct-km POINTS.csv --n N [options]
       cohortscope reconstruct-km --image FIGURE.png --calibrate X1PX:X1,X2PX:X2,Y1PX:Y1,Y2PX:Y2
                     (--colour #RRGGBB | --click XPX,YPX) --n N [options]

Reconstructs individual patients from a published Kaplan–Meier curve with Guyot et al.'s
algorithm (2012), given the numbers at risk under the figure and, when known, the total events.
POINTS.csv holds the digitised curve: a time,survival CSV, or WebPlotDigitizer's header-less
export (comma or tab, decimal points); survival as a proportion or a percentage (detected).
With --image, the curve is read off a PNG or JPEG instead: calibrate each axis with two pixel
positions and their values (pixels from the image's top-left), and give the curve's colour or a
pixel on it. The points are cleaned (sorted, never increasing, from (0, 1), inside the axes).

Options:
  --n N            patients at time 0 (needed unless --at-risk starts at time 0)
  --at-risk LIST   published numbers at risk, TIME:N pairs, e.g. 0:50,10:31,20:12
  --events E       total number of events reported in the paper
  --endpoint E     what the figure shows, for --out: dor (default), ttr or os
  --unit U         time unit of the figure: weeks (default), months or days
  --onset W        week each response began, for a DOR figure (default 0)
  --out FILE.csv   also write the patients as a cohort file (times in weeks): for dor,
                   responders with loss of response at their event times; for ttr, responders
                   at their event times and censored non-responders; for os, deaths
  --image FILE     digitise this PNG or JPEG figure instead of reading POINTS.csv
  --calibrate C    with --image: x1px:x1,x2px:x2,y1px:y1,y2px:y2
  --colour C       with --image: the curve's colour, #RRGGBB
  --click X,Y      with --image: a pixel on the curve, whose colour is taken
  --tolerance T    with --image: colour distance allowed, CIELAB ΔE (default 20)

Output (json, stdout): { patients: [{ time, event }] in the figure's unit, diagnostics: {
  max_abs_diff, max_abs_diff_at, median, median_digitised, events, events_published,
  at_risk: [{ time, published, reconstructed }] }, points, notes, warnings }. max_abs_diff is
the largest vertical distance between the reconstructed and the digitised curve; median and
events are the reconstruction's (median null = not reached).
Bad arguments or a refused file exit with status 2 and one line on stderr.
`;

const ENDPOINTS: readonly KmEndpoint[] = ['dor', 'ttr', 'os'];

/** Reads `--at-risk 0:50,10:31`: TIME:N pairs. */
function atRiskOption(text: string | undefined): AtRisk[] | undefined {
  if (text === undefined) return undefined;
  return text.split(',').map((pair) => {
    const m = /^\s*([^:\s]+)\s*:\s*([^:\s]+)\s*$/.exec(pair);
    const time = Number(m?.[1]);
    const n = Number(m?.[2]);
    if (!m || !Number.isFinite(time) || !Number.isInteger(n)) {
      throw new UsageError(`--at-risk: "${pair}" is not TIME:N (e.g. 0:50,10:31,20:12)`);
    }
    return { time, n };
  });
}

/** Reads `--calibrate x1px:x1,x2px:x2,y1px:y1,y2px:y2`. */
function calibrateOption(text: string | undefined): {
  x: [AxisClick, AxisClick];
  y: [AxisClick, AxisClick];
} {
  if (text === undefined) {
    throw new UsageError('--image needs --calibrate x1px:x1,x2px:x2,y1px:y1,y2px:y2');
  }
  const clicks = text.split(',').map((pair) => {
    const [pixel, value] = pair.split(':').map((s) => (s.trim() === '' ? NaN : Number(s)));
    if (!Number.isFinite(pixel) || !Number.isFinite(value) || pair.split(':').length !== 2) {
      throw new UsageError(`--calibrate: "${pair}" is not PIXEL:VALUE`);
    }
    return { pixel, value };
  });
  if (clicks.length !== 4) {
    throw new UsageError(
      `--calibrate needs 4 PIXEL:VALUE pairs (two per axis), got ${clicks.length}`,
    );
  }
  return { x: [clicks[0], clicks[1]], y: [clicks[2], clicks[3]] };
}

function choice<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

async function readPoints(file: string): Promise<KmPoint[]> {
  const text = await readInputFile(file, 'utf8');
  const { parseKmPoints } = await import('../io/parseKmPoints.ts');
  const { formatIssue } = await import('../io/issue.ts');
  const parsed = parseKmPoints(text, { fileName: basename(file) });
  if (!parsed.ok) throw new UsageError(parsed.issues.map((i) => formatIssue(i, 'cli')).join('; '));
  return parsed.points;
}

async function digitise(options: Record<string, string>): Promise<KmPoint[]> {
  const clicks = calibrateOption(options.calibrate);
  if ((options.colour === undefined) === (options.click === undefined)) {
    throw new UsageError(
      '--image needs either --colour #RRGGBB or --click X,Y (a pixel on the curve)',
    );
  }
  const tolerance = numberOption(options, 'tolerance', { fallback: 20, min: 1, max: 100 });
  const { calibrateAxes, extractCurve, pickInk, rgbColour } =
    await import('../engine/digitise/index.ts');
  const { readImage } = await import('./readImage.ts');
  const image = await readImage(options.image);
  let calibration;
  try {
    calibration = calibrateAxes(clicks);
  } catch (error) {
    throw new UsageError(`--calibrate: ${(error as Error).message}`);
  }
  try {
    let colour: string;
    if (options.click !== undefined) {
      const [x, y] = options.click.split(',').map(Number);
      if (!Number.isFinite(x) || !Number.isFinite(y) || options.click.split(',').length !== 2) {
        throw new UsageError(`--click: "${options.click}" is not X,Y`);
      }
      colour = pickInk(image, { x, y });
    } else {
      try {
        rgbColour(options.colour);
      } catch {
        throw new UsageError(`--colour must be #RRGGBB, got "${options.colour}"`);
      }
      colour = options.colour;
    }
    const extracted = extractCurve(image, { colour, calibration, tolerance });
    if (extracted.seen === 0 || extracted.points.length < 2) {
      throw new UsageError(
        `${options.image}: no curve of colour ${extracted.ink} found inside the calibrated axes`,
      );
    }
    return extracted.points;
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** `reconstruct-km POINTS.csv`: patients from a published Kaplan–Meier curve (Guyot et al. 2012). */
export const reconstructKmCommand: Command = {
  help,
  async run(args, io) {
    const { positionals, options } = parseArgs(args, {
      known: [
        'n',
        'at-risk',
        'events',
        'endpoint',
        'unit',
        'onset',
        'out',
        'image',
        'calibrate',
        'colour',
        'click',
        'tolerance',
      ],
    });
    const image = options.image !== undefined;
    if (image ? positionals.length !== 0 : positionals.length !== 1) {
      throw new UsageError(
        image
          ? `with --image, give no POINTS file (got ${positionals.join(', ')})`
          : `expected one POINTS.csv (or --image FILE), got ${positionals.length}`,
      );
    }
    for (const name of ['calibrate', 'colour', 'click', 'tolerance']) {
      if (!image && options[name] !== undefined)
        throw new UsageError(`--${name} goes with --image`);
    }
    const n =
      options.n === undefined
        ? undefined
        : numberOption(options, 'n', { fallback: 0, min: 1, max: 1_000_000, integer: true });
    const totalEvents =
      options.events === undefined
        ? null
        : numberOption(options, 'events', { fallback: 0, min: 0, integer: true });
    const atRisk = atRiskOption(options['at-risk']);
    const endpoint = choice('endpoint', options.endpoint, ENDPOINTS, 'dor');
    const unit = choice<TimeUnit>('unit', options.unit, TIME_UNITS, 'weeks');
    const onsetWk = numberOption(options, 'onset', { fallback: 0, min: 0 });
    if (n === undefined && !(atRisk && atRisk[0]?.time === 0)) {
      throw new UsageError(
        'give --n N (patients at time 0) or an --at-risk table starting at time 0',
      );
    }
    const raw = image ? await digitise(options) : await readPoints(positionals[0]);
    const { reconstructKmCurve, reconstructionToCohort } =
      await import('../engine/kmfigure/index.ts');
    let read;
    try {
      read = reconstructKmCurve(raw, { atRisk, n, totalEvents });
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    const { cleaned, reconstruction, diagnostics } = read;
    const output = {
      patients: reconstruction.patients,
      diagnostics: {
        max_abs_diff: diagnostics.maxAbsDiff,
        max_abs_diff_at: diagnostics.maxAbsDiffAt,
        median: diagnostics.median.reconstructed,
        median_digitised: diagnostics.median.digitised,
        events: diagnostics.events.reconstructed,
        events_published: diagnostics.events.published,
        at_risk: diagnostics.atRisk,
      },
      points: cleaned.points,
      notes: cleaned.notes,
      warnings: read.warnings,
    };
    if (options.out !== undefined) {
      const { cohortToCsv } = await import('../io/cohortToCsv.ts');
      const cohort = reconstructionToCohort(reconstruction.patients, { endpoint, unit, onsetWk });
      try {
        await writeFile(options.out, cohortToCsv(cohort));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(`${options.out}: cannot write (${code ?? 'error'})`);
      }
    }
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
    return 0;
  },
};
