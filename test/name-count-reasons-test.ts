// Names that do not match the count, each with its likely reason (name_size_comparison in
// views.sql), on the sample Hub and on recorded Hub answers: a disagreement a model's storage,
// embeddings, towers or rounding explain is not put down to its name.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_SEED } from "../src/cli/build-sample.ts";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import type { ExtraParams } from "../src/data-loaders/enrich/params.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { RELEASES } from "../src/mock-hub/sample-catalogue.ts";
import { queryDatabase, writeRowsDatabase } from "./fixtures/db.ts";
import { readTrendingItems } from "./fixtures/recorded.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

interface Compared {
  id: string;
  name_params: number;
  params: number;
  disagrees: boolean;
  reason: string | null;
}

const REASONS = ["packed", "embeddings", "towers", "rounding", "unexplained"];

const scratchRoot = suiteScratchDir("hub-likes-db-");
afterAll(async () => {});

async function compare(models: ApiModel[], extras: ReadonlyMap<string, ExtraParams>, name: string): Promise<Map<string, Compared>> {
  const dbPath = path.join(scratchRoot, `${name}.duckdb`);
  await writeRowsDatabase(dbPath, enrichModels(models, extras));
  const rows = await queryDatabase<Compared>(dbPath, "SELECT id, name_params, params, disagrees, reason FROM name_size_comparison");
  return new Map(rows.map((row) => [row.id, row]));
}

describe("on the sample Hub", () => {
  const sample = generateSampleHub();
  const records = sample.models.filter((m) => typeof m.likes === "number" && typeof m.downloads === "number");
  const usable = records as ApiModel[];
  // The counts the crawl would read off model pages, for the pickle-only repos that have one.
  const extras = new Map(records.filter((m) => m.pageParams !== undefined).map((m) => [m.id, { pageParams: m.pageParams }]));
  let compared: Map<string, Compared>;
  beforeAll(async () => {
    compared = await compare(usable, extras, "sample");
  });
  const releaseIdOf = (name: string) => {
    const found = usable.find((model) => model.id.endsWith(`/${name}`));
    if (!found) throw new Error(`the sample has no release ${name}`);
    return found.id;
  };

  it("has disagreements of every reason, among all its models and among those tagged text-generation", async () => {
    // The page counts reasons with name_size_reasons; the crawl of the sample lists text-generation.
    const dbPath = path.join(scratchRoot, "sample.duckdb");
    const all = await queryDatabase<{ reason: string; models: number }>(dbPath, "SELECT reason, models FROM name_size_reasons");
    const textGeneration = await queryDatabase<{ reason: string; models: number }>(
      dbPath,
      `SELECT c.reason, count(*) AS models FROM name_size_comparison AS c JOIN models AS m USING (id)
       WHERE m.pipeline_tag = 'text-generation' AND c.disagrees GROUP BY ALL`,
    );
    for (const counts of [all, textGeneration]) {
      const byReason = new Map(counts.map((row) => [row.reason, Number(row.models)]));
      for (const reason of REASONS) expect(byReason.get(reason) ?? 0, reason).toBeGreaterThan(0);
    }
    // The view's counts are the comparison's own rows.
    const fromRows = (reason: string) => [...compared.values()].filter((row) => row.reason === reason).length;
    for (const row of all) expect(Number(row.models), row.reason).toBe(fromRows(row.reason));
  });

  it("puts a multimodal release counted 10.7B under a 7B name down to its towers", () => {
    const omni = compared.get(releaseIdOf("Qwen2.5-Omni-7B"))!;
    expect(omni).toMatchObject({ name_params: 7_000_000_000, disagrees: true, reason: "towers" });
    expect(omni.params).toBeGreaterThan(10e9);
  });

  it("puts a 3.97B count named 3B down to rounding, embeddings not explaining it", () => {
    const rounded = compared.get(releaseIdOf("SoylentLM-3B-Instruct"))!;
    expect(rounded).toMatchObject({ name_params: 3_000_000_000, disagrees: true, reason: "rounding" });
    expect(Math.floor(rounded.params / 1e9) * 1e9).toBe(rounded.name_params);
  });

  it("explains every disagreement of a catalogue release's own name, and of its quantisations", () => {
    // The catalogue's names are the real families' names (gemma-2b, Qwen3-0.6B, Llama-3.2-1B):
    // where they miss the count, the count includes what names leave out, or is packed storage.
    const releaseNames = new Set(RELEASES.flatMap((release) => release.entries.map((entry) => entry.name)));
    const ofReleases = [...compared.values()].filter((row) => {
      const name = row.id.slice(row.id.indexOf("/") + 1);
      return releaseNames.has(name.replace(/-(GGUF|gguf|i1-GGUF|AWQ|GPTQ(-4bit|-Int4)?|MLX-[48]bit|[48]bit)(-v\d+)?$/, ""));
    });
    expect(ofReleases.length).toBeGreaterThan(100);
    const disagreeing = ofReleases.filter((row) => row.disagrees);
    expect(disagreeing.length).toBeGreaterThan(10);
    expect(disagreeing.filter((row) => row.reason === "unexplained").map((row) => row.id)).toEqual([]);
  });

  it("puts packed AWQ, GPTQ and MLX storage down to packing, and Qwen3-0.6B's count to its embeddings", () => {
    const byReason = (reason: string) => [...compared.values()].filter((row) => row.reason === reason).map((row) => row.id);
    const packed = byReason("packed");
    for (const marker of [/-AWQ/, /-GPTQ/, /bit(-v\d+)?$/])
      expect(
        packed.some((id) => marker.test(id)),
        String(marker),
      ).toBe(true);
    expect(byReason("embeddings").some((id) => /Qwen3-0\.6B/.test(id))).toBe(true);
  });

  it("leaves unexplained only names far off their count, and fewer of them than the explained ones", () => {
    const unexplained = [...compared.values()].filter((row) => row.reason === "unexplained");
    expect(unexplained.length).toBeGreaterThan(0);
    // Off by more than a third: far beyond what rounding, embeddings or storage explain.
    for (const row of unexplained) expect(Math.abs(Math.log(row.name_params / row.params)), row.id).toBeGreaterThan(Math.log(1.3));
    const explained = [...compared.values()].filter((row) => row.disagrees && row.reason !== "unexplained");
    expect(explained.length).toBeGreaterThan(unexplained.length);
  });
});

describe("on the sample the report is built from (build:sample's seed)", () => {
  const records = generateSampleHub({ seed: SAMPLE_SEED }).models.filter(
    (m) => typeof m.likes === "number" && typeof m.downloads === "number" && m.pipeline_tag === "text-generation",
  );
  const extras = new Map(records.filter((m) => m.pageParams !== undefined).map((m) => [m.id, { pageParams: m.pageParams }]));

  it("has disagreements of every reason among its text-generation models, the ones its crawl lists", async () => {
    const compared = await compare(records as ApiModel[], extras, "report-sample");
    const reasons = new Set([...compared.values()].map((row) => row.reason));
    for (const reason of REASONS) expect(reasons.has(reason), reason).toBe(true);
  });
});

describe("on recorded Hub answers (the website's own counts)", () => {
  const items = readTrendingItems().filter((item) => item.numParameters !== undefined);
  const models: ApiModel[] = items.map((item) => ({
    id: item.id,
    likes: item.likes,
    downloads: item.downloads,
    pipeline_tag: item.pipeline_tag,
  }));
  const extras = new Map(items.map((item) => [item.id, { listingParams: item.numParameters! }]));
  let compared: Map<string, Compared>;
  beforeAll(async () => {
    compared = await compare(models, extras, "recorded");
  });

  it("agrees where the name is the count (Qwen3.5-27B counted 27.8B)", () => {
    expect(compared.get("Qwen/Qwen3.5-27B")).toMatchObject({ disagrees: false, reason: null });
    expect(compared.get("Qwen/Qwen3.5-122B-A10B")).toMatchObject({ disagrees: false });
  });

  it("puts an MLX conversion counted at a sixth of its name down to packed storage", () => {
    expect(compared.get("orcarouter/Qwen3.8-27B-Uncensored-MLX")).toMatchObject({ disagrees: true, reason: "packed" });
  });

  it("puts a vision model counted above its name down to its towers", () => {
    expect(compared.get("nvidia/LocateAnything-3B")).toMatchObject({ disagrees: true, reason: "towers" });
  });

  it("puts a 3.93B count named 3B down to rounding, and a 4.17B one named 3B to no reason", () => {
    // Names cut the count to its first digit (Llama-3.2-1B for 1.24B); 4.17B rounds to 4B either way.
    expect(compared.get("Nanbeige/Nanbeige4.1-3B")).toMatchObject({ disagrees: true, reason: "rounding", params: 3_933_637_120 });
    expect(compared.get("Nanbeige/Nanbeige4.2-3B")).toMatchObject({ disagrees: true, reason: "unexplained" });
  });

  it("leaves unexplained what nothing in the data explains: a 35B name counted 664,944", () => {
    expect(compared.get("deepreinforce-ai/Ornith-1.0-35B")).toMatchObject({ disagrees: true, reason: "unexplained", params: 664_944 });
    expect(compared.get("deepreinforce-ai/Ornith-1.0-9B")).toMatchObject({ reason: "unexplained" });
  });
});
