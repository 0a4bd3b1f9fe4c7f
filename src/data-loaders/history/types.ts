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

export interface SnapshotRow {
  fetched_at: string;
  models: number;
  total_likes: number;
}

/** What the history holds, for the page's headline and its "too early for trends" message. */
export interface HistoryOverview {
  snapshots: number;
  first: string | null;
  latest: string | null;
  /** The snapshot before the latest; trends compare these two. */
  previous: string | null;
  /** Days between `previous` and `latest`; null with fewer than two snapshots. */
  days_between: number | null;
}

/** A model ranked in both of the two latest snapshots whose rank changed. */
export interface RankMoverRow {
  id: string;
  rank: number;
  previous_rank: number;
  /** previous_rank − rank: positive when the model climbed. */
  change: number;
  likes: number;
  likes_gained: number;
}

export interface RankMovers {
  rising: RankMoverRow[];
  falling: RankMoverRow[];
}

/** Likes a model gained between the two latest snapshots, also as a weekly rate. */
export interface LikesGainRow {
  id: string;
  rank: number;
  likes: number;
  likes_gained: number;
  likes_per_week: number;
}

/** Likes gained between two consecutive snapshots by the models present in both. */
export interface IntervalLikesRow {
  from: string;
  to: string;
  days: number;
  /** Models present in both snapshots; only they are counted. */
  models: number;
  likes_gained: number;
  likes_per_week: number;
}

/** A model in the latest top N that was not in the previous snapshot's top N. */
export interface NewcomerRow {
  id: string;
  rank: number;
  likes: number;
  /** Its rank in the previous snapshot; null when that crawl did not list it at all. */
  previous_rank: number | null;
}

export interface HistoryReport {
  overview(): Promise<HistoryOverview>;
  snapshots(): Promise<SnapshotRow[]>;
  /** Biggest rank changes between the two latest snapshots, among models ranked within `withinTop` in either. */
  rankMovers(options?: { limit?: number; withinTop?: number }): Promise<RankMovers>;
  likesGained(limit?: number): Promise<LikesGainRow[]>;
  intervalLikes(): Promise<IntervalLikesRow[]>;
  newcomers(top?: number): Promise<NewcomerRow[]>;
  close(): void;
}
