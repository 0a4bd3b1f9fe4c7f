// The SQL console's engine, loaded only when the reader asks for the console (sql-console.ts
// imports it on demand, so Vite puts it and everything it references in files of their own).
// DuckDB-WASM's exception-handling ("eh") build runs in a worker; its wasm and worker files are
// bundled by Vite from the npm package (`?url`) and served from the site's own origin, never from
// a CDN. The mvp build is not shipped: it is only for browsers without WebAssembly exception
// handling, and every browser the site supports has it (see sql-console.ts).
//
// DuckDB-WASM 1.32 has no Parquet reader built in: `read_parquet` is an extension it would fetch
// from DuckDB's extension host (checked with `duckdb_extensions()`: parquet NOT_INSTALLED). So
// the file is decoded by parquet-wasm (also from npm, served from the site) into Arrow and handed
// to DuckDB as a table: same columns, same types, no request leaves the site.
import * as duckdb from "@duckdb/duckdb-wasm";
import ehWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import ehWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import initParquetReader, { readParquet } from "parquet-wasm/esm";
import parquetReaderWasm from "parquet-wasm/esm/parquet_wasm_bg.wasm?url";
import { resultTable, type ResultTable } from "../lib/sql-result.ts";

export interface QueryAnswer {
  table: ResultTable;
  /** Rows the query returned; the table holds at most the first `maxRows`. */
  rows: number;
}

export interface SqlConsoleEngine {
  /** Rows in the models table. */
  models: number;
  query(sql: string): Promise<QueryAnswer>;
}

/** Starts DuckDB over the site's models.parquet, available to queries as the table `models`. */
export async function openSqlEngine(parquetUrl: string, lang: string, maxRows: number): Promise<SqlConsoleEngine> {
  const worker = new Worker(new URL(ehWorker, location.href).href);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const [, response] = await Promise.all([
    db.instantiate(new URL(ehWasm, location.href).href),
    fetch(parquetUrl),
    initParquetReader({ module_or_path: parquetReaderWasm }),
  ]);
  if (!response.ok) throw new Error(`${parquetUrl}: HTTP ${response.status}`);
  // Sums of BIGINT columns are HUGEINT, which reaches JavaScript as an Arrow decimal object; as a
  // double it prints like any number (DuckDB in Node prints the same digits for these sums).
  await db.open({ query: { castDecimalToDouble: true } });
  const connection = await db.connect();
  // A query that needs an extension fails with a message instead of fetching one from elsewhere.
  await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
  const arrow = readParquet(new Uint8Array(await response.arrayBuffer())).intoIPCStream();
  await connection.insertArrowFromIPCStream(arrow, { name: "models" });
  const count = await connection.query("SELECT count(*) AS n FROM models");
  return {
    models: Number(count.getChildAt(0)?.get(0)),
    async query(sql) {
      const table = await connection.query(sql);
      const columns = table.schema.fields.map((field) => field.name);
      const shown = Math.min(table.numRows, maxRows);
      // Read by column index, so a result with two columns of the same name keeps both.
      const rows = Array.from({ length: shown }, (_, row) => columns.map((_, column) => table.getChildAt(column)?.get(row)));
      return { table: resultTable(columns, rows, lang), rows: table.numRows };
    },
  };
}
