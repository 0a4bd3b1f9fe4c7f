// The Report the pages read: one SQL query over the views per method, typed rows out.
import { access } from "node:fs/promises";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readExampleResults } from "./example-queries.ts";
import { readExplorerRows } from "./export-explorer.ts";
import { DATASET_NAMES, DATASETS, ISO_UTC_FORMAT, type Dataset, type DatasetMethods, type Report } from "./datasets.ts";
import { readOneRow, readRows } from "./read-rows.ts";
import type { SourceInfo } from "./report-types.ts";

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

    async placeholderDates() {
      const row = await readOneRow<{ models: number }>(connection, `SELECT count(*) AS models FROM models WHERE created_at_placeholder`);
      return row.models;
    },

    explorerRows(limit?: number) {
      return readExplorerRows(connection, limit);
    },

    exampleResults(examples) {
      return readExampleResults(connection, examples);
    },

    ...datasetMethods(connection),

    close,
  };
}

/** One method per dataset of the registry, each running its query with its parameters checked. */
function datasetMethods(connection: DuckDBConnection): DatasetMethods {
  let historyReady: Promise<void> | undefined;
  const run = async (name: string, dataset: Dataset, given: Record<string, number> = {}) => {
    const params = datasetParams(name, dataset, given);
    if (dataset.readsHistory) {
      historyReady ??= ensureHistoryTable(connection);
      await historyReady;
    }
    const bound = Object.keys(params).length > 0 ? params : undefined;
    return dataset.returns.oneRow ? readOneRow(connection, dataset.sql, bound) : readRows(connection, dataset.sql, bound);
  };
  // Each method's type comes from its dataset's entry (DatasetMethods); the loop cannot show that to TypeScript.
  return Object.fromEntries(
    DATASET_NAMES.map((name) => [name, (params?: Record<string, number>) => run(name, DATASETS[name], params)]),
  ) as unknown as DatasetMethods;
}

/** The dataset's parameters with the caller's values over the defaults, each a whole number. */
function datasetParams(name: string, dataset: Dataset, given: Record<string, number>): Record<string, number> {
  const defaults = dataset.params ?? {};
  for (const key of Object.keys(given)) {
    if (!(key in defaults)) {
      const known = Object.keys(defaults);
      throw new Error(
        `${name}(${key}): ${name} has no parameter ${key}; ${known.length > 0 ? `it takes ${known.join(", ")}` : "it takes none"}.`,
      );
    }
  }
  const params = { ...defaults, ...given };
  for (const [key, value] of Object.entries(params)) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name}(${key}): ${key} must be a whole number, 0 or more; got ${value}.`);
  }
  return params;
}

/**
 * A database the history was never loaded into (a crawl's own, before a build) has no history
 * table; an empty temporary one lets the history queries run, showing this crawl as the only snapshot.
 */
async function ensureHistoryTable(connection: DuckDBConnection): Promise<void> {
  const { present } = await readOneRow<{ present: boolean }>(
    connection,
    "SELECT count(*) > 0 AS present FROM information_schema.tables WHERE table_name = 'history' AND table_schema = 'main'",
  );
  if (present) return;
  await connection.run(
    "CREATE TEMP TABLE IF NOT EXISTS history (fetched_at TIMESTAMP, id VARCHAR, rank INTEGER, likes BIGINT, downloads BIGINT)",
  );
}
