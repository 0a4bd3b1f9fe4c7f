// The snapshot a crawl database contributes to the history: every model with its rank, likes and
// downloads, stamped with the time the crawl finished, truncated to the second so the stamp is
// exactly the `fetched_at` that summary.json and the pages print.

/**
 * SQL for the crawl's snapshot, with fetched_at as TIMESTAMP (UTC wall-clock time, the database's
 * convention). `schema` names the attached database ("" for the connection's own).
 */
export function currentSnapshotSql(schema = ""): string {
  const prefix = schema ? `${schema}.` : "";
  return `(SELECT run.fetched_at, m.id, m.rank, m.likes, m.downloads
           FROM ${prefix}models AS m
           CROSS JOIN (SELECT date_trunc('second', max(finished_at)) AS fetched_at FROM ${prefix}crawl_runs) AS run
           WHERE run.fetched_at IS NOT NULL)`;
}
