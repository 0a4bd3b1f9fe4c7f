// The explorer's file layout, shared by the export that writes the shards and the browser script
// that reads them. Types and constants only, so the browser bundle pulls in nothing from Node.

/** The columns stored as dictionary indexes (null stays null). */
export const DICTIONARY_COLUMNS = ["author_type", "size_bucket", "era", "license", "family", "relation", "plan"] as const;
export type DictionaryColumn = (typeof DICTIONARY_COLUMNS)[number];

/** Bump when the shard layout changes, so a cached old manifest is not misread. */
export const EXPLORER_FORMAT = 4;

/** About 2 MB of JSON per shard at typical id lengths. */
export const DEFAULT_SHARD_ROWS = 25_000;

export interface ExplorerManifest {
  format: typeof EXPLORER_FORMAT;
  models: number;
  /** Value lists: a shard's dictionary column holds indexes into these (or null). */
  dictionaries: Record<DictionaryColumn, string[]>;
  shards: Array<{ file: string; rows: number }>;
}

/** A shard: one array per column, all the same length, rows in likes-rank order. */
export interface ExplorerShard {
  rank: number[];
  id: string[];
  author: string[];
  likes: number[];
  downloads: number[];
  params: Array<number | null>;
  likes_per_day: Array<number | null>;
  created: Array<string | null>;
  created_placeholder: Array<0 | 1>;
  author_type: Array<number | null>;
  size_bucket: Array<number | null>;
  era: Array<number | null>;
  license: Array<number | null>;
  family: Array<number | null>;
  high_quality: Array<0 | 1>;
  relation: Array<number | null>;
  plan: Array<number | null>;
  /**
   * The lower-cased base model ids this shard's models name. Kept per shard, not in the manifest:
   * a million-model Hub names about 200,000 bases, and the manifest is loaded before any model.
   */
  bases: string[];
  /** Per model, the indexes of the bases it names in this shard's `bases`; empty when it names none. */
  base_models: number[][];
}
