import { decodeParam } from '../io/params/decodeParam.ts';
import { decodeParams } from '../io/params/decodeParams.ts';
import type { Param } from '../io/params/Param.ts';
import { quoteText } from '../io/params/quoteText.ts';
import { readMapping } from '../io/mapping/readMapping.ts';
import { decompressText } from './linkCompression.ts';
import type { ImportSpec } from './importSpec.ts';
import { LINK_KEY, SETTINGS_PARAMS } from './settingsParams.ts';
import { SOURCE_PARAMS } from './sourceParams.ts';
import {
  DEFAULT_STATE,
  URL_LIMITS,
  type CohortSource,
  type Settings,
  type UrlState,
} from './urlState.ts';

/** What a hash decodes to: a usable state, plus a message for every part that was refused. */
export interface DecodedHash {
  state: UrlState;
  /** Empty when the whole hash was understood; otherwise one short sentence per problem. */
  messages: string[];
  /**
   * Present when the link asked for a cohort it does not give (an unreadable inline cohort or
   * scenario, an unknown source, or a link that could not be read at all): `state` then holds
   * the default source, and its settings belong to no cohort, so they are not to be applied.
   */
  unreadable?: true;
}

/** The link's `KEY=VALUE` pairs, the first of each key winning. */
function firstValues(p: URLSearchParams): Record<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of p) if (!fields.has(key)) fields.set(key, value);
  return Object.fromEntries(fields);
}

/** Reads a compressed JSON object (a scenario); `undefined` when absent or unreadable. */
function compressedObject(raw: string | null): object | undefined {
  if (raw === null) return undefined;
  const text = decompressText(raw, URL_LIMITS.maxInflatedBytes);
  if (!text.ok) return undefined;
  try {
    const value: unknown = JSON.parse(text.text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the `PREFIX.KEY=VALUE` parameters of one panel as text (the panel decodes them with its
 * own declarations); bad keys, over-long values and keys beyond `maxParams` are dropped.
 */
function prefixedParams(
  p: URLSearchParams,
  prefix: string,
  what: string,
  messages: string[],
  {
    maxParams = URL_LIMITS.maxLessonParams,
    maxChars = URL_LIMITS.maxParamChars,
  }: { maxParams?: number; maxChars?: number } = {},
): Record<string, string> {
  const params: Record<string, string> = {};
  let dropped = 0;
  for (const [key, value] of p) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (
      LINK_KEY.test(name) &&
      name !== '__proto__' &&
      value.length <= maxChars &&
      Object.keys(params).length < maxParams
    ) {
      params[name] = value;
    } else dropped++;
  }
  if (dropped > 0) messages.push(`${dropped} ${what} setting(s) in the link were not usable.`);
  return params;
}

function decodeSettings(p: URLSearchParams, messages: string[]): Settings {
  const plain = decodeParams(SETTINGS_PARAMS, firstValues(p));
  messages.push(...plain.messages);
  const rawScenario = p.get('rscn');
  const resimScenario = compressedObject(rawScenario) ?? null;
  if (rawScenario !== null && resimScenario === null) {
    messages.push(
      'The re-simulation scenario in the link could not be read; using the fitted one.',
    );
  }
  return {
    ...plain.values,
    resimScenario,
    lessonParams: prefixedParams(p, 'l.', 'lesson', messages),
    reconstructParams: prefixedParams(p, 'r.', 'reconstruction', messages),
    designParams: prefixedParams(p, 'd.', 'Design tab', messages),
    figureParams: prefixedParams(p, 'k.', 'Kaplan–Meier figure', messages, {
      maxParams: URL_LIMITS.maxFigureParams,
      maxChars: URL_LIMITS.maxFigureParamChars,
    }),
  };
}

/** A source the link asked for but does not give. */
const UNREADABLE: unique symbol = Symbol('unreadable');

function decodeSource(p: URLSearchParams, messages: string[]): CohortSource | typeof UNREADABLE {
  const fallback: typeof UNREADABLE = UNREADABLE;
  const read = <T>(param: Param<T>) => {
    const decoded = decodeParam(param, p.get(param.key));
    if (decoded.message !== undefined) messages.push(decoded.message);
    return decoded;
  };
  const kind = read(SOURCE_PARAMS.kind);
  if (kind.message !== undefined) return fallback;
  if (kind.value === 'builtin') return { kind: 'builtin', id: read(SOURCE_PARAMS.id).value };
  const name = () => read(SOURCE_PARAMS.name).value || 'Shared cohort';
  const imported = () => {
    const spec = decodeImportSpec(p, messages);
    return spec ? { imported: spec } : {};
  };
  if (kind.value === 'inline') {
    const csv = decompressText(p.get('csv') ?? '', URL_LIMITS.maxInflatedBytes);
    if (csv.ok) return { kind: 'inline', name: name(), csv: csv.text, ...imported() };
    messages.push(
      `The cohort in the link could not be read (${csv.message}); its settings were not applied.`,
    );
    return fallback;
  }
  if (kind.value === 'synthetic') {
    const scenario = compressedObject(p.get('scn'));
    const given = p.get(SOURCE_PARAMS.seed.key) !== null;
    const seed = read(SOURCE_PARAMS.seed);
    if (scenario !== undefined && given && seed.message === undefined) {
      return { kind: 'synthetic', scenario, seed: seed.value };
    }
    messages.push(
      'The synthetic scenario in the link could not be read (it needs "scn", a compressed scenario, and "sseed"); its settings were not applied.',
    );
    return fallback;
  }
  return { kind: 'bundle', name: name(), ...imported() };
}

/**
 * Reads how an uploaded cohort was read (`fmt`, `cwk`, `map`); `undefined` when the link says
 * nothing of it. A refused part is named in `messages` and left out (the cohort itself is the
 * derived one in the link, so its numbers do not depend on it).
 */
function decodeImportSpec(p: URLSearchParams, messages: string[]): ImportSpec | undefined {
  const given = ['fmt', 'cwk', 'map'].some((key) => p.get(key) !== null);
  if (!given) return undefined;
  const format = decodeParam(SOURCE_PARAMS.format, p.get(SOURCE_PARAMS.format.key));
  if (format.message !== undefined) messages.push(format.message);
  let confirmWk: number | null = null;
  if (p.get(SOURCE_PARAMS.confirmWk.key) !== null) {
    const weeks = decodeParam(SOURCE_PARAMS.confirmWk, p.get(SOURCE_PARAMS.confirmWk.key));
    if (weeks.message !== undefined) messages.push(weeks.message);
    else confirmWk = weeks.value;
  }
  let mapping: ImportSpec['mapping'] = null;
  const raw = p.get('map');
  if (raw !== null) {
    const read = readMapping(compressedObject(raw) ?? 'not JSON');
    if (read.ok) mapping = read.mapping;
    else
      messages.push(
        'The column mapping in the link could not be read; the cohort is shown without it.',
      );
  }
  return { format: format.value, mapping, confirmWk };
}

/**
 * Reads a URL hash written by `encodeHash`. Never throws: every unreadable or out-of-range
 * part falls back to its default and adds a message naming it, what it allows and the value
 * used (the parameters are declared in `SETTINGS_PARAMS` and `SOURCE_PARAMS`); an unreadable
 * cohort falls back to the built-in cohort. A lesson's `l.`, the Reconstruct tab's `r.` and
 * `k.` (its Kaplan–Meier figure) and the Design tab's `d.` parameters are kept as text, for the panel to decode. An empty hash gives the default state
 * and no message.
 *
 * @example decodeHash('#v=1&sort=zzz').messages // ['"sort" must be one of followup, …; got "zzz"; using followup.']
 */
export function decodeHash(hash: string): DecodedHash {
  try {
    const text = hash.startsWith('#') ? hash.slice(1) : hash;
    if (text.trim() === '') return { state: DEFAULT_STATE, messages: [] };
    if (text.length > URL_LIMITS.maxHashChars) {
      return {
        state: DEFAULT_STATE,
        messages: [
          `The link is too long (over ${URL_LIMITS.maxHashChars} characters); nothing of it was used.`,
        ],
        unreadable: true,
      };
    }
    const p = new URLSearchParams(text);
    const messages: string[] = [];
    // A link without a version is read as the current one, so that a hand-written link such as
    // #view=learn&lesson=bayes works.
    const version = p.get('v') ?? '1';
    if (version !== '1') {
      return {
        state: DEFAULT_STATE,
        messages: [
          `The link is not a Cohortscope link of a known version (got ${quoteText(version)}; this version reads 1); nothing of it was used.`,
        ],
        unreadable: true,
      };
    }
    const source = decodeSource(p, messages);
    const settings = decodeSettings(p, messages);
    if (source === UNREADABLE) {
      return { state: { source: DEFAULT_STATE.source, settings }, messages, unreadable: true };
    }
    return { state: { source, settings }, messages };
  } catch {
    return {
      state: DEFAULT_STATE,
      messages: ['The link could not be read; nothing of it was used.'],
      unreadable: true,
    };
  }
}
