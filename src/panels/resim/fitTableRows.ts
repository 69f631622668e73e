import { bestFit } from '../../engine/fit/bestFit.ts';
import type { EndpointFit } from '../../engine/fit/fitEndpoint.ts';
import type { CensoringKind } from '../../engine/fit/censoredObservation.ts';
import { fitRowKey, type FitRowKey } from '../../engine/fit/fitModelChoice.ts';
import { describeTimeModel } from '../../ui/describeTimeModel.ts';
import { FIT_ROW_LABELS } from '../../ui/fitRowLabels.ts';

/** One row of the fit table as the page shows it, its numbers rounded. */
export interface FitTableRow {
  key: FitRowKey;
  label: string;
  censoring: CensoringKind;
  fittable: boolean;
  /** Why it cannot be fitted, or how the Kaplan–Meier model was made; `null` otherwise. */
  note: string | null;
  loglik: string;
  aic: string;
  /** AIC above the best row's, "0" for the best, "—" without an AIC. */
  deltaAic: string;
  /** The fitted model in words, "—" when not fittable. */
  params: string;
  /** The row the scenario uses. */
  chosen: boolean;
  /** The row `auto` picks (the best by AIC). */
  best: boolean;
}

const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/**
 * The rows of one endpoint's fit table for the page: each model's name, how the times were
 * read, log-likelihood, AIC and its distance from the best, the fitted parameters in words
 * (rounded), or why it cannot be fitted; the row in use and the best by AIC marked.
 * Example: `fitTableRows(fitScenario(cohort).dor).find((r) => r.chosen)?.label === 'Log-logistic'`.
 */
export function fitTableRows(fit: EndpointFit): FitTableRow[] {
  const best = bestFit(fit.fits, 'auto');
  const bestAic = best?.aic ?? null;
  return fit.fits.map((row) => ({
    key: fitRowKey(row),
    label: FIT_ROW_LABELS[fitRowKey(row)],
    censoring: row.censoring,
    fittable: row.fittable,
    note: row.reason ?? null,
    loglik: fixed(row.loglik),
    aic: fixed(row.aic),
    deltaAic: row.aic === null || bestAic === null ? '—' : fixed(row.aic - bestAic),
    params: row.fitted ? describeTimeModel(row.fitted) : '—',
    chosen: row === fit.chosen,
    best: row === best,
  }));
}
