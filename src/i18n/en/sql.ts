// English labels of the SQL page (src/views/Sql.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/sql.ts.

export const sql = {
  title: "Ask your own question",
  description: "Run SQL over the published data in your browser with DuckDB-WASM.",
  consoleHeading: "SQL console",
  loadButton: (total: string | null) => (total === null ? "Load the SQL console" : `Load the SQL console (${total})`),
  examples: "Example queries",
  resultCaption: (rows: string) => `The result when this site was built: ${rows} ${rows === "1" ? "row" : "rows"}.`,
  query: "SQL query",
  run: "Run",
  runExample: "Run in the console",
  results: "Results",
  client: {
    unsupported:
      "This browser cannot run the console: DuckDB needs WebAssembly exception handling, which Chrome and Edge 95, Firefox 100 and Safari 15.2 or later have. The examples below show their results without it.",
    starting: "Downloading and starting DuckDB…",
    ready: "Ready: {rows} models loaded. Write a query and press Run (Ctrl+Enter).",
    running: "Running…",
    rows: "{rows} rows in {ms} ms.",
    truncated: "{rows} rows in {ms} ms; showing the first {shown}.",
    error: "Error: {message}",
    failed: "DuckDB could not start: {message}",
  },
};
