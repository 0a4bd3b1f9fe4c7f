// CSV cells a spreadsheet would run as a formula are published as text; numbers stay numbers. The
// rule is written once for chart CSVs (TypeScript) and once for models.csv (DuckDB SQL); both must
// give the same answer for every cell.
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { csvSafeSql, csvSafeText } from "../src/data-loaders/db/csv-cell.ts";
import { toCsv } from "../src/data-loaders/db/export-chart-data.ts";
import { readRows } from "../src/data-loaders/db/read-rows.ts";

const FORMULAS = [
  '=HYPERLINK("http://evil.example","click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
  "=1",
  "-",
  "+",
];
const PLAIN = ["apache-2.0", "llama3.1", "meta-llama/Llama-3.1-8B", "a=b", "", "'quoted", "2024-01-01T00:00:00Z", " =1"];
const NUMBERS = ["-5", "-0.25", "+7", "-1e9", "1.5E-3", "-.5", "42"];

describe("csvSafeText", () => {
  it("prefixes an apostrophe to cells starting with =, +, -, @, tab or carriage return", () => {
    for (const text of FORMULAS) expect(csvSafeText(text), JSON.stringify(text)).toBe(`'${text}`);
  });

  it("leaves other text alone, a leading space included", () => {
    for (const text of PLAIN) expect(csvSafeText(text), JSON.stringify(text)).toBe(text);
  });

  it("leaves numbers alone, negative ones included", () => {
    for (const text of NUMBERS) expect(csvSafeText(text), text).toBe(text);
  });
});

describe("the SQL rule for models.csv", () => {
  it("gives the same cell as csvSafeText for formulas, plain text and numbers", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      for (const text of [...FORMULAS, ...PLAIN, ...NUMBERS]) {
        const [row] = await readRows<{ cell: string }>(connection, `SELECT ${csvSafeSql("$text")} AS cell`, { text });
        expect(row.cell, JSON.stringify(text)).toBe(csvSafeText(text));
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it("writes numeric columns as the numbers they are", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      const [row] = await readRows<{ int: string; real: string; flag: string; missing: string | null }>(
        connection,
        `SELECT ${csvSafeSql("-42::BIGINT")} AS int, ${csvSafeSql("-0.5::DOUBLE")} AS real, ${csvSafeSql("true")} AS flag, ${csvSafeSql("NULL::INTEGER")} AS missing`,
      );
      expect(row).toEqual({ int: "-42", real: "-0.5", flag: "true", missing: null });
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});

describe("toCsv", () => {
  it("neutralises formula cells, lists included, and keeps numbers as numbers", () => {
    const csv = toCsv([
      { license: '=HYPERLINK("http://evil.example")', models: -3, base_models: ["@SUM(1)", "ok/model"] },
      { license: "mit", models: 4, base_models: [] },
    ]);
    expect(csv).toBe(`license,models,base_models\n"'=HYPERLINK(""http://evil.example"")",-3,'@SUM(1);ok/model\nmit,4,\n`);
  });
});
