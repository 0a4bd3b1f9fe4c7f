// Likes per day since creation and whether the top of the likes ranking is old or recent, on the
// recorded real ranking (real creation dates and the Hub's placeholders) and on the sample Hub.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { generateSampleHub, SAMPLE_NOW } from "../src/mock-hub/sample.ts";
import { queryDatabase, writeRowsDatabase } from "./fixtures/db.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

interface PerDay {
  id: string;
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
    "SELECT id, likes, likes_per_day, created_at_placeholder FROM model_facts ORDER BY rank",
  );
  const [summary] = await queryDatabase<{ dated: number; placeholder: number }>(
    dbPath,
    "SELECT dated, placeholder FROM likes_per_day_summary",
  );
  const [age] = await queryDatabase<{ verdict: string | null; top_placeholder: number }>(
    dbPath,
    "SELECT verdict, top_placeholder FROM likes_ranking_age",
  );
  return { rows, summary, age };
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
});
