// Adds a crawl's snapshot to the likes history. The history survives across builds only because
// each build downloads the one the live site publishes, adds its own crawl, and publishes the
// result; so the file is written under a temporary name and renamed, and a bad previous file stops
// the build instead of being replaced by a history that starts over.
import path from "node:path";
import { writeAtomically } from "../../lib/atomic-write.ts";
import { readOneRow } from "../db/read-rows.ts";
import { sqlString } from "../db/sql-files.ts";
import { currentSnapshotSql } from "../db/current-snapshot.ts";
import { historySource, HistoryFileError, requireFile, withConnection } from "./history-file.ts";

export interface AppendResult {
  file: string;
  /** The snapshot this crawl added (or replaced, when the same crawl was appended before). */
  fetched_at: string;
  added: number;
  replaced: boolean;
  snapshots: number;
  rows: number;
}

/**
 * Writes `outFile`: the rows of `previousFile` (none when null) plus the snapshot of the crawl in
 * `dbPath`. A snapshot is keyed by its fetched_at: appending the same crawl again replaces its rows
 * rather than doubling them, and rows repeated within the previous file are kept once per
 * (fetched_at, id). `outFile` may be `previousFile`.
 */
export async function appendHistory(previousFile: string | null, dbPath: string, outFile: string): Promise<AppendResult> {
  const database = await requireFile(
    dbPath,
    "The crawl database",
    "run the crawl first (npm run crawl), or pass --db with the crawl's database.",
  );
  const previous =
    previousFile === null
      ? null
      : await requireFile(
          previousFile,
          "The previous history",
          "pass the history.parquet the live site publishes (data/history.parquet), or leave --previous-history out on the first run.",
        );
  const target = path.resolve(outFile);

  return withConnection(":memory:", {}, async (connection) => {
    await connection.run(`ATTACH ${sqlString(database)} AS site (READ_ONLY)`);
    await connection.run(
      `CREATE TEMP TABLE current_snapshot AS
       SELECT CAST(fetched_at AS TIMESTAMP WITH TIME ZONE) AS fetched_at, id, rank, likes, downloads
       FROM ${currentSnapshotSql("site")}`,
    );
    const current = await readOneRow<{ rows: number; fetched_at: string | null }>(
      connection,
      `SELECT count(*) AS rows, strftime(min(fetched_at), '%Y-%m-%dT%H:%M:%SZ') AS fetched_at FROM current_snapshot`,
    );
    if (current.rows === 0 || current.fetched_at === null) {
      throw new HistoryFileError(
        `The crawl database ${database} holds no models or no crawl run, so there is no snapshot to add to the history. ` +
          "Did the crawl fail? Run it again and check its log before building.",
      );
    }
    const previousRows = previous === null ? "(SELECT * FROM current_snapshot WHERE false)" : await historySource(connection, previous);
    await connection.run(
      `CREATE TEMP TABLE previous_rows AS
       SELECT * FROM ${previousRows}
       QUALIFY row_number() OVER (PARTITION BY fetched_at, id ORDER BY rank) = 1`,
    );
    const replaced = await readOneRow<{ replaced: boolean }>(
      connection,
      "SELECT count(*) > 0 AS replaced FROM previous_rows WHERE fetched_at = (SELECT min(fetched_at) FROM current_snapshot)",
    );
    await writeAtomically(
      target,
      (tempFile) =>
        connection.run(
          `COPY (
             SELECT fetched_at, id, rank, likes, downloads FROM (
               SELECT * FROM previous_rows WHERE fetched_at <> (SELECT min(fetched_at) FROM current_snapshot)
               UNION ALL
               SELECT * FROM current_snapshot
             ) ORDER BY fetched_at, rank, id
           ) TO ${sqlString(tempFile)} (FORMAT parquet, COMPRESSION zstd)`,
        ),
      { what: "the history" },
    );
    const totals = await readOneRow<{ snapshots: number; rows: number }>(
      connection,
      `SELECT count(DISTINCT fetched_at) AS snapshots, count(*) AS rows FROM read_parquet(${sqlString(target)})`,
    );
    return { file: target, fetched_at: current.fetched_at, added: current.rows, replaced: replaced.replaced, ...totals };
  });
}
