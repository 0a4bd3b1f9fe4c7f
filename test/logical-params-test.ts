// Logical parameter counts of quantised repos: every size figure uses the model's count, not its
// packed storage, and the stored count stays beside it. Checked on shapes built from a real model's
// architecture, on recorded Hub answers, and on the sample Hub, down to the size bucket in SQL.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import type { ModelRow } from "../src/data-loaders/db/rows.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { queryDatabase, writeRowsDatabase } from "./fixtures/db.ts";
import { readTrendingItems, TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";
import { readFileSync } from "node:fs";
import { suiteScratchDir } from "./fixtures/scratch.ts";

/**
 * Llama-3.3-70B-Instruct's published architecture (80 layers, width 8192, MLP 28672, 8 key-value
 * heads of 128, vocabulary 128256, untied embeddings) and its 4-bit AWQ storage in groups of 128:
 * each linear layer's weights packed eight to an I32 with one packed zero point per group, one F16
 * scale per group; embeddings, output layer and norms kept in F16.
 */
const LLAMA_70B = (() => {
  const width = 8192;
  const linearPerLayer = 2 * width * width + 2 * width * 1024 + 3 * width * 28_672;
  const linear = 80 * linearPerLayer;
  const unquantised = 2 * 128_256 * width + 80 * 2 * width + width;
  const groups = linear / 128;
  return {
    params: linear + unquantised,
    awqBuckets: { I32: linear / 8 + groups / 8, F16: unquantised + groups },
  };
})();

function awq70B(config: Record<string, unknown>): ApiModel {
  const buckets = LLAMA_70B.awqBuckets;
  return {
    id: "someone/Llama-3.3-70B-Instruct-AWQ",
    likes: 10,
    downloads: 100,
    tags: ["safetensors", "llama", "4-bit", "awq", "base_model:quantized:meta-llama/Llama-3.3-70B-Instruct"],
    config: { model_type: "llama", quantization_config: { quant_method: "awq", bits: 4, ...config } },
    safetensors: { parameters: buckets, total: buckets.I32 + buckets.F16 },
  };
}

const base70B: ApiModel = {
  id: "meta-llama/Llama-3.3-70B-Instruct",
  likes: 2_000,
  downloads: 1_000_000,
  config: { model_type: "llama" },
  safetensors: { parameters: { BF16: LLAMA_70B.params }, total: LLAMA_70B.params },
};

const scratchRoot = suiteScratchDir("hub-likes-db-");
afterAll(async () => {});

/** The size bucket SQL gives each row, by id. */
async function bucketsOf(rows: ModelRow[], name: string): Promise<Map<string, string>> {
  const dbPath = path.join(scratchRoot, `${name}.duckdb`);
  await writeRowsDatabase(dbPath, rows);
  const found = await queryDatabase<{ id: string; size_bucket: string }>(dbPath, "SELECT id, size_bucket FROM model_facts");
  return new Map(found.map((row) => [row.id, row.size_bucket]));
}

describe("a 4-bit 70B repo, shaped like the real Llama-3.3-70B's AWQ storage", () => {
  it("is the real model: the recording has it, and the architecture adds up to its 70,553,706,496 parameters", () => {
    const recorded = JSON.parse(readFileSync(TOP_LIKES_2026_08_22, "utf8")) as { models: { id: string }[] };
    expect(recorded.models.map((m) => m.id)).toContain(base70B.id);
    expect(LLAMA_70B.params).toBe(70_553_706_496);
    // What the Hub would list for the AWQ repo: about a seventh of the model.
    expect(LLAMA_70B.awqBuckets.I32 + LLAMA_70B.awqBuckets.F16).toBeLessThan(12e9);
  });

  it("lands in the 60–80B bucket whichever way its logical count is derived, never under 20B", async () => {
    const withBase = enrichModels([base70B, awq70B({ group_size: 128 })])[1];
    const unpackedExactly = enrichModels([awq70B({ group_size: 128 })])[0];
    const unpackedRoughly = { ...enrichModels([awq70B({})])[0], id: "someone/no-group-size-AWQ" };
    expect(withBase).toMatchObject({ params: LLAMA_70B.params, params_source: "base-model", params_packed: true });
    expect(unpackedExactly).toMatchObject({ params: LLAMA_70B.params, params_source: "unpacked" });
    // Without the group size, scales and zero points count as weights: 1.5% too many.
    expect(unpackedRoughly.params! / LLAMA_70B.params).toBeGreaterThan(1);
    expect(unpackedRoughly.params! / LLAMA_70B.params).toBeLessThan(1.02);
    for (const row of [withBase, unpackedExactly, unpackedRoughly]) {
      expect(row.params_stored).toBe(LLAMA_70B.awqBuckets.I32 + LLAMA_70B.awqBuckets.F16);
    }
    const buckets = await bucketsOf([{ ...withBase, id: "a/with-base" }, unpackedExactly, unpackedRoughly], "awq-70b");
    expect([...buckets.values()]).toEqual(["60–80B", "60–80B", "60–80B"]);
  });

  it("takes its name's size when only a packed total without dtypes is known, and keeps that total", async () => {
    const [row] = enrichModels(
      [{ id: "someone/Llama-3.3-70B-Instruct-AWQ", likes: 1, downloads: 1, tags: ["awq", "4-bit"] }],
      new Map([["someone/Llama-3.3-70B-Instruct-AWQ", { listingParams: 11_260_665_856 }]]),
    );
    expect(row).toMatchObject({
      params: 70e9,
      params_source: "name",
      params_packed: true,
      params_stored: 11_260_665_856,
      params_stored_source: "hub-listing",
    });
    expect((await bucketsOf([row], "listing-70b")).get(row.id)).toBe("60–80B");
  });
});
describe("microscaled 4-bit floats, whose scales the format fixes", () => {
  // An NVFP4 repo of a 27.8B model, as ModelOpt writes it: each quantised linear layer's weights two
  // to a U8, one F8_E4M3 scale per 16 weights, two F32 global scales; embeddings and norms in BF16.
  // The Hub counts its storage at about 18B.
  const quantised = 22_400_000_000;
  const kept = 5_400_000_000;
  const globalScales = 62 * 7 * 2;
  const nvfp4Buckets = { U8: quantised / 2, F8_E4M3: quantised / 16, BF16: kept, F32: globalScales };
  const nvfp4 = (quantisationConfig: Record<string, unknown>, id = "someone/Big-27.8B-it-NVFP4"): ApiModel => ({
    id,
    likes: 5,
    downloads: 50,
    config: { model_type: "gemma3", quantization_config: quantisationConfig },
    safetensors: { parameters: nvfp4Buckets, total: Object.values(nvfp4Buckets).reduce((a, b) => a + b, 0) },
  });

  it("counts an NVFP4 repo's weights without its F8_E4M3 scales, with or without a stated group size", async () => {
    const stored = Object.values(nvfp4Buckets).reduce((a, b) => a + b, 0);
    expect(stored / 1e9).toBeCloseTo(18, 0);
    const rows = enrichModels([
      nvfp4({ quant_method: "modelopt", quant_algo: "NVFP4" }, "someone/modelopt-27.8B"),
      nvfp4({ quant_method: "modelopt", quant_algo: "NVFP4", group_size: 16 }, "someone/modelopt-grouped-27.8B"),
      nvfp4({ quant_method: "compressed-tensors", format: "nvfp4-pack-quantized" }, "someone/llm-compressor-27.8B"),
    ]);
    for (const row of rows) {
      expect(row, row.id).toMatchObject({ params: quantised + kept + globalScales, params_source: "unpacked", params_stored: stored });
      expect(row.params_evidence, row.id).toContain("less the F8_E4M3 scales, one per 16 weights (NVFP4)");
      expect(row.params_evidence, row.id).not.toContain("zero point");
    }
    expect([...(await bucketsOf(rows, "nvfp4")).values()]).toEqual(["20–40B", "20–40B", "20–40B"]);
  });

  it("counts an MXFP4 repo (gpt-oss) without the 8-bit scale packed beside every 32 weights", () => {
    // gpt-oss-120b's experts: 36 layers of 128 experts, each a 2880×5760 and a 2880×2880 matrix,
    // stored as MXFP4; everything else in BF16.
    const experts = 36 * 128 * (2880 * 5760 + 2880 * 2880);
    const rest = 2_167_371_072;
    const buckets = { U8: experts / 2 + experts / 32, BF16: rest };
    const [row] = enrichModels([
      {
        id: "openai/gpt-oss-120b",
        likes: 5_116,
        downloads: 1,
        config: { model_type: "gpt_oss", quantization_config: { quant_method: "mxfp4" } },
        safetensors: { parameters: buckets, total: buckets.U8 + buckets.BF16 },
      },
    ]);
    expect(row).toMatchObject({ params: experts + rest, params_source: "unpacked", params_packed: true });
    expect(row.params_evidence).toContain("less an 8-bit scale per 32 weights packed beside them (MXFP4)");
  });
});

describe("recorded quantised repos", () => {
  const items = new Map(readTrendingItems().map((item) => [item.id, item]));
  const asModel = (id: string, fields: Partial<ApiModel> = {}): [ApiModel, number] => {
    const item = items.get(id)!;
    return [{ id, likes: item.likes, downloads: item.downloads, pipeline_tag: item.pipeline_tag, ...fields }, item.numParameters!];
  };

  it("an MLX conversion the Hub counts at a sixth of its model is sized by its base, or else by its name", async () => {
    const [mlx, packedCount] = asModel("orcarouter/Qwen3.8-27B-Uncensored-MLX");
    const [base, baseCount] = asModel("Qwen/Qwen3.8-27B");
    expect(packedCount / baseCount).toBeLessThan(0.2);
    // As recorded: no tags, so no base model is known; the name gives the size.
    const [alone] = enrichModels([mlx], new Map([[mlx.id, { listingParams: packedCount }]]));
    expect(alone).toMatchObject({ params: 27e9, params_source: "name", params_packed: true, params_stored: packedCount });
    // With its base named, as an MLX card does, the base's recorded count.
    const extras = new Map([
      [mlx.id, { listingParams: packedCount }],
      [base.id, { listingParams: baseCount }],
    ]);
    const [, withBase] = enrichModels([base, { ...mlx, cardData: { base_model: base.id } }], extras);
    expect(withBase).toMatchObject({ params: baseCount, params_source: "base-model", params_stored: packedCount });
    const buckets = await bucketsOf([alone, { ...withBase, id: "with/base" }], "recorded-mlx");
    expect([...buckets.values()]).toEqual(["20–40B", "20–40B"]);
  });
});

describe("the sample Hub's quantised repos", () => {
  const sample = generateSampleHub();
  const usable = sample.models.filter((m) => typeof m.likes === "number" && typeof m.downloads === "number") as ApiModel[];
  const rows = enrichModels(usable);
  const byId = new Map(rows.map((row) => [row.id, row]));
  /** Quantised repos with packed safetensors whose base model holds 60B parameters or more. */
  const large = rows.filter((row) => {
    const base = row.base_models[0] ? byId.get(row.base_models[0]) : undefined;
    return row.params_packed && row.params_stored_source === "safetensors" && base !== undefined && (base.params ?? 0) >= 60e9;
  });

  it("has 4-bit and 8-bit repos of 60B+ models whose stored counts fall under 20B", () => {
    expect(large.length).toBeGreaterThan(5);
    expect(large.filter((row) => row.params_stored! < 20e9).length).toBeGreaterThan(5);
  });

  it("sizes each by its base model, in the base's bucket of 60B or more", async () => {
    const buckets = await bucketsOf(rows, "sample");
    for (const row of large) {
      const base = byId.get(row.base_models[0])!;
      expect(row, row.id).toMatchObject({ params: base.params, params_source: "base-model" });
      expect(["60–80B", ">80B"], row.id).toContain(buckets.get(row.id));
      expect(buckets.get(row.id), row.id).toBe(buckets.get(base.id));
    }
  });

  it("unpacks each to within 1% of its base's measured count when no base is crawled", () => {
    // A base counted by nothing but its name (a pickle-only repo) has no measured count to hold
    // an unpacked estimate to: "70B" may stand for 68.8B.
    const measured = large.filter((row) => byId.get(row.base_models[0])!.params_source !== "name");
    expect(measured.length).toBeGreaterThan(5);
    const alone = enrichModels(usable.filter((model) => measured.some((row) => row.id === model.id)));
    for (const row of alone) {
      const base = byId.get(byId.get(row.id)!.base_models[0])!;
      expect(row.params_source, row.id).toBe("unpacked");
      expect(Math.abs(row.params! / base.params! - 1), row.id).toBeLessThan(0.01);
    }
  });
});
