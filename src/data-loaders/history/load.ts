// Puts the history into the site's database as the table `history`, so the history page reads it
// at build time like every other page reads its figures. Loading replaces any earlier copy in one
// transaction: the database never holds half a history.
import { readOneRow } from "../db/read-rows.ts";
import { historySource, requireFile, withConnection } from "./history-file.ts";

export async function loadHistoryIntoDatabase(dbPath: string, historyFile: string): Promise<{ snapshots: number; rows: number }> {
  const database = await requireFile(
    dbPath,
    "The site database",
    "run the crawl first (npm run crawl), or pass --db with the crawl's database.",
  );
  const history = await requireFile(historyFile, "The history file", "write it first with appendHistory (npm run hub -- history).");
  return withConnection(database, {}, async (connection) => {
    const source = await historySource(connection, history);
    await connection.run("BEGIN TRANSACTION");
    try {
      // Times are stored as TIMESTAMP holding UTC wall-clock time, like every table of schema.sql.
      await connection.run(
        `CREATE OR REPLACE TABLE history (
           fetched_at TIMESTAMP NOT NULL,
           id VARCHAR NOT NULL,
           rank INTEGER NOT NULL CHECK (rank >= 1),
           likes BIGINT NOT NULL CHECK (likes >= 0),
           downloads BIGINT NOT NULL CHECK (downloads >= 0),
           PRIMARY KEY (fetched_at, id)
         )`,
      );
      await connection.run(`INSERT INTO history SELECT timezone('UTC', fetched_at), id, rank, likes, downloads FROM ${source}`);
      await connection.run("COMMIT");
    } catch (error) {
      await connection.run("ROLLBACK");
      throw new Error(
        `Could not load the history ${history} into ${database}: ${(error as Error).message} ` +
          "(a history written by appendHistory has one row per snapshot and model; rebuild it from the published file).",
        { cause: error },
      );
    }
    await connection.run("CHECKPOINT");
    return readOneRow<{ snapshots: number; rows: number }>(
      connection,
      "SELECT count(DISTINCT fetched_at) AS snapshots, count(*) AS rows FROM history",
    );
  });
}
