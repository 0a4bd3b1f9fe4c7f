// Writes the crawl's rows into a fresh DuckDB file. The file is built under a temporary name and
// renamed into place only when complete, so a failed run never leaves a half database behind and
// the previous database stays usable.
import { open, rm } from "node:fs/promises";
import path from "node:path";
import { writeAtomically } from "../../lib/atomic-write.ts";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { DEFAULT_SIZE_BUCKET_EDGES, sizeBucketDefinitions, validateSizeBucketEdges, type Thresholds } from "../../config/config.ts";
import { FAMILY_VOCABULARY, familyAliases } from "../enrich/family-vocabulary.ts";
import type { AuthorRow, CrawlRunRow, ModelRow, SkippedRecord } from "./rows.ts";
import { readRows } from "./read-rows.ts";
import { readSqlFile, sqlString } from "./sql-files.ts";

export interface DatabaseContents {
  models: ModelRow[];
  authors: AuthorRow[];
  runs: CrawlRunRow[];
  skipped: SkippedRecord[];
  thresholds: Thresholds;
  /** Size bucket edges in parameters (HubLikesConfig.sizeBuckets); the notebook's when absent. */
  sizeBuckets?: readonly number[];
  /**
   * Empties `models` as its rows are staged, so that they can be collected while DuckDB's own
   * memory grows: a million model rows hold over a gigabyte. For a caller done with them (the crawl).
   */
  releaseModelRows?: boolean;
}

interface TableColumn {
  name: string;
  type: string;
}

// Rows are staged as newline-delimited JSON and read with read_json: bulk inserts, fast for a
// million rows, and typed by the table's own schema. Lines are written in small batches so their
// strings die young: batches of 5,000 lived long enough to reach V8's old generation, where about
// 1 GiB of them piled up at 300,000 rows before a full collection. A table is inserted in chunks so
// that the staging file stays small on disk (a million model rows stage about 1 GB).
const STAGING_BATCH_ROWS = 200;
const STAGING_CHUNK_ROWS = 50_000;

export async function writeDatabase(dbPath: string, data: DatabaseContents): Promise<void> {
  const target = path.resolve(dbPath);
  try {
    // A write-ahead log left by the old file would be replayed onto the new one; it belongs to
    // the database being replaced, so it goes with it, but only once the new file is in place.
    await writeAtomically(target, (tempPath) => buildDatabase(tempPath, data), { what: "the database", companions: [`${target}.wal`] });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nAny previous database at that path is unchanged.`, { cause: error });
  }
}

async function buildDatabase(filePath: string, data: DatabaseContents): Promise<void> {
  // DuckDB's default limit is 80% of the machine; the load needs little, and the crawl's own rows
  // are in the same process.
  const instance = await DuckDBInstance.create(filePath, { memory_limit: "1GB" });
  try {
    const connection = await instance.connect();
    try {
      await connection.run(await readSqlFile("schema.sql"));
      await writeSettings(connection, data.thresholds);
      await writeSizeBuckets(connection, data.sizeBuckets ?? DEFAULT_SIZE_BUCKET_EDGES);
      await loadTable(
        connection,
        filePath,
        "families",
        FAMILY_VOCABULARY.map((entry) => ({
          family: entry.family,
          display_name: entry.displayName,
          distinct_from: entry.distinctFrom ?? [],
        })),
      );
      await loadTable(connection, filePath, "family_aliases", familyAliases());
      await loadTable(connection, filePath, "models", data.models, data.releaseModelRows === true);
      await loadTable(connection, filePath, "authors", data.authors);
      await loadTable(connection, filePath, "crawl_runs", data.runs);
      await loadTable(connection, filePath, "skipped_records", data.skipped);
      await connection.run(await readSqlFile("views.sql"));
      // Fold the write-ahead log into the file, so the single renamed file is the whole database.
      await connection.run("CHECKPOINT");
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

async function writeSettings(connection: DuckDBConnection, thresholds: Thresholds): Promise<void> {
  try {
    await connection.run(
      `INSERT INTO report_settings (likes_percentile, min_downloads, era_boundary)
       VALUES ($likes_percentile, $min_downloads, CAST($era_boundary AS DATE))`,
      {
        likes_percentile: thresholds.likesPercentile,
        min_downloads: thresholds.minDownloads,
        era_boundary: thresholds.eraBoundary,
      },
    );
  } catch (error) {
    throw new Error(
      `the thresholds ${JSON.stringify(thresholds)} are not valid (likes percentile 0..1, minimum downloads a whole number ≥ 0, era boundary YYYY-MM-DD; normalizeConfig checks them): ${messageOf(error)}`,
      { cause: error },
    );
  }
}

async function writeSizeBuckets(connection: DuckDBConnection, edges: readonly number[]): Promise<void> {
  const given = [...edges];
  validateSizeBucketEdges(given);
  for (const bucket of sizeBucketDefinitions(given)) {
    await connection.run(
      `INSERT INTO size_buckets (bucket, lower_bound, upper_bound, bucket_order)
       VALUES ($bucket, $lower_bound::DOUBLE, $upper_bound::DOUBLE, $bucket_order)`,
      { bucket: bucket.bucket, lower_bound: bucket.lower, upper_bound: bucket.upper, bucket_order: bucket.bucket_order },
    );
  }
}

async function loadTable(
  connection: DuckDBConnection,
  databasePath: string,
  table: string,
  rows: readonly object[],
  releaseRows = false,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = await readRows<TableColumn>(
    connection,
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_name = $table ORDER BY ordinal_position`,
    { table },
  );
  const stagingPath = `${databasePath}.${table}.ndjson`;
  const columnTypes = columns.map((column) => `${sqlString(column.name)}: ${sqlString(column.type)}`).join(", ");
  try {
    for (let start = 0; start < rows.length; start += STAGING_CHUNK_ROWS) {
      const end = Math.min(start + STAGING_CHUNK_ROWS, rows.length);
      await writeStagingFile(stagingPath, table, rows, columns, start, end);
      if (releaseRows) (rows as Array<object | undefined>).fill(undefined, start, end);
      await connection.run(
        `INSERT INTO ${table} BY NAME
         SELECT * FROM read_json(${sqlString(stagingPath)}, format = 'newline_delimited', columns = {${columnTypes}})`,
      );
    }
  } catch (error) {
    throw new Error(`loading ${rows.length} rows into table "${table}" failed: ${messageOf(error)}`, { cause: error });
  } finally {
    await rm(stagingPath, { force: true });
  }
}

/** Rows [from, to) as newline-delimited JSON, typed for the table's columns. */
async function writeStagingFile(
  filePath: string,
  table: string,
  rows: readonly object[],
  columns: TableColumn[],
  from: number,
  to: number,
): Promise<void> {
  const timestampColumns = new Set(columns.filter((column) => column.type.startsWith("TIMESTAMP")).map((column) => column.name));
  const handle = await open(filePath, "w");
  try {
    for (let start = from; start < to; start += STAGING_BATCH_ROWS) {
      const lines: string[] = [];
      const end = Math.min(start + STAGING_BATCH_ROWS, to);
      for (let index = start; index < end; index++) {
        const row = rows[index] as Record<string, unknown>;
        const record: Record<string, unknown> = {};
        for (const { name } of columns) {
          const value = row[name];
          record[name] = timestampColumns.has(name) ? toUtcTimestamp(value, table, index, row, name) : value;
        }
        lines.push(JSON.stringify(record));
      }
      await handle.write(`${lines.join("\n")}\n`);
    }
  } finally {
    await handle.close();
  }
}

/**
 * DuckDB ignores a UTC offset when casting text to TIMESTAMP, so every time is converted to UTC
 * here. A time written without an offset is taken as UTC, the Hub's own convention.
 */
function toUtcTimestamp(value: unknown, table: string, index: number, row: Record<string, unknown>, column: string): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === "string" ? value.trim() : "";
  const hasOffset = /(?:z|[+-]\d{2}:?\d{2})$/i.test(text);
  const isDateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const time = Date.parse(hasOffset || isDateOnly ? text : `${text}Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time)) {
    const which = typeof row.id === "string" ? ` (id "${row.id}")` : "";
    throw new Error(
      `${table} row ${index + 1}${which}: ${column} ${JSON.stringify(value)} is not a date; write ISO 8601 in UTC such as 2024-07-18T08:56:00Z, or null when unknown.`,
    );
  }
  return new Date(time).toISOString();
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
