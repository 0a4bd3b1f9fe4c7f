// The schema and the views live in .sql files beside this module, so they read as SQL and can be
// run by hand in the DuckDB shell.
import { readFile } from "node:fs/promises";

export function readSqlFile(name: "schema.sql" | "views.sql"): Promise<string> {
  return readFile(new URL(`./${name}`, import.meta.url), "utf8");
}

/** A SQL string literal, for the places DuckDB takes no parameter (file paths in COPY, read_json). */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
