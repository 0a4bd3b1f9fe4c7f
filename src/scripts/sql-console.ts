// The /sql/ page's console, on demand: the page arrives with the example queries and their
// results already in the HTML, and this small script only offers a button. DuckDB (tens of MB,
// see sql-engine.ts) downloads when the reader presses it, never on page load, so a reader who
// only reads the examples, on a phone too, downloads a few KB.
import type { ResultTable } from "../lib/sql-result.ts";
// Types only: erased from the bundle, so the engine still loads on demand.
import type { SqlConsoleEngine } from "./sql-engine.ts";

/** Enough to read; more would make the page slow to lay out. The status says when rows are cut. */
const MAX_ROWS = 1000;

/**
 * A minimal module using WebAssembly exception handling (try/catch_all), the check DuckDB-WASM
 * itself makes to choose its "eh" build. Chrome and Edge 95, Firefox 100 and Safari 15.2 (all of
 * 2021-22) pass it; an older browser is told so instead of downloading an engine it cannot run.
 */
const EXCEPTIONS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);

interface Strings {
  unsupported: string;
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

function supportsWasmExceptions(): boolean {
  try {
    return typeof WebAssembly === "object" && WebAssembly.validate(EXCEPTIONS_PROBE);
  } catch {
    return false;
  }
}

/** The same markup Sql.astro gives an example's precomputed result. */
function renderTable(container: HTMLElement, table: ResultTable): void {
  const element = document.createElement("table");
  const head = element.createTHead().insertRow();
  for (const [index, name] of table.columns.entries()) {
    const th = document.createElement("th");
    th.scope = "col";
    if (table.numericColumns[index]) th.className = "num";
    th.textContent = name;
    head.append(th);
  }
  const body = element.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      if (cell.numeric) td.className = "num";
      td.textContent = cell.text;
    }
  }
  container.replaceChildren(element);
}

function start(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const loadButton = root.querySelector<HTMLButtonElement>("[data-sql-load]")!;
  const workspace = root.querySelector<HTMLElement>("[data-sql-workspace]")!;
  const form = root.querySelector<HTMLFormElement>("[data-sql-form]")!;
  const input = form.querySelector("textarea")!;
  const runButton = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
  const status = root.querySelector<HTMLElement>("[data-sql-status]")!;
  const results = root.querySelector<HTMLElement>("[data-sql-results]")!;
  const parquetUrl = new URL(root.dataset.parquet ?? "", location.href).href;
  const lang = document.documentElement.lang || "en";
  root.hidden = false;
  if (!supportsWasmExceptions()) {
    loadButton.disabled = true;
    status.textContent = strings.unsupported;
    root.dataset.state = "unsupported";
    return;
  }

  async function open(): Promise<void> {
    loadButton.disabled = true;
    status.classList.remove("error");
    status.textContent = strings.starting;
    root.dataset.state = "starting";
    try {
      const { openSqlEngine } = await import("./sql-engine.ts");
      const engine = await openSqlEngine(parquetUrl, lang, MAX_ROWS);
      wire(engine);
      loadButton.hidden = true;
      workspace.hidden = false;
      status.textContent = fill(strings.ready, { rows: engine.models.toLocaleString(lang) });
      root.dataset.state = "ready";
    } catch (error) {
      status.classList.add("error");
      status.textContent = fill(strings.failed, { message: error instanceof Error ? error.message : String(error) });
      loadButton.disabled = false;
      root.dataset.state = "failed";
    }
  }

  function wire(engine: SqlConsoleEngine): void {
    async function run(): Promise<void> {
      status.classList.remove("error");
      status.textContent = strings.running;
      root.dataset.state = "running";
      runButton.disabled = true;
      const started = performance.now();
      try {
        const answer = await engine.query(input.value);
        renderTable(results, answer.table);
        const values = { rows: answer.rows.toLocaleString(lang), ms: String(Math.round(performance.now() - started)) };
        status.textContent =
          answer.rows > MAX_ROWS
            ? fill(strings.truncated, { ...values, shown: MAX_ROWS.toLocaleString(lang) })
            : fill(strings.rows, values);
        root.dataset.state = "done";
        root.dataset.rows = String(answer.rows);
      } catch (error) {
        status.classList.add("error");
        status.textContent = fill(strings.error, { message: error instanceof Error ? error.message : String(error) });
        results.replaceChildren();
        root.dataset.state = "error";
      } finally {
        runButton.disabled = false;
      }
    }

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
      const button = example.querySelector<HTMLButtonElement>("[data-run-example]");
      const sql = example.querySelector("code")?.textContent ?? "";
      if (!button) continue;
      button.hidden = false;
      button.addEventListener("click", () => {
        input.value = sql;
        form.scrollIntoView({ block: "start" });
        input.focus({ preventScroll: true });
        void run();
      });
    }
  }

  loadButton.addEventListener("click", () => void open());
}

for (const root of document.querySelectorAll<HTMLElement>("[data-sql-console]")) start(root);
