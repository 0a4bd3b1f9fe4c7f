// Turns DuckDB results into plain JS rows for pages and exports. DuckDB hands back BIGINT and
// HUGEINT (counts, sums) as bigint; every such figure here stays far below 2^53, so converting to
// number loses nothing, and a value that would lose precision is an error, not a silent rounding.
import type { DuckDBConnection, DuckDBValue, JS } from "@duckdb/node-api";

export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;

export async function readRows<Row>(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((row) => toPlainValue(row) as Row);
}

export async function readOneRow<Row>(connection: DuckDBConnection, sql: string, params?: SqlParams): Promise<Row> {
  const rows = await readRows<Row>(connection, sql, params);
  if (rows.length !== 1) throw new Error(`Expected one row from the query, got ${rows.length}: ${sql.trim().slice(0, 200)}`);
  return rows[0];
}

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

function toPlainValue(value: JS): Plain {
  if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "bigint") return toSafeNumber(value);
  if (value instanceof Date) return `${value.toISOString().slice(0, 19)}Z`;
  if (value instanceof Uint8Array) throw new Error("A query returned a BLOB; the report reads no binary columns.");
  if (Array.isArray(value)) return value.map(toPlainValue);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainValue(item)]));
}

function toSafeNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw new Error(`The integer ${value} is too large to be a JS number without rounding.`);
  }
  return number;
}
