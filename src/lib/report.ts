// Every page reads its numbers from one Report per build. Opening DuckDB once and sharing the
// promise keeps a dozen pages from each opening (and locking) the same file.
import { existsSync } from "node:fs";
import path from "node:path";
import type { Report } from "../data-loaders/db/datasets.ts";

export type OpenReport = (dbPath: string) => Promise<Report>;

const HOW_TO_BUILD = "run `npm run build` or `npm run build:sample`, which crawl and then build the site";

export class ReportSourceError extends Error {
  override name = "ReportSourceError";
}

/** The database file the site is built from, checked before anything opens it. */
export function resolveReportDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.HUB_LIKES_DB?.trim();
  if (!raw) {
    throw new ReportSourceError(
      `HUB_LIKES_DB is not set, so the site has no data to show: ${HOW_TO_BUILD}. ` +
        "To build from an existing database, set HUB_LIKES_DB to its absolute path.",
    );
  }
  const dbPath = path.resolve(raw);
  // DuckDB would silently create an empty database at a mistyped path.
  if (!existsSync(dbPath)) {
    throw new ReportSourceError(`HUB_LIKES_DB points to ${dbPath}, which does not exist: ${HOW_TO_BUILD}.`);
  }
  return dbPath;
}

async function openReportFromQueries(dbPath: string): Promise<Report> {
  // Loaded on demand so a missing HUB_LIKES_DB is reported before the native DuckDB module loads.
  const { openReport } = await import("../data-loaders/db/queries.ts");
  return openReport(dbPath);
}

/** Opens the report once and hands the same promise to every caller after that. */
export function createReportLoader(open: OpenReport = openReportFromQueries, env: NodeJS.ProcessEnv = process.env): () => Promise<Report> {
  let pending: Promise<Report> | undefined;
  return () => {
    pending ??= Promise.resolve().then(() => open(resolveReportDbPath(env)));
    return pending;
  };
}

/** The build's report, from the database named by HUB_LIKES_DB. */
export const loadReport = createReportLoader();
