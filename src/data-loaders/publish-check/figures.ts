// The figures the publish check compares: read from a crawl database (the run about to be
// published) or from a summary.json (the run the live site shows). Both sides use the same
// definitions because summary.json's `completeness` block is written by `readCompleteness` too.
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { readCompleteness, type Completeness } from "../db/completeness.ts";
import { readOneRow } from "../db/read-rows.ts";

export interface PublishFigures {
  /** Where the figures came from, for messages: a database or a summary.json path. */
  origin: string;
  fetched_at: string;
  sample: boolean;
  requested_limit: number | null;
  models: number;
  /** Absent entries are figures an older summary.json did not publish. */
  completeness: Partial<Completeness>;
}

export async function readPublishFigures(dbPath: string): Promise<PublishFigures> {
  const database = path.resolve(dbPath);
  try {
    await access(database);
  } catch {
    throw new Error(
      `No crawl database at ${database}: the crawl did not write one. Read its log, fix the cause and crawl again before publishing.`,
    );
  }
  const instance = await DuckDBInstance.create(database, { access_mode: "READ_ONLY" });
  try {
    const connection = await instance.connect();
    try {
      const run = await readOneRow<{
        runs: number;
        fetched_at: string | null;
        sample: boolean | null;
        requested_limit: number | null;
        models: number;
      }>(
        connection,
        `SELECT (SELECT count(*) FROM crawl_runs) AS runs,
                strftime(arg_max(finished_at, finished_at), '%Y-%m-%dT%H:%M:%SZ') AS fetched_at,
                arg_max(sample, finished_at) AS sample,
                arg_max(requested_limit, finished_at) AS requested_limit,
                (SELECT count(*) FROM models) AS models
         FROM crawl_runs`,
      );
      if (run.runs === 0 || run.fetched_at === null) {
        throw new Error(
          `The database ${database} records no crawl run (crawl_runs is empty), so it was not written by a finished crawl. Crawl again before publishing.`,
        );
      }
      return {
        origin: database,
        fetched_at: run.fetched_at,
        sample: Boolean(run.sample),
        requested_limit: run.requested_limit,
        models: run.models,
        completeness: await readCompleteness(connection),
      };
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** The figures of a published summary.json; `file` names it in errors. */
export function figuresFromSummary(summary: unknown, file: string): PublishFigures {
  const fix =
    "Pass the summary.json a build published (data/summary.json on the live site), or leave --previous-summary out on the first publication.";
  if (!isRecord(summary) || !isRecord(summary.source))
    throw new Error(`${file} is not a hub-likes summary.json: it has no "source" object. ${fix}`);
  const { source } = summary;
  if (typeof summary.models !== "number" || typeof source.fetched_at !== "string") {
    throw new Error(`${file} is not a hub-likes summary.json: "models" (a number) or "source.fetched_at" (a time) is missing. ${fix}`);
  }
  const completeness: Partial<Completeness> = {};
  if (isRecord(summary.completeness)) {
    for (const key of ["total_likes", "known_params", "known_author_type", "known_created_at", "skipped_records"] as const) {
      const value = summary.completeness[key];
      if (typeof value === "number") completeness[key] = value;
    }
  }
  // Summaries from before the completeness block still say how many counts are unknown.
  if (completeness.known_params === undefined && isRecord(summary.params_sources)) {
    const unknown = summary.params_sources.unknown;
    completeness.known_params = summary.models - (typeof unknown === "number" ? unknown : 0);
  }
  return {
    origin: file,
    fetched_at: source.fetched_at,
    sample: source.sample === true,
    requested_limit: typeof source.requested_limit === "number" ? source.requested_limit : null,
    models: summary.models,
    completeness,
  };
}

export async function readSummaryFigures(file: string): Promise<PublishFigures> {
  const resolved = path.resolve(file);
  let text: string;
  try {
    text = await readFile(resolved, "utf8");
  } catch (error) {
    throw new Error(
      `Cannot read the previous summary ${resolved}: ${(error as Error).message}. Download data/summary.json from the live site, or leave --previous-summary out on the first publication.`,
      {
        cause: error,
      },
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${resolved} is not JSON (${(error as Error).message}); it should be the summary.json a build published.`, {
      cause: error,
    });
  }
  return figuresFromSummary(parsed, resolved);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
