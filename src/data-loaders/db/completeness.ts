// How complete a crawl's data is. summary.json publishes these figures and the publish check
// compares them between runs, so both read them through this one query.
import type { DuckDBConnection } from "@duckdb/node-api";
import { readOneRow } from "./read-rows.ts";

/** How complete a crawl's data is; shares are these counts over the number of models. */
export interface Completeness {
  /** Likes summed over every model of the crawl. */
  total_likes: number;
  /** Models with a parameter count, from any source. */
  known_params: number;
  /** Models whose author the Hub typed as org or user. */
  known_author_type: number;
  /** Models with a creation date, the Hub's pre-2022 placeholder included (it is the Hub's answer). */
  known_created_at: number;
  /** Listing records the crawl could not use. */
  skipped_records: number;
}

export async function readCompleteness(connection: DuckDBConnection): Promise<Completeness> {
  return readOneRow<Completeness>(
    connection,
    `SELECT
       (SELECT coalesce(sum(likes), 0) FROM models) AS total_likes,
       (SELECT count(*) FROM models WHERE params IS NOT NULL) AS known_params,
       (SELECT count(*) FROM models m JOIN authors a ON a.name = m.author WHERE a.type IS NOT NULL) AS known_author_type,
       (SELECT count(*) FROM models WHERE created_at IS NOT NULL OR created_at_placeholder) AS known_created_at,
       (SELECT coalesce(arg_max(skipped_records, finished_at), 0) FROM crawl_runs) AS skipped_records`,
  );
}
