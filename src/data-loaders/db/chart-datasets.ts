// The rows behind every chart, by the name of its data file: exportData writes each as
// data/charts/<name>.json and .csv, and pages link a chart to its file by the same name. The
// arguments (top N, row limits) are the ones the pages use, so a file holds exactly what is drawn.
import type { Report } from "./report-types.ts";

/** Row limits the pages and the data files share. */
export const CHART_LIMITS = {
  topFamiliesByYear: 6,
  architectures: 15,
  topBaseModels: 15,
  nameSizeMismatches: 20,
  topAuthors: 20,
  topDownloads: 10,
} as const;

export const CHART_DATASETS = {
  // Top downloads, sizes, months and authors.
  "top-downloads": (report: Report) => report.topDownloads(CHART_LIMITS.topDownloads),
  "size-buckets": (report: Report) => report.sizeBuckets(),
  "models-per-month": (report: Report) => report.modelsPerMonth(),
  "author-types": (report: Report) => report.authorTypes(),
  "author-plans": (report: Report) => report.authorPlans(),
  "top-authors": (report: Report) => report.topAuthors(CHART_LIMITS.topAuthors),
  // The analyses: overview, families, licences, derivatives, names, concentration, likes vs downloads.
  overview: (report: Report) => report.overview(),
  families: (report: Report) => report.families(),
  architectures: (report: Report) => report.architectures(CHART_LIMITS.architectures),
  "family-share-by-year": (report: Report) => report.familyShareByYear(CHART_LIMITS.topFamiliesByYear),
  licences: (report: Report) => report.licences(),
  "derivative-relations": (report: Report) => report.derivativeRelations(),
  "top-base-models": (report: Report) => report.topBaseModels(CHART_LIMITS.topBaseModels),
  "name-size-summary": (report: Report) => report.nameSizeSummary(),
  "name-size-points": (report: Report) => report.nameSizePoints(),
  "name-size-mismatches": (report: Report) => report.nameSizeMismatches(CHART_LIMITS.nameSizeMismatches),
  concentration: (report: Report) => report.concentration(),
  "lorenz-curve": (report: Report) => report.lorenzCurve(),
  "likes-downloads-correlation": (report: Report) => report.likesDownloadsCorrelation(),
  "likes-downloads-quadrants": (report: Report) => report.likesDownloadsQuadrants(),
  "likes-downloads-points": (report: Report) => report.likesDownloadsPoints(),
} satisfies Record<string, (report: Report) => Promise<unknown>>;

export type ChartDatasetName = keyof typeof CHART_DATASETS;

export const CHART_DATASET_NAMES = Object.keys(CHART_DATASETS) as ChartDatasetName[];

/** Site-relative paths of a dataset's files, for links (pass them through href()). */
export function chartDataPaths(name: ChartDatasetName): { json: string; csv: string } {
  return { json: `data/charts/${name}.json`, csv: `data/charts/${name}.csv` };
}
