// The explorer's data: every model, split into columnar JSON shards the /explore/ page fetches
// lazily. One HTML page listing 100,000 models would weigh tens of megabytes; shards of a few MB
// load in the background while the first one is already searchable. Low-cardinality columns are
// stored as indexes into dictionaries in the manifest, which roughly halves the shards.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeFolderAtomically } from "../../lib/atomic-write.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { readRows } from "./read-rows.ts";
import {
  DEFAULT_SHARD_ROWS,
  DICTIONARY_COLUMNS,
  EXPLORER_FORMAT,
  type DictionaryColumn,
  type ExplorerManifest,
  type ExplorerShard,
} from "./explorer-format.ts";
import type { ExplorerRow } from "./report-types.ts";

/** Models in likes-rank order (the Hub's ranking), the explorer's default order. */
export function readExplorerRows(connection: DuckDBConnection, limit?: number): Promise<ExplorerRow[]> {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new Error(`readExplorerRows(limit): limit must be a whole number, 0 or more; got ${limit}.`);
  }
  return readRows<ExplorerRow>(
    connection,
    // The plan is author_stats' own plan_label (one row per author), so a plan's models here are
    // the ones the Authors page counts for it.
    `SELECT f.rank, f.id, f.author, f.author_type, f.likes, f.downloads, f.params, round(f.likes_per_day, 4) AS likes_per_day,
            strftime(f.created_at, '%Y-%m-%d') AS created, f.created_at_placeholder AS created_placeholder,
            f.size_bucket, f.era, f.license, f.family, f.high_quality, f.relation, s.plan_label AS plan,
            list_transform(f.base_models, b -> lower(b)) AS base_models
     FROM model_facts AS f
     LEFT JOIN author_stats AS s ON s.author = f.author
     ORDER BY f.rank, f.id
     ${limit === undefined ? "" : "LIMIT $limit"}`,
    limit === undefined ? undefined : { limit },
  );
}

/** Splits rows into a manifest and columnar shards. Pure, so it is tested without a database. */
export function buildExplorerShards(
  rows: ExplorerRow[],
  shardRows = DEFAULT_SHARD_ROWS,
): { manifest: ExplorerManifest; shards: ExplorerShard[] } {
  if (!Number.isInteger(shardRows) || shardRows < 1) {
    throw new Error(`shardRows must be a whole number of rows, 1 or more; got ${shardRows}.`);
  }
  const dictionaries = Object.fromEntries(DICTIONARY_COLUMNS.map((c) => [c, dictionaryOf(rows, c)])) as Record<DictionaryColumn, string[]>;
  const lookups = Object.fromEntries(
    DICTIONARY_COLUMNS.map((c) => [c, new Map(dictionaries[c].map((value, index) => [value, index]))]),
  ) as Record<DictionaryColumn, Map<string, number>>;
  const code = (column: DictionaryColumn, value: string | null) => (value === null ? null : lookups[column].get(value)!);

  const shards: ExplorerShard[] = [];
  for (let start = 0; start < rows.length; start += shardRows) {
    const slice = rows.slice(start, start + shardRows);
    const bases = [...new Set(slice.flatMap((r) => r.base_models))].sort();
    const baseIndex = new Map(bases.map((base, index) => [base, index]));
    shards.push({
      rank: slice.map((r) => r.rank),
      id: slice.map((r) => r.id),
      author: slice.map((r) => r.author),
      likes: slice.map((r) => r.likes),
      downloads: slice.map((r) => r.downloads),
      params: slice.map((r) => r.params),
      likes_per_day: slice.map((r) => r.likes_per_day),
      created: slice.map((r) => r.created),
      created_placeholder: slice.map((r) => (r.created_placeholder ? 1 : 0)),
      author_type: slice.map((r) => code("author_type", r.author_type)),
      size_bucket: slice.map((r) => code("size_bucket", r.size_bucket)),
      era: slice.map((r) => code("era", r.era)),
      license: slice.map((r) => code("license", r.license)),
      family: slice.map((r) => code("family", r.family)),
      high_quality: slice.map((r) => (r.high_quality ? 1 : 0)),
      relation: slice.map((r) => code("relation", r.relation)),
      plan: slice.map((r) => code("plan", r.plan)),
      bases,
      base_models: slice.map((r) => r.base_models.map((b) => baseIndex.get(b)!)),
    });
  }
  return {
    manifest: {
      format: EXPLORER_FORMAT,
      models: rows.length,
      dictionaries,
      shards: shards.map((shard, index) => ({ file: `models-${index}.json`, rows: shard.id.length })),
    },
    shards,
  };
}

/** Most common value first, so the page's filter lists read in order of importance. */
function dictionaryOf(rows: ExplorerRow[], column: DictionaryColumn): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const value = row[column];
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
}

/**
 * Writes manifest.json and models-<n>.json into dir. The shards are written into a fresh folder
 * that replaces the old one, so stale shards from a bigger earlier build never linger.
 */
export async function writeExplorerData(connection: DuckDBConnection, dir: string, shardRows = DEFAULT_SHARD_ROWS): Promise<string[]> {
  const { manifest, shards } = buildExplorerShards(await readExplorerRows(connection), shardRows);
  const target = path.resolve(dir);
  await writeFolderAtomically(
    target,
    async (temp) => {
      await Promise.all(shards.map((shard, i) => writeFile(path.join(temp, manifest.shards[i].file), JSON.stringify(shard))));
      await writeFile(path.join(temp, "manifest.json"), JSON.stringify(manifest));
    },
    "the explorer data into",
  );
  return (await readdir(target)).sort().map((file) => path.join(target, file));
}
