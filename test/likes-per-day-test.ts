// Likes per day since creation, the explorer's sorting by it, and whether the top of the likes
// ranking is old or recent, on the recorded real ranking (real creation dates and the Hub's
// placeholders) and on the sample Hub.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { buildExplorerShards } from "../src/data-loaders/db/export-explorer.ts";
import { openReport } from "../src/data-loaders/db/queries.ts";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { generateSampleHub, SAMPLE_NOW } from "../src/mock-hub/sample.ts";
import { decodeShard, EMPTY_QUERY, runQuery } from "../src/scripts/explorer-query.ts";
import { queryDatabase, writeRowsDatabase } from "./fixtures/db.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

interface PerDay {
  id: string;
  rank: number;
  likes: number;
  likes_per_day: number | null;
  created_at_placeholder: boolean;
}

const scratchRoot = suiteScratchDir("hub-likes-db-");
afterAll(async () => {});

async function perDayOf(models: ApiModel[], name: string, crawledAt: string) {
  const dbPath = path.join(scratchRoot, `${name}.duckdb`);
  await writeRowsDatabase(dbPath, enrichModels(models), crawledAt);
  const rows = await queryDatabase<PerDay>(
    dbPath,
    "SELECT id, rank, likes, likes_per_day, created_at_placeholder FROM model_facts ORDER BY rank",
  );
  const [summary] = await queryDatabase<{ dated: number; placeholder: number }>(
    dbPath,
    "SELECT dated, placeholder FROM likes_per_day_summary",
  );
  const [age] = await queryDatabase<{
    verdict: string | null;
    top_placeholder: number;
    top_median_age_days: number | null;
    all_median_age_days: number | null;
  }>(dbPath, "SELECT verdict, top_placeholder, top_median_age_days, all_median_age_days FROM likes_ranking_age");
  // The explorer's order when its likes-per-day column is sorted, largest first and then smallest
  // first, as the page computes it from the shards it fetches.
  const report = await openReport(dbPath);
  let explorer: { desc: string[]; asc: string[] };
  try {
    const { manifest, shards } = buildExplorerShards(await report.explorerRows(), 97);
    const all = shards.flatMap((shard) => decodeShard(manifest, shard));
    const sorted = (order: "asc" | "desc") => runQuery(all, { ...EMPTY_QUERY, sort: "likes_per_day", order }).map((m) => m.id);
    explorer = { desc: sorted("desc"), asc: sorted("asc") };
  } finally {
    report.close();
  }
  return { rows, summary, age, explorer, dbPath };
}

/**
 * The explorer's order checked two ways: against DuckDB sorting the value the explorer holds (likes
 * per day rounded to 4 decimals, the shards' precision; ties by likes rank), and against the full
 * value computed in the view: never out of order by more than that rounding, unknown values last.
 */
async function expectExplorerSortedByLikesPerDay(dbPath: string, rows: PerDay[], explorer: { desc: string[]; asc: string[] }) {
  for (const order of ["desc", "asc"] as const) {
    const sql = await queryDatabase<{ id: string }>(
      dbPath,
      `SELECT id FROM model_facts ORDER BY round(likes_per_day, 4) ${order.toUpperCase()} NULLS LAST, rank, id`,
    );
    expect(explorer[order], order).toEqual(sql.map((row) => row.id));
    const perDay = new Map(rows.map((row) => [row.id, row.likes_per_day]));
    const values = explorer[order].map((id) => perDay.get(id)!);
    const known = values.filter((value) => value !== null);
    expect(
      values.slice(known.length).every((value) => value === null),
      order,
    ).toBe(true);
    const sign = order === "desc" ? 1 : -1;
    for (let i = 1; i < known.length; i++) expect(sign * (known[i - 1] - known[i]), `${order} ${i}`).toBeGreaterThan(-1e-4);
  }
}

/** Median of a list of numbers, as quantile_cont(0.5). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

describe("on the recorded top-likes ranking of 2026-08-22", () => {
  const recording = JSON.parse(readFileSync(TOP_LIKES_2026_08_22, "utf8")) as {
    fetched_at: string;
    models: Array<Record<string, unknown>>;
  };
  const models = recording.models.map((record) => {
    const parsed = parseModelRecord(record);
    if (!parsed.ok) throw new Error(`recorded ${String(record.id)}: ${parsed.reason}`);
    return parsed.model;
  });
  const crawledAt = new Date(recording.fetched_at).toISOString();

  it("gives every model with a real date its likes per day, and leaves the placeholder dates out and counted", async () => {
    const { rows, summary, age } = await perDayOf(models, "recorded", crawledAt);
    const placeholders = rows.filter((row) => row.created_at_placeholder);
    expect(placeholders.length).toBeGreaterThan(50);
    for (const row of placeholders) expect(row.likes_per_day, row.id).toBeNull();
    expect(summary).toMatchObject({ placeholder: placeholders.length, dated: rows.length - placeholders.length });
    // deepseek-ai/DeepSeek-R1, created 2025-01-20T03:46:07Z: its likes over its days to the recording.
    const r1 = rows.find((row) => row.id === "deepseek-ai/DeepSeek-R1")!;
    const days = (Date.parse(crawledAt) - Date.parse("2025-01-20T03:46:07Z")) / 86_400_000;
    expect(r1.likes_per_day).toBeCloseTo(r1.likes / days, 9);
    expect(age.verdict).not.toBeNull();
    expect(age.top_placeholder).toBe(rows.slice(0, 100).filter((row) => row.created_at_placeholder).length);
  });

  it("says whether the top 100 are old or recent by their median age against all models', placeholders left out", async () => {
    const { age } = await perDayOf(models, "recorded-age", crawledAt);
    const ageDays = (model: (typeof models)[number]) => Math.floor((Date.parse(crawledAt) - Date.parse(model.createdAt!)) / 86_400_000);
    const dated = (list: typeof models) => list.filter((m) => m.createdAt && !/^2022-03-02T23:29:0[45]/.test(m.createdAt)).map(ageDays);
    const byLikes = [...models].sort((a, b) => b.likes! - a.likes!);
    const top = median(dated(byLikes.slice(0, 100)));
    const all = median(dated(models));
    expect(age).toMatchObject({ top_median_age_days: top, all_median_age_days: all });
    const verdict = top > all * 1.25 ? "older" : top * 1.25 < all ? "recent" : "similar";
    expect(age.verdict).toBe(verdict);
  });

  it("sorts the explorer by likes per day in either direction, placeholder dates last", async () => {
    const { rows, explorer, dbPath } = await perDayOf(models, "recorded-explorer", crawledAt);
    await expectExplorerSortedByLikesPerDay(dbPath, rows, explorer);
    const placeholders = new Set(rows.filter((row) => row.created_at_placeholder).map((row) => row.id));
    expect(explorer.desc.slice(-placeholders.size).every((id) => placeholders.has(id))).toBe(true);
  });
});

describe("on the sample Hub", () => {
  it("finds its most-liked models older than the rest, as the generator makes them (early releases collect the most)", async () => {
    const sample = generateSampleHub({ models: 1500 });
    const usable = (sample.models.filter((m) => typeof m.likes === "number" && typeof m.downloads === "number") as ApiModel[]).sort(
      (a, b) => b.likes! - a.likes!,
    );
    const { rows, summary, age } = await perDayOf(usable, "sample", SAMPLE_NOW);
    expect(summary.placeholder).toBe(rows.filter((row) => row.created_at_placeholder).length);
    expect(age.verdict).toBe("older");
  });

  it("sorts the explorer by likes per day in either direction, unknown values last", async () => {
    const sample = generateSampleHub({ models: 600 });
    const usable = sample.models.filter((m) => typeof m.likes === "number" && typeof m.downloads === "number") as ApiModel[];
    const { rows, explorer, dbPath } = await perDayOf(usable, "sample-explorer", SAMPLE_NOW);
    expect(rows.some((row) => row.likes_per_day === null)).toBe(true);
    await expectExplorerSortedByLikesPerDay(dbPath, rows, explorer);
  });
});
