import { describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseNameSize } from "../src/data-loaders/enrich/name-size.ts";
import { resolveParams } from "../src/data-loaders/enrich/params.ts";
import { detectQuantisation } from "../src/data-loaders/enrich/quantisation.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";

function model(id: string, fields: Partial<ApiModel> = {}): ApiModel {
  return { id, likes: 10, downloads: 100, ...fields };
}

function resolve(record: ApiModel, extra?: { headerParams?: number; pageParams?: number }) {
  return resolveParams(record, parseNameSize(record.id), extra);
}

describe("resolveParams: the cascade", () => {
  const everything = model("meta-llama/Llama-3.1-8B", {
    safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 },
    gguf: { total: 8_030_261_000, architecture: "llama" },
  });

  it("prefers safetensors.total over every other source", () => {
    expect(resolve(everything, { headerParams: 1, pageParams: 2 })).toEqual({
      params: 8_030_261_248,
      source: "safetensors",
      evidence: "safetensors.total = 8030261248",
      packed: false,
      stored: 8_030_261_248,
      storedSource: "safetensors",
    });
  });

  it("falls back to gguf.total when there is no safetensors count", () => {
    const ggufOnly = model("TheBloke/Mistral-7B-Instruct-v0.2-GGUF", {
      config: {},
      gguf: { total: 7_241_732_096, architecture: "llama", context_length: 32768 },
    });
    expect(resolve(ggufOnly, { headerParams: 1, pageParams: 2 })).toEqual({
      params: 7_241_732_096,
      source: "gguf",
      evidence: "gguf.total = 7241732096",
      packed: false,
      stored: 7_241_732_096,
      storedSource: "gguf",
    });
  });

  it("uses the safetensors header count after gguf and before the model page", () => {
    const noListingCount = model("acme/model-7B", { gguf: { architecture: "llama" } });
    expect(resolve(noListingCount, { headerParams: 7_000_100_000, pageParams: 7_000_200_000 })).toMatchObject({
      params: 7_000_100_000,
      source: "safetensors-header",
      evidence: "safetensors header = 7000100000",
    });
    expect(resolve(noListingCount, { pageParams: 7_000_200_000 })).toMatchObject({
      params: 7_000_200_000,
      source: "model-page",
      evidence: "model page = 7000200000",
    });
  });

  it("comes to the name last, and says which name gave the count", () => {
    expect(resolve(model("mistralai/Mistral-7B-Instruct-v0.2"))).toEqual({
      params: 7_000_000_000,
      source: "name",
      evidence: 'name "Mistral-7B-Instruct-v0.2" → 7B',
      packed: false,
      stored: null,
      storedSource: null,
    });
    expect(resolve(model("Qwen/Qwen3-30B-A3B"))).toMatchObject({
      params: 30_000_000_000,
      source: "name",
      evidence: 'name "Qwen3-30B-A3B" → 30B total (3B active)',
    });
  });

  it("gives no count for a name with experts but no total, and says why", () => {
    expect(resolve(model("mistralai/Mixtral-8x7B-Instruct-v0.1"))).toEqual({
      params: null,
      source: null,
      evidence: 'name "Mixtral-8x7B-Instruct-v0.1" → 8 experts × 7B; no total in the name',
      packed: false,
      stored: null,
      storedSource: null,
    });
  });

  it("gives nothing at all when no source knows", () => {
    expect(resolve(model("deepseek-ai/DeepSeek-V3"))).toEqual({
      params: null,
      source: null,
      evidence: null,
      packed: false,
      stored: null,
      storedSource: null,
    });
  });

  it("says an effective size (Gemma E4B) in the evidence, with no total", () => {
    expect(resolve(model("google/gemma-3n-E4B-it"))).toMatchObject({
      params: null,
      source: null,
      evidence: 'name "gemma-3n-E4B-it" → 4B effective; no total in the name',
    });
  });

  it("skips a safetensors object without a usable count instead of reading 0", () => {
    const empty = model("acme/model-3B", { safetensors: { parameters: {} } });
    expect(resolve(empty)).toMatchObject({ params: 3_000_000_000, source: "name" });
    const text = model("acme/model-3B", { safetensors: { total: "123" as unknown as number } });
    expect(resolve(text)).toMatchObject({ params: 3_000_000_000, source: "name" });
  });

  it("refuses an extra count that is not a whole positive number, naming the model", () => {
    expect(() => resolve(model("acme/x"), { headerParams: Number.NaN })).toThrow(/headerParams for acme\/x/);
    expect(() => resolve(model("acme/x"), { pageParams: -5 })).toThrow(/pageParams for acme\/x/);
  });
});

describe("resolveParams: safetensors dtype buckets", () => {
  it("sums the buckets when total is missing, and shows the sum", () => {
    const noTotal = model("EleutherAI/gpt-neox-20b", {
      safetensors: { parameters: { F16: 20_554_568_208, U8: 184_549_376 } },
    });
    expect(resolve(noTotal)).toEqual({
      params: 20_739_117_584,
      source: "safetensors",
      evidence: "sum of safetensors dtype buckets = 20739117584 (F16 20554568208 + U8 184549376)",
      // An integer bucket in an unquantised repo (here an attention mask) is not packing.
      packed: false,
      stored: 20_739_117_584,
      storedSource: "safetensors",
    });
  });

  it("takes total as given even when the buckets disagree", () => {
    // The Hub computed total itself; a bucket list that is cut short must not override it.
    const record = model("bigscience/bloom", { safetensors: { parameters: { BF16: 176_000_000_000 }, total: 176_247_271_424 } });
    expect(resolve(record)).toMatchObject({ params: 176_247_271_424, evidence: "safetensors.total = 176247271424" });
  });
});

describe("resolveParams: quantised repos", () => {
  const awq = model("Qwen/Qwen2.5-7B-Instruct-AWQ", {
    tags: ["safetensors", "qwen2", "4-bit", "awq", "base_model:quantized:Qwen/Qwen2.5-7B-Instruct"],
    config: { model_type: "qwen2", quantization_config: { quant_method: "awq", bits: 4 } },
    safetensors: { parameters: { I32: 1_062_404_096, F16: 1_089_994_752 }, total: 2_152_398_848 },
  });

  it("unpacks the integer buckets of a quantised repo by bits per weight, keeping the stored count", () => {
    const result = resolve(awq);
    // No group size stated: every I32 element holds eight 4-bit weights, F16 is taken as it is.
    expect(result).toMatchObject({
      params: 1_062_404_096 * 8 + 1_089_994_752,
      source: "unpacked",
      packed: true,
      stored: 2_152_398_848,
      storedSource: "safetensors",
    });
    expect(result.evidence).toBe(
      "safetensors.total = 2152398848; counts packed quantised storage (awq, I32 buckets), not logical parameters; " +
        "unpacked by dtype: I32 1062404096 × 8 + F16 1089994752 (4-bit weights; group size unknown, so quantisation scales are counted as weights) = 9589227520",
    );
  });

  it("takes the quantisation's zero points and scales out again when the group size is stated", () => {
    // 1,000 weights at 4 bits in groups of 100: 125 I32 of weights + 1.25 of zero points, 10 F16 scales, plus 50 F16 others.
    const shaped = model("acme/Model-AWQ", {
      config: { quantization_config: { quant_method: "awq", bits: 4, group_size: 100 } },
      safetensors: { parameters: { I32: 126_250, F16: 60_000 } },
    });
    expect(resolve(shaped)).toMatchObject({ params: 1_050_000, source: "unpacked" });
    // MLX: U32 holds eight 4-bit weights; a BF16 scale and bias per group of 64.
    const mlx = model("mlx-community/Model-4bit", {
      config: { quantization: { bits: 4, group_size: 64 } },
      safetensors: { parameters: { U32: 8_000, BF16: 2_000 + 500 } },
    });
    expect(resolve(mlx)).toMatchObject({ params: 64_000 + 500, source: "unpacked" });
  });

  it("does not call 8-bit weights in 8-bit elements packed: one weight per element", () => {
    const int8 = model("acme/Model-W8A8", {
      config: { quantization_config: { quant_method: "compressed-tensors", bits: 8 } },
      safetensors: { parameters: { I8: 7_000_000_000, BF16: 500_000_000 } },
    });
    expect(resolve(int8)).toMatchObject({ params: 7_500_000_000, source: "safetensors", packed: false });
  });

  it("falls back to the name when packed storage cannot be unpacked, keeping the stored count", () => {
    // The website listing gives no dtypes, so its count of a quantised repo cannot be unpacked.
    const mlx = model("orcarouter/Qwen3.8-27B-Uncensored-MLX", { pipeline_tag: "image-text-to-text" });
    const result = resolveParams(mlx, parseNameSize(mlx.id), { listingParams: 4_665_462_000 });
    expect(result).toMatchObject({
      params: 27_000_000_000,
      source: "name",
      packed: true,
      stored: 4_665_462_000,
      storedSource: "hub-listing",
    });
    expect(result.evidence).toMatch(/packed quantised storage that cannot be unpacked here \(website listing/);
  });

  it("does not mark FP8 weights packed: one weight per float element", () => {
    const fp8 = model("Qwen/Qwen3-8B-FP8", {
      config: { quantization_config: { quant_method: "fp8" } },
      safetensors: { parameters: { F8_E4M3: 7_000_000_000, BF16: 1_190_000_000, F32: 1_000_000 } },
    });
    expect(resolve(fp8)).toMatchObject({ params: 8_191_000_000, packed: false });
  });

  it("detects quantisation from config, tags or name", () => {
    expect(detectQuantisation(model("a/b", { config: { quantization_config: { quant_method: "gptq" } } }))).toBe("gptq");
    expect(detectQuantisation(model("a/b", { config: { quantization_config: { load_in_4bit: true } } }))).toBe("bitsandbytes");
    expect(detectQuantisation(model("a/b", { tags: ["compressed-tensors"] }))).toBe("tag compressed-tensors");
    expect(detectQuantisation(model("mlx-community/Qwen2.5-7B-Instruct-4bit"))).toBe("name 4bit");
    expect(detectQuantisation(model("openai/gpt-oss-20b", { config: { quantization_config: { quant_method: "mxfp4" } } }))).toBe("mxfp4");
    expect(detectQuantisation(model("meta-llama/Llama-3.1-8B", { tags: ["safetensors", "llama"] }))).toBeNull();
    // "awq" inside a word is not a quantisation tag.
    expect(detectQuantisation(model("acme/hawqish-7B"))).toBeNull();
  });

  it("marks an MLX 4-bit repo, detected from its name, packed, and unpacks it", () => {
    const mlx = model("mlx-community/Qwen2.5-7B-Instruct-4bit", {
      safetensors: { parameters: { U32: 952_107_008, BF16: 381_262_848 }, total: 1_333_369_856 },
    });
    expect(resolve(mlx)).toMatchObject({ packed: true, source: "unpacked", params: 952_107_008 * 8 + 381_262_848, stored: 1_333_369_856 });
  });

  describe("enrichModels replaces a packed count with the base model's", () => {
    const base = model("Qwen/Qwen2.5-7B-Instruct", {
      safetensors: { parameters: { BF16: 7_615_616_512 }, total: 7_615_616_512 },
    });

    it("when the base model is in the same batch, whatever its rank", () => {
      for (const batch of [
        [base, awq],
        [awq, base],
      ]) {
        const row = enrichModels(batch).find((r) => r.id === awq.id)!;
        expect(row).toMatchObject({
          params: 7_615_616_512,
          params_source: "base-model",
          params_packed: true,
          params_stored: 2_152_398_848,
          params_stored_source: "safetensors",
          quantisation: "awq",
        });
        expect(row.params_evidence).toContain('base model "Qwen/Qwen2.5-7B-Instruct"');
        expect(row.params_evidence).toContain("safetensors.total = 7615616512");
        expect(row.params_evidence).toContain("2152398848");
        // The name's own claim is still kept for the name/count comparison.
        expect(row.name_params).toBe(7_000_000_000);
      }
    });

    it("unpacks the stored count, kept beside it, when the base model is not in the batch", () => {
      const [row] = enrichModels([awq]);
      expect(row).toMatchObject({ params: 9_589_227_520, params_source: "unpacked", params_packed: true, params_stored: 2_152_398_848 });
    });

    it("never borrows a count that is itself packed", () => {
      const packedBase = model("Qwen/Qwen2.5-7B-Instruct", {
        tags: ["awq"],
        safetensors: { parameters: { I32: 5 }, total: 5 },
      });
      const row = enrichModels([packedBase, awq]).find((r) => r.id === awq.id)!;
      expect(row).toMatchObject({ params: 9_589_227_520, params_source: "unpacked", params_packed: true });
    });

    it("leaves unquantised finetunes alone even when their base is in the batch", () => {
      const finetune = model("acme/Qwen2.5-7B-finetune", {
        tags: ["base_model:finetune:Qwen/Qwen2.5-7B-Instruct"],
        safetensors: { total: 7_615_616_000 },
      });
      const row = enrichModels([base, finetune]).find((r) => r.id === finetune.id)!;
      expect(row).toMatchObject({ params: 7_615_616_000, params_source: "safetensors" });
    });
  });
});
