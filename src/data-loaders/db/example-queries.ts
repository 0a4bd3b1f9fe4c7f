// The SQL console's example queries, each reproducing a chart of the report from the published
// models.parquet alone. The page prints them with their results, computed at build time by
// readExampleResults over the same rows models.parquet holds, so a reader sees the answers without
// loading the console; the console runs them over a table named `models` (test/e2e/site-test.ts
// checks that both give the same rows). The console has only models.parquet, not the
// size_buckets table, so the size-bucket query carries the build's buckets as a list literal,
// built from the database the site is built from.
import type { DuckDBConnection } from "@duckdb/node-api";
import { modelExportQuery } from "./export.ts";
import { sqlString } from "./sql-files.ts";

export interface ExampleQuery {
  id: string;
  /** In both languages of the report (src/i18n). */
  title: Record<"en" | "zh-CN", string>;
  /** The report page whose chart the query reproduces. */
  page: string;
  sql: string;
}

/**
 * The example queries for a build whose size buckets are `sizeBuckets`: the labels in display
 * order, "unknown" included, as sizeBucketsIn(await report.sizeBuckets()) gives them.
 */
export function exampleQueries(sizeBuckets: readonly string[]): ExampleQuery[] {
  if (sizeBuckets.length === 0) {
    throw new Error("exampleQueries needs the build's size buckets (sizeBucketsIn(await report.sizeBuckets())); got none.");
  }
  const bucketList = `[${sizeBuckets.map(sqlString).join(", ")}]`;
  return [
    {
      id: "size-buckets",
      title: {
        en: "High-quality models per size bucket, before and after the era boundary",
        "zh-CN": "各参数规模区间的高质量模型数（分界日期前后）",
      },
      page: "sizes/",
      sql: `SELECT era, size_bucket, count(*) AS models,
       count(*) / sum(count(*)) OVER (PARTITION BY era) AS share
FROM models
WHERE high_quality AND era IS NOT NULL
GROUP BY era, size_bucket
ORDER BY era = 'after', list_position(${bucketList}, size_bucket)`,
    },
    {
      id: "top-downloads",
      title: {
        en: "The 10 most-downloaded high-quality models of the latest era",
        "zh-CN": "最新时期下载量最高的 10 个高质量模型",
      },
      page: "top/",
      sql: `SELECT id, downloads, likes
FROM models
WHERE high_quality AND era = 'after'
ORDER BY downloads DESC, likes DESC, id
LIMIT 10`,
    },
    {
      id: "models-per-month",
      title: { en: "Models per creation month", "zh-CN": "每月新建的模型数" },
      page: "time/",
      // epoch() is an absolute instant, so the month is the UTC month whatever the browser's zone.
      sql: `SELECT strftime(make_timestamp(epoch_us(created_at)), '%Y-%m') AS month,
       count(*) AS models,
       count(*) FILTER (WHERE high_quality) AS high_quality
FROM models
WHERE created_at IS NOT NULL
GROUP BY month
ORDER BY month`,
    },
    {
      id: "author-types",
      title: { en: "Organisations and users: authors, models and likes", "zh-CN": "组织与个人用户：作者数、模型数与点赞数" },
      page: "authors/",
      // Grouped by the alias by name: with GROUP BY ALL, DuckDB refuses the alias in ORDER BY.
      sql: `SELECT coalesce(author_type, 'unknown') AS type,
       count(DISTINCT author) AS authors,
       count(*) AS models,
       sum(likes) AS likes
FROM models
GROUP BY type
ORDER BY list_position(['org', 'user', 'unknown'], type)`,
    },
    {
      id: "top-authors",
      title: { en: "The 20 most-liked authors", "zh-CN": "获赞最多的 20 位作者" },
      page: "authors/",
      sql: `SELECT author, count(*) AS models, sum(likes) AS likes, sum(downloads) AS downloads
FROM models
GROUP BY author
ORDER BY likes DESC, models DESC, author
LIMIT 20`,
    },
    {
      id: "params-sources",
      title: { en: "Where each parameter count came from", "zh-CN": "参数量的数据来源" },
      page: "methodology/",
      sql: `SELECT coalesce(params_source, 'unknown') AS source, count(*) AS models
FROM models
GROUP BY source
ORDER BY list_position(['safetensors', 'gguf', 'hub-listing', 'safetensors-header', 'model-page', 'base-model', 'name', 'unknown'], source)`,
    },
  ];
}

/** An example's answer: column names and one array of values per row, as DuckDB returns them. */
export interface ExampleResult {
  id: string;
  columns: string[];
  rows: unknown[][];
}

/**
 * Runs each example over the rows models.parquet is written from (modelExportQuery), as the
 * console will over the file, so the page can print the answers without the console. A query
 * that fails here fails the build: an example the console cannot run is a bug.
 */
export async function readExampleResults(connection: DuckDBConnection, examples: readonly ExampleQuery[]): Promise<ExampleResult[]> {
  const results: ExampleResult[] = [];
  // One connection runs one query at a time, so the examples run in turn.
  for (const example of examples) {
    try {
      const reader = await connection.runAndReadAll(`WITH models AS (${modelExportQuery("parquet")})\n${example.sql}`);
      results.push({ id: example.id, columns: reader.columnNames(), rows: reader.getRowsJS() });
    } catch (error) {
      throw new Error(`The SQL page's example query "${example.id}" failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  return results;
}
