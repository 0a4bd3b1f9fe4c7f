// English paragraphs of the Downloads page (src/views/Downloads.astro): its lead, intros, notes and definitions.

export const downloadsProse = {
  lead: (models: string) =>
    `Every number in this report can be re-derived from these files. The model table has one row per crawled model (${models} rows), the same in each format.`,
  files: {
    "models.parquet": "Parquet: typed columns, timestamps in UTC, lists as lists. Best for DuckDB, pandas, polars, R.",
    "models.csv":
      'CSV with a header row; lists joined with ";", missing values as empty cells. A text cell that starts with =, +, -, @, a tab or a carriage return is written with a leading apostrophe (\'), so a spreadsheet shows it instead of running it as a formula; numbers are unchanged, and Parquet and JSON keep the text as the Hub gave it.',
    "models.json": "JSON: one array of objects, missing values as null.",
    "summary.json":
      "The headline figures: thresholds, quality split, size buckets per era, top downloads, parameter-count sources, where and when the data was fetched.",
    "history.parquet": "Every crawl's ranking, one row per model and snapshot: rank, likes and downloads over time.",
  },
  chartsIntro:
    "Each chart's rows exactly as drawn, as JSON and CSV (text a spreadsheet would run as a formula starts with an apostrophe in the CSV, as in models.csv). Every chart also links its own file and shows its SQL.",
};
