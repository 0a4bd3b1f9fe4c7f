// Every finished crawl, one JSON line each, in `<cacheDir>/crawl-runs.jsonl`. The database is
// rebuilt from scratch on every crawl, so its crawl_runs table is filled from this file: the history
// lives beside the raw responses it describes, survives a deleted or moved database, and an offline
// rebuild keeps it. Runs that were interrupted or failed wrote no database and are not listed.
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CrawlRunRow } from "../db/rows.ts";

export const RUN_HISTORY_FILE = "crawl-runs.jsonl";

export function runHistoryPath(cacheDir: string): string {
  return path.join(cacheDir, RUN_HISTORY_FILE);
}

/** Earlier runs, oldest first. A line that cannot be read is reported and left out, never fatal. */
export function readRunHistory(cacheDir: string, warn: (line: string) => void = () => {}): CrawlRunRow[] {
  const file = runHistoryPath(cacheDir);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const runs: CrawlRunRow[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      const run = JSON.parse(line) as CrawlRunRow;
      if (typeof run.started_at !== "string" || typeof run.finished_at !== "string") throw new Error("no start or finish time");
      // Lines written before these columns existed.
      runs.push({ ...run, requests_saved: run.requests_saved ?? 0, refresh: run.refresh ?? false });
    } catch (error) {
      // A line cut short by a killed process, most likely: the other runs are still worth keeping.
      warn(`warning: ${file} line ${index + 1} is not a crawl run (${(error as Error).message}); leaving it out of crawl_runs`);
    }
  });
  return runs;
}

/** Appends one run; a single write of one line, so a crash leaves at most one unreadable line. */
export function appendRunHistory(cacheDir: string, run: CrawlRunRow): void {
  mkdirSync(cacheDir, { recursive: true });
  appendFileSync(runHistoryPath(cacheDir), `${JSON.stringify(run)}\n`);
}
