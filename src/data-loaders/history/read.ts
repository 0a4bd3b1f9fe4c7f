// Reads a history file back as rows, oldest snapshot first and by rank within each.
import { readRows } from "../db/read-rows.ts";
import { historySource, requireFile, withConnection } from "./history-file.ts";
import type { HistoryRow } from "./types.ts";

export async function readHistory(file: string): Promise<HistoryRow[]> {
  const resolved = await requireFile(file, "The history file", "pass the history.parquet a build wrote (dist/data/history.parquet).");
  return withConnection(":memory:", {}, async (connection) => {
    const source = await historySource(connection, resolved);
    return readRows<HistoryRow>(
      connection,
      `SELECT strftime(fetched_at, '%Y-%m-%dT%H:%M:%SZ') AS fetched_at, id, rank, likes, downloads
       FROM ${source} ORDER BY fetched_at, rank, id`,
    );
  });
}
