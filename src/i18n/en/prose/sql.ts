// English paragraphs of the SQL page (src/views/Sql.astro): its lead, intros, notes and definitions.

export const sqlProse = {
  lead: "Query the published model table with SQL, right here in your browser: DuckDB compiled to WebAssembly reads data/models.parquet from this site. Nothing is sent anywhere.",
  tableNote:
    "The table is called models; its columns are described in the data dictionary on the downloads page. The example queries reproduce the report's charts.",
  noScript:
    "The SQL console needs JavaScript (it runs DuckDB in the browser). Each example below shows its result as computed when this site was built; the queries also run in the DuckDB shell over models.parquet:",
  /** Sizes are formatted ("40.2 MB"); all null when this build could not measure them. */
  download: (total: string | null, engine: string | null, data: string | null) =>
    total === null
      ? "Loading the console downloads DuckDB with its Parquet reader and the model table, once; the examples below need none of it."
      : `Loading the console downloads ${total}, once: DuckDB with its Parquet reader (${engine}) and the model table (${data}). The examples below need none of it.`,
};
