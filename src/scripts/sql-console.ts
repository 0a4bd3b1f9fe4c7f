// The /sql/ page's console: DuckDB-WASM in a worker over this site's models.parquet. The wasm
// and worker files are bundled by Vite from the npm packages (`?url`), so they are served from the
// site's own origin, never from a CDN. DuckDB-WASM's Parquet reader is an extension it would fetch
// from DuckDB's extension host, so the file is decoded by parquet-wasm (also from npm) into Arrow
// and handed to DuckDB as a table: same columns, same types, no request leaves the site.
import * as duckdb from "@duckdb/duckdb-wasm";
import ehWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import mvpWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url";
import ehWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import mvpWasm from "@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url";
import initParquetReader, { readParquet } from "parquet-wasm/esm";
import parquetReaderWasm from "parquet-wasm/esm/parquet_wasm_bg.wasm?url";

/** Enough to read; more would make the page slow to lay out. The status says when rows are cut. */
const MAX_ROWS = 1000;

interface Strings {
  starting: string;
  ready: string;
  running: string;
  rows: string;
  truncated: string;
  error: string;
  failed: string;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
}

async function openDatabase(parquetUrl: string): Promise<duckdb.AsyncDuckDBConnection> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: new URL(mvpWasm, location.href).href, mainWorker: new URL(mvpWorker, location.href).href },
    eh: { mainModule: new URL(ehWasm, location.href).href, mainWorker: new URL(ehWorker, location.href).href },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const connection = await db.connect();
  // A query that needs an extension fails with a message instead of fetching one from elsewhere.
  await connection.query("SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;");
  const [response] = await Promise.all([fetch(parquetUrl), initParquetReader({ module_or_path: parquetReaderWasm })]);
  if (!response.ok) throw new Error(`${parquetUrl}: HTTP ${response.status}`);
  const arrow = readParquet(new Uint8Array(await response.arrayBuffer())).intoIPCStream();
  await connection.insertArrowFromIPCStream(arrow, { name: "models" });
  return connection;
}

function renderTable(container: HTMLElement, table: Awaited<ReturnType<duckdb.AsyncDuckDBConnection["query"]>>): number {
  const lang = document.documentElement.lang || "en";
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  const columns = table.schema.fields.map((field) => field.name);
  const element = document.createElement("table");
  const head = element.createTHead().insertRow();
  for (const name of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = name;
    head.append(th);
  }
  const body = element.createTBody();
  const rows = table.toArray().slice(0, MAX_ROWS);
  for (const row of rows) {
    const tr = body.insertRow();
    const values = row.toJSON() as Record<string, unknown>;
    for (const name of columns) {
      const td = tr.insertCell();
      const value = values[name];
      // textContent only: query results include names and licence strings from the Hub.
      if (typeof value === "number" || typeof value === "bigint") {
        td.className = "num";
        td.textContent = typeof value === "bigint" ? value.toLocaleString(lang) : number.format(value);
      } else if (value === null || value === undefined) {
        td.textContent = "";
      } else if (value instanceof Date) {
        td.textContent = value.toISOString();
      } else if (typeof value === "object") {
        td.textContent = JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v));
      } else {
        td.textContent = String(value);
      }
    }
  }
  container.replaceChildren(element);
  return table.numRows;
}

function start(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const form = root.querySelector<HTMLFormElement>("[data-sql-form]")!;
  const input = form.querySelector("textarea")!;
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
  const status = root.querySelector<HTMLElement>("[data-sql-status]")!;
  const results = root.querySelector<HTMLElement>("[data-sql-results]")!;
  const parquetUrl = new URL(root.dataset.parquet ?? "", location.href).href;
  root.hidden = false;
  button.disabled = true;
  status.textContent = strings.starting;

  const ready = openDatabase(parquetUrl);

  async function run(): Promise<void> {
    const connection = await ready;
    status.classList.remove("error");
    status.textContent = strings.running;
    button.disabled = true;
    const started = performance.now();
    try {
      const table = await connection.query(input.value);
      const rows = renderTable(results, table);
      const ms = String(Math.round(performance.now() - started));
      const lang = document.documentElement.lang || "en";
      status.textContent =
        rows > MAX_ROWS
          ? fill(strings.truncated, { rows: rows.toLocaleString(lang), ms, shown: MAX_ROWS.toLocaleString(lang) })
          : fill(strings.rows, { rows: rows.toLocaleString(lang), ms });
      root.dataset.state = "done";
      root.dataset.rows = String(rows);
    } catch (error) {
      status.classList.add("error");
      status.textContent = fill(strings.error, { message: error instanceof Error ? error.message : String(error) });
      results.replaceChildren();
      root.dataset.state = "error";
    } finally {
      button.disabled = false;
    }
  }

  ready.then(
    async (connection) => {
      const count = await connection.query("SELECT count(*) AS n FROM models");
      const models = Number(count.toArray()[0].toJSON().n);
      status.textContent = fill(strings.ready, { rows: models.toLocaleString(document.documentElement.lang || "en") });
      button.disabled = false;
      root.dataset.state = "ready";
    },
    (error: unknown) => {
      status.classList.add("error");
      status.textContent = fill(strings.failed, { message: error instanceof Error ? error.message : String(error) });
      root.dataset.state = "failed";
    },
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void run();
    }
  });
  for (const example of document.querySelectorAll<HTMLElement>("[data-example]")) {
    const load = example.querySelector<HTMLButtonElement>("[data-load-example]");
    const sql = example.querySelector("code")?.textContent ?? "";
    if (!load) continue;
    load.hidden = false;
    load.addEventListener("click", () => {
      input.value = sql;
      input.focus();
      void run();
    });
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-sql-console]")) start(root);
