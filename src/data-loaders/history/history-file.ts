// The history file's layout and the checks made before trusting one. history.parquet is published
// with the site and downloaded again by the next scheduled build, so a wrong or foreign file must be
// refused with a message that says what to do, not merged into the record.
import { access } from "node:fs/promises";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readRows } from "../db/read-rows.ts";
import { sqlString } from "../db/sql-files.ts";

/** Columns of history.parquet, in file order; fetched_at is a UTC timestamp. */
export const HISTORY_COLUMNS = ["fetched_at", "id", "rank", "likes", "downloads"] as const;

const INTEGER_TYPES = new Set(["TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "HUGEINT"]);
const EXPECTED_TYPES: Record<(typeof HISTORY_COLUMNS)[number], (type: string) => boolean> = {
  fetched_at: (type) => type.startsWith("TIMESTAMP"),
  id: (type) => type === "VARCHAR",
  rank: (type) => INTEGER_TYPES.has(type),
  likes: (type) => INTEGER_TYPES.has(type),
  downloads: (type) => INTEGER_TYPES.has(type),
};

/**
 * Where a crawl database's history lives: beside it. `npm run hub -- history` writes it there by
 * default and `npm run build` appends to and publishes it from there, so both must ask this.
 */
export function defaultHistoryFile(dbPath: string): string {
  return path.join(path.dirname(dbPath), "history.parquet");
}

export class HistoryFileError extends Error {
  override name = "HistoryFileError";
}

/**
 * Runs `use` on a connection whose session time zone is UTC: casting between TIMESTAMP and
 * TIMESTAMP WITH TIME ZONE then never depends on the machine's zone.
 */
export async function withConnection<T>(
  database: string,
  options: { readOnly?: boolean },
  use: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(database, options.readOnly ? { access_mode: "READ_ONLY" } : {});
  try {
    const connection = await instance.connect();
    try {
      await connection.run("SET TimeZone = 'UTC'");
      return await use(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

export async function requireFile(file: string, what: string, fix: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    await access(resolved);
  } catch {
    throw new HistoryFileError(`${what} ${resolved} does not exist: ${fix}`);
  }
  return resolved;
}

/**
 * The SQL that reads a history file as rows with fetched_at as TIMESTAMP WITH TIME ZONE, after
 * checking it has the history's columns. Extra columns (a later version's) are ignored.
 */
export async function historySource(connection: DuckDBConnection, file: string): Promise<string> {
  const source = `read_parquet(${sqlString(file)})`;
  let columns: { column_name: string; column_type: string }[];
  try {
    columns = await readRows(connection, `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${source})`);
  } catch (error) {
    throw new HistoryFileError(
      `${file} is not a readable Parquet file (${(error as Error).message.split("\n")[0]}). ` +
        "Pass the history.parquet an earlier build published, or leave the previous history out to start a new one.",
      { cause: error },
    );
  }
  const types = new Map(columns.map((column) => [column.column_name, column.column_type]));
  const wrong = HISTORY_COLUMNS.filter((name) => !types.has(name) || !EXPECTED_TYPES[name](types.get(name)!));
  if (wrong.length > 0) {
    const found = columns.map((column) => `${column.column_name} ${column.column_type}`).join(", ");
    throw new HistoryFileError(
      `${file} is not a hub-likes history: it needs the columns fetched_at (timestamp), id (text), rank, likes, downloads (integers); ` +
        `${wrong.join(", ")} ${wrong.length === 1 ? "is" : "are"} missing or of another type (found: ${found}). ` +
        "Pass the history.parquet an earlier build published, or leave the previous history out to start a new one.",
    );
  }
  return `(SELECT CAST(fetched_at AS TIMESTAMP WITH TIME ZONE) AS fetched_at, id, CAST(rank AS INTEGER) AS rank,
                  CAST(likes AS BIGINT) AS likes, CAST(downloads AS BIGINT) AS downloads FROM ${source})`;
}
