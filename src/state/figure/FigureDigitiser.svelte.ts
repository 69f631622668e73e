import type { Calibration } from '../../engine/digitise/calibrateAxes.ts';
import type { KmPoint, RgbaImage } from '../../engine/digitise/rgbaImage.ts';
import type { KmEndpoint } from '../../engine/kmfigure/reconstructionToCohort.ts';
import type { TimeUnit } from '../../engine/kmfigure/timeUnit.ts';
import { MAX_FIGURE_CURVES } from '../../engine/limits.ts';
import { decodeParams } from '../../io/params/decodeParams.ts';
import { writeParams } from '../../io/params/writeParams.ts';
import type { AtRiskInput } from '../../io/readAtRiskInput.ts';
import { readAtRiskInput } from '../../io/readAtRiskInput.ts';
import {
  EMPTY_AXES,
  readCalibration,
  type AxesInput,
  type AxisPointInput,
  type AxisPointName,
  type ReadCalibration,
} from '../../io/readCalibration.ts';
import { curveResult, type CurveResult } from './curveResult.ts';
import {
  curveParams,
  FIGURE_OPTION_PARAMS,
  FIGURE_PARAMS,
  MAX_AT_RISK_ENTRIES,
  MAX_LINK_POINTS,
} from './figureParams.ts';
import { pointsAsProportions } from './pointsAsProportions.ts';

/** A figure loaded in the page: its file name and pixels. It never goes into a link. */
export interface FigureImage {
  name: string;
  pixels: RgbaImage;
}

/** One curve of the figure: how it looks, its points and the numbers typed under it. */
export interface FigureCurve {
  /** Stable while the page is open (for lists). */
  readonly id: number;
  label: string;
  /** `#rrggbb`: the ink it was read in, or one given. */
  colour: string;
  /** Survival as a proportion, sorted as read or typed; cleaned only when reconstructed. */
  points: readonly KmPoint[];
  atRisk: AtRiskInput;
  /** Where the points came from, in words ("Read off figure.png"). */
  origin: string;
  /** What was done to the points on the way in (a percentage divided by 100). */
  notes: readonly string[];
}

/** What the figure shows and in which unit, and the week responses began (a DOR figure). */
export interface FigureOptions {
  endpoint: KmEndpoint;
  unit: TimeUnit;
  onset: number;
}

/** The ensemble over the reading last asked for: it then travels in the link and reruns from it. */
export interface EnsembleSettings {
  reps: number;
  seed: number;
  /** Largest shift of a time, in percent of the curve's last time. */
  timeJitter: number;
  /** Largest shift of a level, in percentage points. */
  survivalJitter: number;
}

/** Colours given to curves that come without one (from a file or typed), in turn. */
const CURVE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

const EMPTY_AT_RISK: AtRiskInput = { times: '', counts: '', n: '', events: '' };

/** A time kept to 5 significant digits and a survival to 4 decimals, so a link carries them exactly. */
export function roundPoint({ time, survival }: KmPoint): KmPoint {
  return { time: Number(time.toPrecision(5)) + 0, survival: Math.round(survival * 1e4) / 1e4 + 0 };
}

/** A copy of a list with item `i` replaced. */
function replaceAt<T>(list: readonly T[], i: number, item: T): T[] {
  return list.map((old, j) => (j === i ? item : old));
}

/** The same link parameters, whatever their order. */
export function paramsKey(params: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The digitiser of the Reconstruct tab: the figure's image, its axis calibration as clicked and
 * typed, its curves (each with its points and at-risk input), the curve shown and the options of
 * the reconstruction and of its ensemble. Everything but the image and the calibration travels
 * in the link as `k.` parameters (`FIGURE_PARAMS`): {@link params} writes them and {@link reconcile}
 * keeps the two in step, so a link reproduces every reconstruction from its points. The selected
 * curve's reconstruction and diagnostics are derived ({@link result}).
 * @example const figure = new FigureDigitiser(); figure.addCurve({ points, origin: 'From wpd.csv' }); figure.result.kind
 */
export class FigureDigitiser {
  #image = $state.raw<FigureImage | null>(null);
  #axes = $state.raw<AxesInput>(EMPTY_AXES);
  #curves = $state.raw<FigureCurve[]>([]);
  #selected = $state(0);
  #options = $state.raw<FigureOptions>({
    endpoint: FIGURE_OPTION_PARAMS.endpoint.default,
    unit: FIGURE_OPTION_PARAMS.unit.default,
    onset: FIGURE_OPTION_PARAMS.onset.default,
  });
  #ensemble = $state.raw<EnsembleSettings | null>(null);
  #nextId = 1;
  /** The link parameters last written by or read into this digitiser. */
  #written = paramsKey({});
  /** The link last read in, until the link says what this digitiser holds. */
  #adopted: string | null = null;

  #calibration = $derived(readCalibration(this.#axes));
  #result = $derived.by(() => {
    const curve = this.#curves[this.#selected];
    return curve ? curveResult(curve.points, curve.atRisk) : ({ kind: 'empty' } as const);
  });
  #params = $derived.by(() => this.#writeParams());

  /** The figure in the page, or `null`. */
  get image(): FigureImage | null {
    return this.#image;
  }
  /** The calibration points as clicked and typed. */
  get axes(): AxesInput {
    return this.#axes;
  }
  /** The calibration, or what it still needs. */
  get calibration(): ReadCalibration {
    return this.#calibration;
  }
  /** The calibration when complete and valid, else `null`. */
  get calibrated(): Calibration | null {
    return this.#calibration.ok ? this.#calibration.calibration : null;
  }
  get curves(): readonly FigureCurve[] {
    return this.#curves;
  }
  /** Index of the curve shown (0 when there is none). */
  get selected(): number {
    return this.#selected;
  }
  /** The curve shown, or `null`. */
  get curve(): FigureCurve | null {
    return this.#curves[this.#selected] ?? null;
  }
  get options(): FigureOptions {
    return this.#options;
  }
  /** The ensemble settings last run (they travel in the link), or `null`. */
  get ensemble(): EnsembleSettings | null {
    return this.#ensemble;
  }
  /** The shown curve's reconstruction, with its diagnostics, or why there is none. */
  get result(): CurveResult {
    return this.#result;
  }
  /** The `k.` link parameters that reproduce the curves and options (not the image). */
  get params(): Record<string, string> {
    return this.#params;
  }

  /**
   * Shows a new figure. Its calibration starts again (the values typed are kept, for a figure
   * like the last); the curves stay, as data.
   */
  setImage(image: FigureImage): void {
    this.#image = image;
    const clear = (p: AxisPointInput) => ({ pixel: '', value: p.value });
    const a = this.#axes;
    this.#axes = { ...a, x1: clear(a.x1), x2: clear(a.x2), y1: clear(a.y1), y2: clear(a.y2) };
  }

  /** Changes a calibration point (a click sets its pixel, typing its value or pixel). */
  setAxisPoint(name: AxisPointName, changes: Partial<AxisPointInput>): void {
    this.#axes = { ...this.#axes, [name]: { ...this.#axes[name], ...changes } };
  }

  /** Changes how the axes read (logarithmic, survival in percent). */
  setAxesOptions(changes: Partial<Pick<AxesInput, 'xLog' | 'yLog' | 'yPercent'>>): void {
    this.#axes = { ...this.#axes, ...changes };
  }

  setOptions(changes: Partial<FigureOptions>): void {
    this.#options = { ...this.#options, ...changes };
  }

  /** Keeps the ensemble settings just run, so that the link reruns them. */
  setEnsemble(settings: EnsembleSettings): void {
    this.#ensemble = settings;
  }

  /**
   * Adds a curve (at most `MAX_FIGURE_CURVES`) and shows it; returns its index, or `null` when
   * the figure has as many curves as allowed. Points are rounded as the link carries them.
   */
  addCurve(curve: Partial<Omit<FigureCurve, 'id'>> = {}): number | null {
    if (this.#curves.length >= MAX_FIGURE_CURVES) return null;
    const index = this.#curves.length;
    const previous = this.#curves.at(-1);
    this.#curves = [
      ...this.#curves,
      {
        id: this.#nextId++,
        label: curve.label ?? `Curve ${index + 1}`,
        colour: curve.colour ?? this.#freeColour(),
        points: (curve.points ?? []).map(roundPoint),
        // A new arm of the same figure is usually counted at the same times.
        atRisk: curve.atRisk ?? { ...EMPTY_AT_RISK, times: previous?.atRisk.times ?? '' },
        origin: curve.origin ?? 'Added by hand',
        notes: curve.notes ?? [],
      },
    ];
    this.#selected = index;
    return index;
  }

  /** Changes a curve's label, colour, at-risk input or points (rounded). */
  updateCurve(index: number, changes: Partial<Omit<FigureCurve, 'id'>>): void {
    const curve = this.#curves[index];
    if (!curve) return;
    const next = { ...curve, ...changes };
    if (changes.points) next.points = changes.points.map(roundPoint);
    this.#curves = replaceAt(this.#curves, index, next);
  }

  /** Changes part of a curve's at-risk input. */
  setAtRisk(index: number, changes: Partial<AtRiskInput>): void {
    const curve = this.#curves[index];
    if (curve) this.updateCurve(index, { atRisk: { ...curve.atRisk, ...changes } });
  }

  /** Removes a curve; the one before it is shown. */
  removeCurve(index: number): void {
    if (!this.#curves[index]) return;
    this.#curves = this.#curves.filter((_, i) => i !== index);
    this.#selected = Math.max(0, Math.min(this.#selected, this.#curves.length - 1));
  }

  select(index: number): void {
    if (this.#curves[index]) this.#selected = index;
  }

  /** Adds a point to a curve, in time order (after the points at the same time); returns its index. */
  addPoint(index: number, point: KmPoint): number {
    const curve = this.#curves[index];
    if (!curve) return -1;
    const p = roundPoint(point);
    const at = curve.points.findIndex((q) => q.time > p.time);
    const k = at < 0 ? curve.points.length : at;
    this.updateCurve(index, { points: [...curve.points.slice(0, k), p, ...curve.points.slice(k)] });
    return k;
  }

  /** Moves point `k` of a curve. */
  movePoint(index: number, k: number, point: KmPoint): void {
    const curve = this.#curves[index];
    if (curve?.points[k]) this.updateCurve(index, { points: replaceAt(curve.points, k, point) });
  }

  /** Deletes point `k` of a curve. */
  deletePoint(index: number, k: number): void {
    const curve = this.#curves[index];
    if (curve?.points[k])
      this.updateCurve(index, { points: curve.points.filter((_, i) => i !== k) });
  }

  /**
   * Keeps the digitiser and the link's `k.` parameters in step: a link that changed from outside
   * (opened, pasted, restored) is read into the digitiser, its refused values named in `messages`;
   * a change made here is returned in `write` for the link. Returns `write: null` when the link
   * already says what the digitiser holds.
   */
  reconcile(raw: Readonly<Record<string, string>>): {
    write: Record<string, string> | null;
    messages: string[];
  } {
    const rawKey = paramsKey(raw);
    const ownKey = paramsKey(this.#params);
    if (rawKey === ownKey) {
      this.#written = rawKey;
      this.#adopted = null;
      return { write: null, messages: [] };
    }
    // The link still says what was last written, or what was last read in (the tidied link is
    // on its way): what is here is newer.
    if (rawKey === this.#written || rawKey === this.#adopted) {
      this.#written = ownKey;
      return { write: this.#params, messages: [] };
    }
    const messages = this.load(raw);
    const canonical = this.#writeParams();
    this.#adopted = rawKey;
    this.#written = paramsKey(canonical);
    return { write: this.#written === rawKey ? null : canonical, messages };
  }

  /**
   * Reads `k.` link parameters into the digitiser, replacing its curves and options (the image
   * and calibration stay); returns a sentence for each value it could not use.
   */
  load(raw: Readonly<Record<string, string>>): string[] {
    const { values, messages } = decodeParams(FIGURE_PARAMS, raw, {
      prefix: 'k.',
      owner: 'the Kaplan–Meier figure',
    });
    const v = values as Record<string, unknown>;
    this.#options = {
      endpoint: v.endpoint as KmEndpoint,
      unit: v.unit as TimeUnit,
      onset: v.onset as number,
    };
    const given = ['reps', 'seed', 'dt', 'ds'].some((key) => Object.hasOwn(raw, key));
    this.#ensemble = given
      ? {
          reps: v.reps as number,
          seed: v.seed as number,
          timeJitter: v.timeJitter as number,
          survivalJitter: v.survivalJitter as number,
        }
      : null;
    const curves: FigureCurve[] = [];
    for (let i = 1; i <= MAX_FIGURE_CURVES; i++) {
      const declared = curveParams(i);
      if (!Object.values(declared).some((param) => Object.hasOwn(raw, param.key))) continue;
      const pairs = v[`points${i}`] as readonly (readonly [number, number])[];
      const read = pointsAsProportions(pairs.map(([time, survival]) => ({ time, survival })));
      const atRisk = v[`atRisk${i}`] as readonly (readonly [number, number])[];
      curves.push({
        id: this.#nextId++,
        label: (v[`label${i}`] as string | null) ?? `Curve ${curves.length + 1}`,
        colour: (v[`colour${i}`] as string | null) ?? CURVE_COLOURS[curves.length],
        points: read.points.map(roundPoint),
        atRisk: {
          times: atRisk.map(([time]) => time).join(' '),
          counts: atRisk.map(([, n]) => n).join(' '),
          n: (v[`n${i}`] as string | null) ?? '',
          events: (v[`events${i}`] as string | null) ?? '',
        },
        origin: 'From the link',
        notes: read.notes,
      });
    }
    this.#curves = curves;
    this.#selected = Math.min((v.current as number) - 1, Math.max(0, curves.length - 1));
    return messages;
  }

  /** The `k.` parameters of the curves and options: only what is valid, each curve numbered from 1. */
  #writeParams(): Record<string, string> {
    const curves = this.#curves;
    if (curves.length === 0 && this.#ensemble === null) return {};
    let params = writeParams(
      FIGURE_OPTION_PARAMS,
      {},
      {
        endpoint: this.#options.endpoint,
        unit: this.#options.unit,
        ...(this.#options.onset !== 0 ? { onset: this.#options.onset } : {}),
        ...(this.#selected > 0 ? { current: this.#selected + 1 } : {}),
        ...(this.#ensemble
          ? {
              reps: this.#ensemble.reps,
              seed: this.#ensemble.seed,
              timeJitter: this.#ensemble.timeJitter,
              survivalJitter: this.#ensemble.survivalJitter,
            }
          : {}),
      },
    );
    curves.forEach((curve, k) => {
      const declared = curveParams(k + 1);
      const read = readAtRiskInput({ ...curve.atRisk, n: '', events: '' });
      const table = read.ok && read.atRisk.length <= MAX_AT_RISK_ENTRIES ? read.atRisk : [];
      const whole = (text: string, param: typeof declared.n) =>
        param.read(text.trim()) === undefined ? null : text.trim();
      params = writeParams(declared, params, {
        label: curve.label.trim() === '' ? null : curve.label.slice(0, 60),
        colour: curve.colour,
        points:
          curve.points.length <= MAX_LINK_POINTS
            ? curve.points.map((p) => [p.time, p.survival] as const)
            : [],
        atRisk: table.map((r) => [r.time, r.n] as const),
        n: whole(curve.atRisk.n, declared.n),
        events: whole(curve.atRisk.events, declared.events),
      });
      // An empty list says nothing: leave it out of the link.
      for (const param of [declared.points, declared.atRisk]) {
        if (params[param.key] === '') delete params[param.key];
      }
    });
    return params;
  }

  #freeColour(): string {
    const used = this.#curves.map((c) => c.colour);
    return CURVE_COLOURS.find((c) => !used.includes(c)) ?? CURVE_COLOURS[0];
  }
}
