// Publishes the data behind the report: the model table as CSV, Parquet and JSON, and the
// headline figures as summary.json. Everything is read from the database's views, so the
// downloads carry the same numbers as the pages. Each file is written under a temporary name and
// renamed, so a reader never sees a half-written download.
import { access, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeAtomically } from "../../lib/atomic-write.ts";
import { DuckDBInstance } from "@duckdb/node-api";
import { MODEL_EXPORT_COLUMNS, type ModelExportColumn } from "./data-dictionary.ts";
import { csvSafeSql } from "./csv-cell.ts";
import { writeChartData } from "./export-chart-data.ts";
import { writeExplorerData } from "./export-explorer.ts";
import { modelDownloadFormats, type ModelDownloadFormat } from "./downloads.ts";
import { createReport, ISO_UTC_FORMAT } from "./queries.ts";
import { sqlString } from "./sql-files.ts";
import type { Report } from "./datasets.ts";
import type { SizeBucket } from "./report-types.ts";
import { readCompleteness, type Completeness } from "./completeness.ts";

type ExportFormat = ModelDownloadFormat;

export interface DataSummary {
  models: number;
  authors: number;
  thresholds: { likes_percentile: number; likes: number | null; downloads: number; era: string };
  high_quality: number;
  low_quality: number;
  era: { before: number; after: number };
  size_buckets: { before: Record<SizeBucket, number>; after: Record<SizeBucket, number> };
  top_downloads: string[];
  params_sources: Record<string, number>;
  /**
   * Per size bucket, how many of the high-quality models counted in size_buckets (both eras) took
   * their parameter count from each source: how much of a bucket rests on names.
   */
  size_bucket_sources: Record<SizeBucket, Record<string, number>>;
  source: { endpoint: string; fetched_at: string; sample: boolean; requested_limit: number | null };
  /** What the next run's publish check compares against (see publish-check/). */
  completeness: Completeness;
}

export async function exportData(dbPath: string, dataDir: string): Promise<{ files: string[] }> {
  const database = path.resolve(dbPath);
  try {
    await access(database);
  } catch {
    throw new Error(`No report database at ${database} to export; run the crawl first.`);
  }
  const outDir = path.resolve(dataDir);
  await mkdir(outDir, { recursive: true });
  const instance = await DuckDBInstance.create(database, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const files: string[] = [];
      const rows = await connection.runAndReadAll("SELECT count(*)::INTEGER AS n FROM model_facts");
      for (const format of modelDownloadFormats(Number(rows.getRowObjects()[0].n))) {
        const file = path.join(outDir, `models.${format}`);
        await writeAtomically(file, async (tempFile) => {
          await connection.run(`COPY (${modelExportQuery(format)}) TO ${sqlString(tempFile)} (${copyOptions(format)})`);
        });
        files.push(file);
      }
      const summary: DataSummary = {
        ...(await readSummary(createReport(connection))),
        completeness: await readCompleteness(connection),
      };
      const summaryFile = path.join(outDir, "summary.json");
      await writeAtomically(summaryFile, (tempFile) => writeFile(tempFile, `${JSON.stringify(summary, null, 2)}\n`));
      files.push(summaryFile);
      // Every chart links to its own rows; see the datasets with a file in datasets.ts.
      files.push(...(await writeChartData(createReport(connection), path.join(outDir, "charts"))));
      // The /explore/ page fetches these shards; see export-explorer.ts.
      files.push(...(await writeExplorerData(connection, path.join(outDir, "explore"))));
      return { files };
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** The export query for one format; exported so tests and the methodology page can show it. */
export function modelExportQuery(format: ExportFormat): string {
  const columns = MODEL_EXPORT_COLUMNS.map((column) => `${columnExpression(column, format)} AS ${column}`);
  // Qualified, so the order is by the view's columns and not by the CSV's text aliases.
  return `SELECT ${columns.join(", ")} FROM model_facts ORDER BY model_facts.rank, model_facts.id`;
}

function columnExpression(column: ModelExportColumn, format: ExportFormat): string {
  const expression = formatExpression(column, format);
  // Hub-written text must not run as a formula when the CSV is opened in a spreadsheet.
  return format === "csv" ? csvSafeSql(expression) : expression;
}

function formatExpression(column: ModelExportColumn, format: ExportFormat): string {
  if (column === "created_at" || column === "last_modified") {
    // Parquet keeps a real timestamp, marked as UTC; text formats get the published ISO form.
    return format === "parquet" ? `timezone('UTC', ${column})` : `strftime(${column}, '${ISO_UTC_FORMAT}')`;
  }
  if (column === "base_models" && format === "csv") {
    // A CSV cell holds one value: the list is joined, and an empty list is an empty cell.
    return `nullif(array_to_string(base_models, ';'), '')`;
  }
  return column;
}

function copyOptions(format: ExportFormat): string {
  if (format === "csv") return "FORMAT csv, HEADER true";
  if (format === "json") return "FORMAT json, ARRAY true";
  return "FORMAT parquet";
}

async function readSummary(report: Report): Promise<Omit<DataSummary, "completeness">> {
  // One connection runs one query at a time, so the figures are read in turn.
  const split = await report.qualitySplit();
  const thresholds = await report.thresholds();
  const buckets = await report.sizeBuckets();
  const top = await report.topDownloads({ n: 10 });
  const sources = await report.paramsSources();
  const bucketSources = await report.sizeBucketSources();
  const source = await report.source();
  const authorTypes = await report.authorTypes();
  const sizeBuckets = { before: {}, after: {} } as DataSummary["size_buckets"];
  for (const row of buckets) sizeBuckets[row.era][row.bucket] = row.models;
  const sizeBucketSources: DataSummary["size_bucket_sources"] = {};
  for (const row of bucketSources) {
    sizeBucketSources[row.bucket] ??= {};
    sizeBucketSources[row.bucket][row.source] = row.models;
  }
  return {
    models: split.total,
    authors: authorTypes.reduce((sum, row) => sum + row.authors, 0),
    thresholds: {
      likes_percentile: thresholds.likes_percentile,
      likes: thresholds.likes_threshold,
      downloads: thresholds.min_downloads,
      era: thresholds.era_boundary,
    },
    high_quality: split.high_quality,
    low_quality: split.low_quality,
    era: { before: split.before, after: split.after },
    size_buckets: sizeBuckets,
    top_downloads: top.map((row) => row.id),
    params_sources: Object.fromEntries(sources.map((row) => [row.source, row.models])),
    size_bucket_sources: sizeBucketSources,
    source: {
      endpoint: source.endpoint,
      fetched_at: source.fetched_at,
      sample: source.sample,
      requested_limit: source.requested_limit,
    },
  };
}
