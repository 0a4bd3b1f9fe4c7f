// The rows of the likes history: one snapshot per build, one row per model in it, and the trends
// the history page shows. Times are ISO 8601 UTC to the second; a snapshot is named by the time
// its crawl finished, the same `fetched_at` that summary.json publishes.

/** One model in one snapshot, as stored in history.parquet. */
export interface HistoryRow {
  fetched_at: string;
  id: string;
  /** 1-based position in that crawl's likes ranking. */
  rank: number;
  likes: number;
  /** Downloads over the ~30 days before that crawl, as the Hub reported them. */
  downloads: number;
}
