// How a SQL result becomes table cells, shared by the SQL page (example results computed at build
// time by DuckDB in Node) and the console (DuckDB-WASM in the browser), so an example's result
// reads the same before and after the reader loads the console. Cells are text, never HTML:
// results hold names and licence strings from the Hub.

export interface ResultCell {
  text: string;
  /** A figure, right-aligned in tabular digits. */
  numeric: boolean;
}

export interface ResultTable {
  columns: string[];
  /** Per column: every value is a figure (or empty), so the heading aligns with them. */
  numericColumns: boolean[];
  rows: ResultCell[][];
}

/** Up to four decimals: shares (0.4213) keep their digits, counts print as they are. */
export function resultCellFormatter(lang: string): (value: unknown) => ResultCell {
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 4 });
  return (value) => {
    if (typeof value === "number") return { text: number.format(value), numeric: true };
    // BIGINT arrives as bigint in the browser; Intl formats it without going through a double.
    if (typeof value === "bigint") return { text: number.format(value), numeric: true };
    if (value === null || value === undefined) return { text: "", numeric: false };
    if (value instanceof Date) return { text: value.toISOString(), numeric: false };
    if (typeof value === "object") {
      return { text: JSON.stringify(value, (_, item: unknown) => (typeof item === "bigint" ? item.toString() : item)), numeric: false };
    }
    return { text: String(value), numeric: false };
  };
}

/** A result's rows (each one value per column, in column order) as cells. */
export function resultTable(columns: string[], rows: readonly (readonly unknown[])[], lang: string): ResultTable {
  const cell = resultCellFormatter(lang);
  const cells = rows.map((row) => row.map(cell));
  const numericColumns = columns.map(
    (_, column) => cells.length > 0 && cells.every((row) => row[column].numeric || row[column].text === ""),
  );
  return { columns, numericColumns, rows: cells };
}
