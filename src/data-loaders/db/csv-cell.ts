// Spreadsheet-safe CSV cells. Much of what the CSVs carry is text the Hub's users wrote (licence
// names from model cards, model_type, base model ids, library names), and a spreadsheet opening a
// CSV runs a cell that begins with "=", "+", "-" or "@" as a formula: `=HYPERLINK(...)` or
// `+cmd|' /C calc'!A0` planted by any model author who reaches the top. A leading tab or carriage
// return can hide such a cell, so those count too. Such a cell is published with a leading
// apostrophe, which makes it text; numbers, negative ones included, stay numbers. Only CSV output is
// changed: JSON and Parquet carry the text exactly as the Hub gave it.
//
// The rule exists twice, once for cells written here (chart CSVs) and once as SQL for the CSV that
// DuckDB writes (models.csv); test/csv-cell-test.ts checks that both give the same answer.

/** What a neutralised cell starts with. */
export const CSV_TEXT_PREFIX = "'";

/** First characters that make a spreadsheet evaluate a cell (tab and CR can precede a formula). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, which a spreadsheet reads as that number whatever its sign. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The cell text as published in a CSV: prefixed with an apostrophe when a spreadsheet would run it. */
export function csvSafeText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `${CSV_TEXT_PREFIX}${text}` : text;
}

/** The same rule in DuckDB SQL, for any column: its value as CSV text, neutralised. */
export function csvSafeSql(expression: string): string {
  const text = `CAST(${expression} AS VARCHAR)`;
  return (
    `CASE WHEN regexp_matches(${text}, '${FORMULA_START.source}') AND NOT regexp_matches(${text}, '${PLAIN_NUMBER.source}') ` +
    `THEN '${CSV_TEXT_PREFIX}${CSV_TEXT_PREFIX}' || ${text} ELSE ${text} END`
  );
}
