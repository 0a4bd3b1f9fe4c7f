// The Report the pages read: one SQL query over the views per method, typed rows out.
import { access } from "node:fs/promises";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readExplorerRows } from "./export-explorer.ts";
import { createAnalysisMethods } from "./analysis-report.ts";
import { ISO_UTC_FORMAT, QUERIES } from "./analysis-queries.ts";
import { readOneRow, readRows } from "./read-rows.ts";
import type {
  AuthorTypeRow,
  DescribeRow,
  MonthRow,
  ParamsSourceRow,
  PlanRow,
  QualitySplit,
  Report,
  SizeBucketDefinition,
  SizeBucketRow,
  SourceInfo,
  ThresholdInfo,
  TopAuthorRow,
  TopModelRow,
} from "./report-types.ts";

export { ISO_UTC_FORMAT };

export async function openReport(dbPath: string): Promise<Report> {
  const file = path.resolve(dbPath);
  try {
    await access(file);
  } catch {
    throw new Error(`No report database at ${file}. Run the crawl first (npm run hub -- crawl), or set HUB_LIKES_DB to an existing file.`);
  }
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
  } catch (error) {
    instance.closeSync();
    throw error;
  }
  return createReport(connection, () => {
    connection.closeSync();
    instance.closeSync();
  });
}

/** A Report over a connection someone else opened (the exporter shares its own). */
export function createReport(connection: DuckDBConnection, close: () => void = () => connection.closeSync()): Report {
  return {
    async source() {
      const rows = await readRows<SourceInfo>(
        connection,
        `SELECT endpoint, strftime(finished_at, '${ISO_UTC_FORMAT}') AS fetched_at, sample, requested_limit,
                models, authors, skipped_records
         FROM crawl_runs ORDER BY finished_at DESC LIMIT 1`,
      );
      if (rows.length === 0) {
        throw new Error("The database records no crawl run (table crawl_runs is empty); write it with writeDatabase after a crawl.");
      }
      return rows[0];
    },

    thresholds() {
      return readOneRow<ThresholdInfo>(
        connection,
        `SELECT likes_percentile, likes_threshold, min_downloads, strftime(era_boundary, '%Y-%m-%d') AS era_boundary
         FROM thresholds`,
      );
    },

    qualitySplit() {
      return readOneRow<QualitySplit>(
        connection,
        `SELECT total, high_quality, low_quality, "before", "after" FROM quality_split`,
      );
    },

    describeModels() {
      return readRows<DescribeRow>(
        connection,
        `SELECT "column", count, mean, std, min, p25, p50, p75, max FROM describe_models ORDER BY column_order`,
      );
    },

    describeAuthors() {
      return readRows<DescribeRow>(
        connection,
        `SELECT "column", count, mean, std, min, p25, p50, p75, max FROM describe_authors ORDER BY column_order`,
      );
    },

    async topDownloads(n = 10) {
      return readRows<TopModelRow>(connection, QUERIES.topDownloads, { n: checkCount(n, "topDownloads") });
    },

    sizeBuckets() {
      return readRows<SizeBucketRow>(connection, QUERIES.sizeBuckets);
    },

    sizeBucketDefinitions() {
      return readRows<SizeBucketDefinition>(
        connection,
        `SELECT bucket, lower_bound AS lower, upper_bound AS upper, bucket_order FROM size_buckets ORDER BY bucket_order`,
      );
    },

    modelsPerMonth() {
      return readRows<MonthRow>(connection, QUERIES.modelsPerMonth);
    },

    async placeholderDates() {
      const row = await readOneRow<{ models: number }>(
        connection,
        `SELECT count(*) AS models FROM models WHERE created_at_placeholder`,
      );
      return row.models;
    },

    authorTypes() {
      return readRows<AuthorTypeRow>(connection, QUERIES.authorTypes);
    },

    authorPlans() {
      return readRows<PlanRow>(connection, QUERIES.authorPlans);
    },

    async topAuthors(n = 10) {
      return readRows<TopAuthorRow>(connection, QUERIES.topAuthors, { n: checkCount(n, "topAuthors") });
    },

    paramsSources() {
      return readRows<ParamsSourceRow>(
        connection,
        `SELECT source, models, packed_storage, adapters FROM params_sources ORDER BY source_order`,
      );
    },

    explorerRows(limit?: number) {
      return readExplorerRows(connection, limit);
    },

    ...createAnalysisMethods(connection),

    close,
  };
}

function checkCount(n: number, method: string): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${method}(n): n must be a whole number, 0 or more; got ${n}.`);
  return n;
}
