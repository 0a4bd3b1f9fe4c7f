// The parameter cascade with the counts that cost requests: safetensors → gguf → website listing →
// safetensors header → model page → name, each with its evidence; adapters take their base's count.
import { describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseNameSize } from "../src/data-loaders/enrich/name-size.ts";
import { resolveParams } from "../src/data-loaders/enrich/params.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";

const model = (id: string, fields: Partial<ApiModel> = {}): ApiModel => ({ id, likes: 1, downloads: 1, ...fields });
const all = {
  listingParams: 3_000,
  headerParams: 4_000,
  headerEvidence: "sum of tensor shapes in the safetensors header of model.safetensors = 4000",
  pageParams: 5_000,
  pageEvidence: "model page ModelHeader numParameters = 5000",
};

describe("cascade order", () => {
  it("takes each source only when every better one is missing, and says which it took", () => {
    const id = "acme/Chat-7B";
    const name = parseNameSize(id);
    expect(resolveParams(model(id, { safetensors: { total: 1_000 } }), name, all)).toMatchObject({ params: 1_000, source: "safetensors" });
    expect(resolveParams(model(id, { gguf: { total: 2_000 } }), name, all)).toMatchObject({ params: 2_000, source: "gguf" });
    expect(resolveParams(model(id), name, all)).toEqual({
      params: 3_000,
      source: "hub-listing",
      evidence: "website listing (models-json) numParameters = 3000",
      packed: false,
      stored: 3_000,
      storedSource: "hub-listing",
    });
    expect(resolveParams(model(id), name, { ...all, listingParams: undefined })).toMatchObject({
      params: 4_000,
      source: "safetensors-header",
      evidence: all.headerEvidence,
    });
    expect(resolveParams(model(id), name, { pageParams: 5_000, pageEvidence: all.pageEvidence })).toMatchObject({
      params: 5_000,
      source: "model-page",
      evidence: all.pageEvidence,
    });
    expect(resolveParams(model(id), name, {})).toMatchObject({ params: 7e9, source: "name" });
  });

  it("refuses a listing count that is not a whole number above 0, naming the field and the model", () => {
    expect(() => resolveParams(model("acme/x"), null, { listingParams: 1.5 })).toThrow(/listingParams for acme\/x/);
  });

  it("flags a quantised repo's listing count as packed, like its safetensors count, and keeps it as the stored count", () => {
    const awq = model("acme/Chat-7B-AWQ", { tags: ["awq", "4-bit"] });
    expect(resolveParams(awq, null, { listingParams: 1_200_000_000 })).toMatchObject({
      params: null,
      packed: true,
      stored: 1_200_000_000,
      storedSource: "hub-listing",
    });
    expect(resolveParams(awq, parseNameSize(awq.id), { listingParams: 1_200_000_000 })).toMatchObject({ params: 7e9, source: "name" });
  });
});

describe("enrichModels with extras", () => {
  it("forwards each model's extras to its own row only", () => {
    const rows = enrichModels(
      [model("acme/a"), model("acme/b")],
      new Map([["acme/b", { headerParams: 42, headerEvidence: "header of b" }]]),
    );
    expect(rows.map((r) => [r.params, r.params_source, r.params_evidence])).toEqual([
      [null, null, null],
      [42, "safetensors-header", "header of b"],
    ]);
  });
});

describe("adapters", () => {
  const base = model("acme/Base-8B", { safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 } });
  const adapter = (id: string, baseId: string) =>
    model(id, {
      tags: [`base_model:${baseId}`, `base_model:adapter:${baseId}`, "lora"],
      library_name: "peft",
      safetensors: { parameters: { F32: 20_971_520 }, total: 20_971_520 },
    });

  it("take their base model's count when the base is in the batch, saying the own count is the adapter's", () => {
    const [, row] = enrichModels([base, adapter("jane/Base-8B-lora-sql", "acme/Base-8B")]);
    expect(row).toMatchObject({ params: 8_030_261_248, params_source: "base-model", params_packed: false, base_relation: "adapter" });
    expect(row.params_evidence).toBe(
      'base model "acme/Base-8B": safetensors.total = 8030261248 (this repo is an adapter; name "Base-8B-lora-sql" → 8B; ' +
        "adapter repo: its own weights count only the adapter (safetensors.total = 20971520))",
    );
  });

  it("fall back to the name, not to the adapter's own weights, when the base is not in the batch", () => {
    const [row] = enrichModels([adapter("jane/Other-13B-lora", "someone/Other-13B")]);
    expect(row).toMatchObject({ params: 13e9, params_source: "name" });
    expect(row.params_evidence).toMatch(/adapter repo: its own weights count only the adapter \(safetensors\.total = 20971520\)/);
    const [nameless] = enrichModels([adapter("jane/sql-helper", "someone/Other-13B")]);
    expect(nameless).toMatchObject({ params: null, params_source: null });
    expect(nameless.params_evidence).toMatch(/^adapter repo: its own weights count only the adapter/);
  });

  it("never lend their count to another repo", () => {
    const rows = enrichModels([
      adapter("jane/Base-8B-lora", "acme/Base-8B"),
      model("bob/Base-8B-lora-AWQ", {
        tags: ["awq", "base_model:quantized:jane/Base-8B-lora"],
        safetensors: { parameters: { I32: 100 }, total: 100 },
      }),
    ]);
    expect(rows[1]).toMatchObject({ params: 800, params_packed: true, params_source: "unpacked", params_stored: 100 });
  });
});
