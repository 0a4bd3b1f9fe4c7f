// The analysis methods of the Report (families, licences, derivatives, names, concentration,
// likes vs downloads, overview): each runs its query from QUERIES and returns typed rows.
import type { DuckDBConnection } from "@duckdb/node-api";
import { QUERIES } from "./analysis-queries.ts";
import { readOneRow, readRows } from "./read-rows.ts";
import type {
  ArchitectureRow,
  BaseModelRow,
  ConcentrationInfo,
  DerivativeRelationRow,
  FamilyRow,
  FamilyYearRow,
  FamilyVocabularyRow,
  LicenceRow,
  LikesDownloadsCorrelation,
  LikesPerDayInfo,
  LikesRankingAge,
  LikesDownloadsPoint,
  LorenzPoint,
  NameSizeMismatchRow,
  NameSizePoint,
  NameSizeReasonRow,
  NameSizeSummary,
  OverviewFacts,
  QuadrantRow,
  Report,
  SizeBucketSourceRow,
  TopLikesPerDayRow,
} from "./report-types.ts";

export type AnalysisMethods = Pick<
  Report,
  | "families"
  | "architectures"
  | "familyShareByYear"
  | "licences"
  | "derivativeRelations"
  | "topBaseModels"
  | "nameSizeSummary"
  | "nameSizeMismatches"
  | "nameSizeReasons"
  | "nameSizePoints"
  | "concentration"
  | "lorenzCurve"
  | "likesDownloadsCorrelation"
  | "likesDownloadsQuadrants"
  | "likesDownloadsPoints"
  | "likesPerDay"
  | "topLikesPerDay"
  | "likesRankingAge"
  | "sizeBucketSources"
  | "familyVocabulary"
  | "overview"
>;

// Methods that check an argument are async, so a bad argument is a rejected promise like a failed query.
export function createAnalysisMethods(connection: DuckDBConnection): AnalysisMethods {
  return {
    families: () => readRows<FamilyRow>(connection, QUERIES.families),
    architectures: async (n = 15) => readRows<ArchitectureRow>(connection, QUERIES.architectures, { n: checkCount(n, "architectures", "n") }),
    familyShareByYear: async (top = 6) =>
      readRows<FamilyYearRow>(connection, QUERIES.familyShareByYear, { top: checkCount(top, "familyShareByYear", "top") }),
    licences: () => readRows<LicenceRow>(connection, QUERIES.licences),
    derivativeRelations: () => readRows<DerivativeRelationRow>(connection, QUERIES.derivativeRelations),
    topBaseModels: async (n = 15) => readRows<BaseModelRow>(connection, QUERIES.topBaseModels, { n: checkCount(n, "topBaseModels", "n") }),
    nameSizeSummary: () => readOneRow<NameSizeSummary>(connection, QUERIES.nameSizeSummary),
    nameSizeMismatches: async (n = 20) =>
      readRows<NameSizeMismatchRow>(connection, QUERIES.nameSizeMismatches, { n: checkCount(n, "nameSizeMismatches", "n") }),
    nameSizeReasons: () => readRows<NameSizeReasonRow>(connection, QUERIES.nameSizeReasons),
    nameSizePoints: () => readRows<NameSizePoint>(connection, QUERIES.nameSizePoints),
    concentration: () => readOneRow<ConcentrationInfo>(connection, QUERIES.concentration),
    lorenzCurve: () => readRows<LorenzPoint>(connection, QUERIES.lorenzCurve),
    likesDownloadsCorrelation: () => readOneRow<LikesDownloadsCorrelation>(connection, QUERIES.likesDownloadsCorrelation),
    likesDownloadsQuadrants: () => readRows<QuadrantRow>(connection, QUERIES.likesDownloadsQuadrants),
    likesDownloadsPoints: () => readRows<LikesDownloadsPoint>(connection, QUERIES.likesDownloadsPoints),
    likesPerDay: () => readOneRow<LikesPerDayInfo>(connection, QUERIES.likesPerDay),
    topLikesPerDay: async (n = 10) =>
      readRows<TopLikesPerDayRow>(connection, QUERIES.topLikesPerDay, { n: checkCount(n, "topLikesPerDay", "n") }),
    likesRankingAge: () => readOneRow<LikesRankingAge>(connection, QUERIES.likesRankingAge),
    sizeBucketSources: () => readRows<SizeBucketSourceRow>(connection, QUERIES.sizeBucketSources),
    familyVocabulary: () => readRows<FamilyVocabularyRow>(connection, QUERIES.familyVocabulary),
    overview: () => readOneRow<OverviewFacts>(connection, QUERIES.overview),
  };
}

function checkCount(value: number, method: string, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${method}(${name}): ${name} must be a whole number, 0 or more; got ${value}.`);
  return value;
}
