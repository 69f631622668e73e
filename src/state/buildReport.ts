import type { SubgroupAnalysis } from '../engine/analyzeSubgroups.ts';
import type { AnalysisReport } from '../engine/report.ts';
import { subgroupOutput } from '../engine/subgroupOutput.ts';
import type { CohortMeta } from './cohortMeta.ts';
import type { BootstrapRecord } from './MonteCarloRuns.svelte.ts';
import type { GroupingChoice } from './resolveGrouping.ts';
import { writeImportSpec } from './importSpec.ts';
import type { CohortSource, Settings } from './urlState.ts';

/** Everything needed to write the JSON report; absent results are left out. */
export interface ReportInputs {
  version: string;
  meta: CohortMeta;
  source: CohortSource;
  n: number;
  /** The cohort itself as CSV (the import format), so the report can be rerun. */
  csv: string;
  settings: Settings;
  /** The link reproducing the state (`#v=1&…`). */
  hash: string;
  analysis: AnalysisReport;
  /** The grouping asked for (or `null`), and the analysis of its groups when it can be used. */
  grouping?: GroupingChoice | null;
  subgroups?: SubgroupAnalysis | null;
  bootstrap?: BootstrapRecord | null;
  resimulation?: { trials: number; seed: number; scenario: unknown; results: unknown } | null;
  /** ISO time the report was written. */
  created: string;
}

/**
 * The JSON report: inputs (cohort, source — with how an uploaded cohort was read: its layout,
 * column mapping and confirmation rule —, settings and the analysis options they give), seeds,
 * app version and results — every endpoint (follow-up, landmarks and competing risks included),
 * the grouping with its groups and tests in the shape `cohortscope analyze --group` prints (or
 * why it could not be used), the bootstrap and the re-simulation — structured so that a reader
 * can rerun the same analysis from `inputs.link`.
 *
 * @example buildReport(inputs).app // { name: 'cohortscope', version: '0.1.0' }
 */
export function buildReport(inputs: ReportInputs): Record<string, unknown> {
  const { source, settings, analysis, grouping } = inputs;
  return {
    app: { name: 'cohortscope', version: inputs.version },
    created: inputs.created,
    inputs: {
      cohort: {
        name: inputs.meta.name,
        description: inputs.meta.description,
        notice: inputs.meta.notice,
        n: inputs.n,
        csv: inputs.csv,
        source:
          source.kind === 'builtin'
            ? { kind: 'builtin', id: source.id }
            : source.kind === 'synthetic'
              ? { kind: 'synthetic', scenario: source.scenario, seed: source.seed }
              : {
                  kind: source.kind,
                  name: source.name,
                  ...(source.imported ? { imported: writeImportSpec(source.imported) } : {}),
                },
      },
      settings,
      analysis: {
        level: analysis.level,
        responders: analysis.responders,
        by_week: settings.byWeek,
        landmarks: settings.landmarks,
        interval_method: settings.method,
        km_transform: settings.transform,
        grouping: settings.grouping,
        rho: settings.rho,
      },
      link: inputs.hash,
    },
    seeds: {
      bootstrap: inputs.settings.bootSeed,
      resimulation: inputs.settings.resimSeed,
      ...(source.kind === 'synthetic' ? { cohort: source.seed } : {}),
    },
    results: {
      analysis,
      ...(grouping && !grouping.ok ? { grouping_problem: grouping.message } : {}),
      ...(grouping?.ok && inputs.subgroups ? { subgroups: subgroupOutput(inputs.subgroups) } : {}),
      ...(inputs.bootstrap ? { bootstrap: inputs.bootstrap } : {}),
      ...(inputs.resimulation ? { resimulation: inputs.resimulation } : {}),
    },
  };
}
