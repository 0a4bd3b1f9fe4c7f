// The history page's figures: one SQL query per method over the site database's `history` table
// plus the database's own crawl. The crawl is always part of the history the page shows, so the page
// agrees with the rest of the site even when no history was loaded (a local build: the history
// then starts with this crawl).
import { access } from "node:fs/promises";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { readOneRow, readRows, type SqlParams } from "../db/read-rows.ts";
import { currentSnapshotSql } from "./current-snapshot.ts";
import type {
  HistoryOverview,
  HistoryReport,
  IntervalLikesRow,
  LikesGainRow,
  NewcomerRow,
  RankMoverRow,
  SnapshotRow,
} from "./types.ts";

const ISO = "%Y-%m-%dT%H:%M:%SZ";
const SECONDS_PER_DAY = 86_400;

/** Defaults the page and its text share: movers among the top 1000, newcomers to the top 100. */
export const DEFAULT_MOVERS_WITHIN_TOP = 1000;
export const DEFAULT_NEWCOMERS_TOP = 100;

export async function openHistory(dbPath: string): Promise<HistoryReport> {
  const file = path.resolve(dbPath);
  try {
    await access(file);
  } catch {
    throw new Error(`No site database at ${file} to read the history from. Run the crawl first, or set HUB_LIKES_DB to an existing file.`);
  }
  const instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY" });
  let connection: DuckDBConnection;
  try {
    connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
  } catch (error) {
    instance.closeSync();
    throw error;
  }
  const hasHistory = await readOneRow<{ present: boolean }>(
    connection,
    "SELECT count(*) > 0 AS present FROM information_schema.tables WHERE table_name = 'history' AND table_schema = 'main'",
  );
  return createHistoryReport(connection, hasHistory.present, () => {
    connection.closeSync();
    instance.closeSync();
  });
}

function createHistoryReport(connection: DuckDBConnection, hasHistoryTable: boolean, close: () => void): HistoryReport {
  const current = currentSnapshotSql();
  // Every row of every snapshot; the crawl's own snapshot replaces a stored one with its stamp.
  const rows = hasHistoryTable
    ? `SELECT fetched_at, id, rank, likes, downloads FROM history
         WHERE fetched_at IS DISTINCT FROM (SELECT max(fetched_at) FROM ${current})
       UNION ALL SELECT * FROM ${current}`
    : `SELECT * FROM ${current}`;
  // The two latest snapshots, numbered 1 (latest) and 2 (the one before).
  const common = `
    WITH all_rows AS (${rows}),
    stamps AS (SELECT fetched_at, row_number() OVER (ORDER BY fetched_at DESC) AS n FROM (SELECT DISTINCT fetched_at FROM all_rows)),
    latest AS (SELECT r.* FROM all_rows r JOIN stamps s ON s.fetched_at = r.fetched_at AND s.n = 1),
    previous AS (SELECT r.* FROM all_rows r JOIN stamps s ON s.fetched_at = r.fetched_at AND s.n = 2),
    span AS (
      SELECT (epoch(max(fetched_at)) - epoch(min(fetched_at))) / ${SECONDS_PER_DAY} AS days FROM stamps WHERE n <= 2
    )`;
  const query = <Row>(sql: string, params?: SqlParams) => readRows<Row>(connection, `${common} ${sql}`, params);

  async function snapshotCount(): Promise<number> {
    const [row] = await query<{ snapshots: number }>("SELECT count(*) AS snapshots FROM stamps");
    return row.snapshots;
  }

  async function movers(direction: "rising" | "falling", limit: number, withinTop: number): Promise<RankMoverRow[]> {
    const rising = direction === "rising";
    return query<RankMoverRow>(
      `SELECT l.id, l.rank, p.rank AS previous_rank, p.rank - l.rank AS change, l.likes, l.likes - p.likes AS likes_gained
       FROM latest l JOIN previous p USING (id)
       WHERE least(l.rank, p.rank) <= $within_top AND p.rank ${rising ? ">" : "<"} l.rank
       ORDER BY abs(p.rank - l.rank) DESC, l.rank
       LIMIT $limit`,
      { within_top: withinTop, limit },
    );
  }

  return {
    async overview() {
      const [row] = await query<HistoryOverview>(
        `SELECT (SELECT count(*) FROM stamps) AS snapshots,
                strftime((SELECT min(fetched_at) FROM stamps), '${ISO}') AS first,
                strftime((SELECT fetched_at FROM stamps WHERE n = 1), '${ISO}') AS latest,
                strftime((SELECT fetched_at FROM stamps WHERE n = 2), '${ISO}') AS previous,
                CASE WHEN (SELECT count(*) FROM stamps) >= 2 THEN (SELECT days FROM span) END AS days_between`,
      );
      return row;
    },

    snapshots() {
      return query<SnapshotRow>(
        `SELECT strftime(fetched_at, '${ISO}') AS fetched_at, count(*) AS models, sum(likes) AS total_likes
         FROM all_rows GROUP BY fetched_at ORDER BY fetched_at`,
      );
    },

    async rankMovers({ limit = 10, withinTop = DEFAULT_MOVERS_WITHIN_TOP } = {}) {
      if ((await snapshotCount()) < 2) return { rising: [], falling: [] };
      return { rising: await movers("rising", limit, withinTop), falling: await movers("falling", limit, withinTop) };
    },

    async likesGained(limit = 10) {
      if ((await snapshotCount()) < 2) return [];
      return query<LikesGainRow>(
        `SELECT l.id, l.rank, l.likes, l.likes - p.likes AS likes_gained,
                (l.likes - p.likes) / (SELECT days FROM span) * 7 AS likes_per_week
         FROM latest l JOIN previous p USING (id)
         ORDER BY likes_gained DESC, l.rank
         LIMIT $limit`,
        { limit },
      );
    },

    intervalLikes() {
      return query<IntervalLikesRow>(
        `, pairs AS (
           SELECT lag(fetched_at) OVER (ORDER BY fetched_at) AS from_at, fetched_at AS to_at FROM stamps
         )
         SELECT strftime(pairs.from_at, '${ISO}') AS "from", strftime(pairs.to_at, '${ISO}') AS "to",
                (epoch(pairs.to_at) - epoch(pairs.from_at)) / ${SECONDS_PER_DAY} AS days,
                count(*) AS models, sum(b.likes - a.likes) AS likes_gained,
                sum(b.likes - a.likes) / ((epoch(pairs.to_at) - epoch(pairs.from_at)) / ${SECONDS_PER_DAY}) * 7 AS likes_per_week
         FROM pairs
         JOIN all_rows a ON a.fetched_at = pairs.from_at
         JOIN all_rows b ON b.fetched_at = pairs.to_at AND b.id = a.id
         WHERE pairs.from_at IS NOT NULL
         GROUP BY pairs.from_at, pairs.to_at
         ORDER BY pairs.to_at`,
      );
    },

    async newcomers(top = DEFAULT_NEWCOMERS_TOP) {
      if ((await snapshotCount()) < 2) return [];
      return query<NewcomerRow>(
        `SELECT l.id, l.rank, l.likes, p.rank AS previous_rank
         FROM latest l LEFT JOIN previous p USING (id)
         WHERE l.rank <= $top AND (p.rank IS NULL OR p.rank > $top)
         ORDER BY l.rank`,
        { top },
      );
    },

    close,
  };
}
