// Writes the rows behind every chart (each dataset with a file) as data/charts/<file>.json and .csv, so each
// chart on the report links to exactly the numbers it draws. JSON keeps lists and nulls as they
// are; CSV joins lists with ";", leaves null cells empty and neutralises formula-looking cells
// (csv-cell.ts), like models.csv.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeAtomically } from "../../lib/atomic-write.ts";
import { CHART_DATASET_NAMES, DATASETS, type Report } from "./datasets.ts";
import { csvSafeText } from "./csv-cell.ts";

export async function writeChartData(report: Report, chartsDir: string): Promise<string[]> {
  await mkdir(chartsDir, { recursive: true });
  const files: string[] = [];
  // One connection runs one query at a time, so datasets are read in turn.
  for (const name of CHART_DATASET_NAMES) {
    // With its default parameters: the rows the page draws.
    const data: unknown = await report[name]();
    const rows = (Array.isArray(data) ? data : [data]) as Array<Record<string, unknown>>;
    const jsonFile = path.join(chartsDir, `${DATASETS[name].file}.json`);
    const csvFile = path.join(chartsDir, `${DATASETS[name].file}.csv`);
    await writeFileAtomically(jsonFile, `${JSON.stringify(data, null, 2)}\n`);
    await writeFileAtomically(csvFile, toCsv(rows));
    files.push(jsonFile, csvFile);
  }
  return files;
}

/**
 * RFC 4180 CSV: a header from the first row's keys; fields with , " or a line break are quoted,
 * and a cell a spreadsheet would run as a formula is made text (csv-cell.ts).
 */
export function toCsv(rows: ReadonlyArray<Record<string, unknown>>): string {
  if (rows.length === 0) return "";
  const columns = Object.keys(rows[0]);
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(csvSafeText(csvValue(row[column])))).join(","));
  return `${lines.join("\n")}\n`;
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(csvValue).join(";");
  return String(value);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeFileAtomically(file: string, text: string): Promise<void> {
  return writeAtomically(file, (temp) => writeFile(temp, text));
}
