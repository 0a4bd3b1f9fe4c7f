import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { enrichAuthor } from "../src/data-loaders/enrich/author.ts";
import { resolveBaseModels } from "../src/data-loaders/enrich/base-model.ts";
import { normalizeDate, resolveCreatedAt } from "../src/data-loaders/enrich/dates.ts";
import { resolveFamily } from "../src/data-loaders/enrich/family.ts";
import { resolveLicence } from "../src/data-loaders/enrich/licence.ts";
import { EnrichError, enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";

function model(id: string, fields: Partial<ApiModel> = {}): ApiModel {
  return { id, likes: 10, downloads: 100, ...fields };
}

describe("dates", () => {
  it("turns both Hub placeholders into an unknown date flagged as placeholder", () => {
    for (const placeholder of ["2022-03-02T23:29:04.000Z", "2022-03-02T23:29:05.000Z"]) {
      expect(resolveCreatedAt(placeholder)).toEqual({ created_at: null, created_at_placeholder: true });
    }
    // The same instant written without milliseconds is still the placeholder.
    expect(resolveCreatedAt("2022-03-02T23:29:04Z").created_at_placeholder).toBe(true);
  });

  it("keeps real dates right next to the placeholders", () => {
    expect(resolveCreatedAt("2022-03-02T23:29:06.000Z")).toEqual({
      created_at: "2022-03-02T23:29:06Z",
      created_at_placeholder: false,
    });
  });

  it("normalises ISO strings to YYYY-MM-DDTHH:MM:SSZ in UTC", () => {
    expect(normalizeDate("2025-01-20T03:46:07.000Z")).toBe("2025-01-20T03:46:07Z");
    expect(normalizeDate("2024-07-18T10:56:00.999+02:00")).toBe("2024-07-18T08:56:00Z");
    expect(normalizeDate("2024-07-18T08:56Z")).toBe("2024-07-18T08:56:00Z");
    expect(normalizeDate("2024-07-18")).toBe("2024-07-18T00:00:00Z");
    // No zone: read as UTC, so the row is the same on every machine.
    expect(normalizeDate("2024-07-18T08:56:00")).toBe("2024-07-18T08:56:00Z");
  });

  it("gives null for anything that is not a real date", () => {
    for (const bad of ["", "yesterday", "2024-02-30T00:00:00Z", "2024-13-01", "2024-01-01T25:00:00Z", "1721292960", null, 1721292960]) {
      expect(normalizeDate(bad), String(bad)).toBeNull();
      expect(resolveCreatedAt(bad)).toEqual({ created_at: null, created_at_placeholder: false });
    }
  });
});

describe("licence", () => {
  it("takes the card's licence, lowercased", () => {
    expect(resolveLicence(model("a/b", { cardData: { license: "Apache-2.0" } }))).toEqual({
      license: "apache-2.0",
      all: ["apache-2.0"],
    });
  });

  it("takes the first of a list but keeps them all", () => {
    const record = model("a/b", { cardData: { license: ["MIT", "cc-by-4.0"] }, tags: ["license:mit", "license:cc-by-4.0"] });
    expect(resolveLicence(record)).toEqual({ license: "mit", all: ["mit", "cc-by-4.0"] });
  });

  it("uses license_name for 'other', and 'other' when no name is given", () => {
    const named = model("deepseek-ai/DeepSeek-V3", {
      cardData: { license: "other", license_name: "DeepSeek" },
      tags: ["license:other"],
    });
    expect(resolveLicence(named)).toEqual({ license: "deepseek", all: ["deepseek"] });
    expect(resolveLicence(model("a/b", { cardData: { license: "other" } })).license).toBe("other");
  });

  it("falls back to license: tags when there is no card", () => {
    expect(resolveLicence(model("a/b", { tags: ["transformers", "license:llama3.1"] })).license).toBe("llama3.1");
  });

  it("is null when nothing is declared", () => {
    expect(resolveLicence(model("a/b", { tags: ["transformers"] }))).toEqual({ license: null, all: [] });
  });
});

describe("family", () => {
  it("uses the config's model_type and architectures", () => {
    const record = model("openai/gpt-oss-20b", { config: { model_type: "gpt_oss", architectures: ["GptOssForCausalLM"] } });
    expect(resolveFamily(record)).toEqual({ model_type: "gpt_oss", architectures: ["GptOssForCausalLM"], family: "gpt_oss" });
  });

  it("falls back to the GGUF architecture for GGUF-only repos", () => {
    const record = model("unsloth/Qwen3-30B-A3B-GGUF", { config: {}, gguf: { architecture: "qwen3moe", total: 30_532_122_624 } });
    expect(resolveFamily(record)).toEqual({ model_type: "qwen3moe", architectures: [], family: "qwen3_moe" });
    expect(resolveFamily(model("a/b", { gguf: { architecture: "gpt-oss" } })).family).toBe("gpt_oss");
  });

  it("prefers the config over the GGUF architecture", () => {
    const record = model("a/b", { config: { model_type: "mixtral" }, gguf: { architecture: "llama" } });
    expect(resolveFamily(record).family).toBe("mixtral");
  });

  it("is null when neither says", () => {
    expect(resolveFamily(model("a/b"))).toEqual({ model_type: null, architectures: [], family: null });
  });
});

describe("base models", () => {
  it("reads each relation kind from the tags", () => {
    for (const kind of ["finetune", "quantized", "adapter", "merge"] as const) {
      const record = model("a/b", { tags: ["base_model:meta-llama/Llama-3.1-8B", `base_model:${kind}:meta-llama/Llama-3.1-8B`] });
      expect(resolveBaseModels(record)).toEqual({ base_models: ["meta-llama/Llama-3.1-8B"], base_relation: kind });
    }
  });

  it("merges tags and the card's base_model list without repeats", () => {
    const record = model("a/merge", {
      tags: ["base_model:merge:Qwen/Qwen2.5-7B", "base_model:merge:mistralai/Mistral-7B-v0.1"],
      cardData: { base_model: ["Qwen/Qwen2.5-7B", "qwen/qwen2.5-7b", "NousResearch/Hermes-3-Llama-3.1-8B"] },
    });
    expect(resolveBaseModels(record)).toEqual({
      base_models: ["Qwen/Qwen2.5-7B", "mistralai/Mistral-7B-v0.1", "NousResearch/Hermes-3-Llama-3.1-8B"],
      base_relation: "merge",
    });
  });

  it("uses the card's base_model_relation when the tags give no kind", () => {
    const record = model("a/b", { cardData: { base_model: "google/gemma-2-9b", base_model_relation: "adapter" } });
    expect(resolveBaseModels(record)).toEqual({ base_models: ["google/gemma-2-9b"], base_relation: "adapter" });
  });

  it("has no relation when nothing names one", () => {
    expect(resolveBaseModels(model("a/b", { cardData: { base_model: "google/gemma-2-9b" } })).base_relation).toBeNull();
    expect(resolveBaseModels(model("a/b"))).toEqual({ base_models: [], base_relation: null });
  });
});

describe("enrichModels", () => {
  it("ranks in input order and maps the plain fields", () => {
    const rows = enrichModels([
      model("meta-llama/Llama-3.1-8B-Instruct", {
        likes: 6643,
        downloads: 5_000_000,
        trendingScore: 42,
        gated: "manual",
        sha: "0e9e39f249a16976918f6564b8830bc894c89659",
        lastModified: "2024-09-25T14:34:48.000Z",
        createdAt: "2024-07-18T08:56:00.000Z",
        pipeline_tag: "text-generation",
        library_name: "transformers",
        tags: ["transformers", "license:llama3.1"],
      }),
      model("openai-community/gpt2", { gated: false, createdAt: "2022-03-02T23:29:04.000Z", author: "openai-community" }),
    ]);
    expect(rows[0]).toMatchObject({
      id: "meta-llama/Llama-3.1-8B-Instruct",
      author: "meta-llama",
      rank: 1,
      likes: 6643,
      downloads: 5_000_000,
      trending_score: 42,
      gated: "manual",
      created_at: "2024-07-18T08:56:00Z",
      created_at_placeholder: false,
      last_modified: "2024-09-25T14:34:48Z",
      sha: "0e9e39f249a16976918f6564b8830bc894c89659",
      pipeline_tag: "text-generation",
      library_name: "transformers",
      license: "llama3.1",
      params: 8_000_000_000,
      params_source: "name",
      name_params: 8_000_000_000,
      tags: ["transformers", "license:llama3.1"],
    });
    expect(rows[1]).toMatchObject({
      rank: 2,
      gated: null,
      created_at: null,
      created_at_placeholder: true,
      trending_score: null,
      last_modified: null,
      pipeline_tag: null,
      params: null,
      params_source: null,
      name_params: null,
    });
  });

  it("takes the record's author over the owner part of the id", () => {
    const [row] = enrichModels([model("old-owner/model", { author: "new-owner" })]);
    expect(row.author).toBe("new-owner");
  });

  it("carries experts and active parameters from the name", () => {
    const [mixtral, qwen] = enrichModels([model("mistralai/Mixtral-8x7B-Instruct-v0.1"), model("Qwen/Qwen3-235B-A22B")]);
    expect(mixtral).toMatchObject({ experts: 8, active_params: null, name_params: null, params: null });
    expect(qwen).toMatchObject({ experts: null, active_params: 22_000_000_000, name_params: 235_000_000_000 });
  });

  it("passes non-ASCII text through untouched", () => {
    const [row] = enrichModels([
      model("société/modèle-ß-3B", {
        author: "société",
        tags: ["région:eu", "base_model:finetune:세종/모델-7B"],
        cardData: { license: "other", license_name: "通义千问-license", base_model: ["세종/모델-7B", "Ünïcode/Ärger"] },
      }),
    ]);
    expect(row).toMatchObject({
      id: "société/modèle-ß-3B",
      author: "société",
      tags: ["région:eu", "base_model:finetune:세종/모델-7B"],
      base_models: ["세종/모델-7B", "Ünïcode/Ärger"],
      base_relation: "finetune",
      license: "通义千问-license",
      name_params: 3_000_000_000,
    });
  });

  it("refuses a record without whole-number likes or downloads, naming it", () => {
    const noLikes = { id: "acme/no-likes", downloads: 5 } as ApiModel;
    expect(() => enrichModels([model("acme/fine"), noLikes])).toThrow(EnrichError);
    expect(() => enrichModels([model("acme/fine"), noLikes])).toThrow(/listing record 2 \(acme\/no-likes\) has likes = undefined/);
    expect(() => enrichModels([model("acme/x", { downloads: "many" as unknown as number })])).toThrow(/downloads = "many"/);
  });

  it("enriches the recorded top list end to end", () => {
    const snapshot = JSON.parse(readFileSync(TOP_LIKES_2026_08_22, "utf8")) as { models: Array<Record<string, unknown>> };
    const models = snapshot.models.map((record) => {
      const parsed = parseModelRecord(record);
      if (!parsed.ok) throw new Error(`recorded ${String(record.id)}: ${parsed.reason}`);
      return parsed.model;
    });
    const rows = enrichModels(models);

    expect(rows).toHaveLength(snapshot.models.length);
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index + 1));
    const placeholders = snapshot.models.filter((m) => /^2022-03-02T23:29:0[45]\.000Z$/.test(String(m.createdAt))).length;
    expect(placeholders).toBeGreaterThan(0);
    expect(rows.filter((row) => row.created_at_placeholder)).toHaveLength(placeholders);
    for (const row of rows) {
      if (row.created_at !== null) expect(row.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      // The recording has no safetensors or gguf: every count here can only come from the name.
      expect(row.params_source === null || row.params_source === "name").toBe(true);
    }

    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get("deepseek-ai/DeepSeek-R1")).toMatchObject({
      rank: 2,
      author: "deepseek-ai",
      likes: 13583,
      downloads: 5894003,
      created_at: "2025-01-20T03:46:07Z",
      created_at_placeholder: false,
      pipeline_tag: "text-generation",
      library_name: "transformers",
      params: null,
      params_source: null,
      last_modified: null,
    });
    expect(byId.get("mistralai/Mixtral-8x7B-Instruct-v0.1")).toMatchObject({
      pipeline_tag: null,
      library_name: "vllm",
      experts: 8,
      params: null,
    });
    expect(byId.get("openai-community/gpt2")).toMatchObject({ created_at: null, created_at_placeholder: true });
    expect(byId.get("openai/gpt-oss-120b")).toMatchObject({
      params: 120_000_000_000,
      params_source: "name",
      params_evidence: 'name "gpt-oss-120b" → 120B',
    });
  });
});

describe("enrichAuthor", () => {
  it("maps an organisation, its plan and whether it is Enterprise", () => {
    expect(
      enrichAuthor("Qwen", {
        kind: "org",
        overview: { name: "Qwen", fullname: "Qwen", numFollowers: 71959, plan: "team", numModels: 350 },
      }),
    ).toEqual({
      name: "Qwen",
      type: "org",
      fullname: "Qwen",
      followers: 71959,
      plan: "team",
      is_enterprise: false,
      is_pro: null,
      num_models: 350,
    });
    const enterprise = enrichAuthor("nvidia", { kind: "org", overview: { name: "nvidia", plan: "enterprise" } });
    expect(enterprise).toMatchObject({ plan: "enterprise", is_enterprise: true, followers: null, fullname: null });
    const free = enrichAuthor("acme", { kind: "org", overview: { name: "acme" } });
    expect(free).toMatchObject({ plan: null, is_enterprise: false });
  });

  it("maps a user and whether they are PRO, unknown PRO staying null", () => {
    expect(enrichAuthor("TheBloke", { kind: "user", overview: { user: "TheBloke", isPro: true, numFollowers: 20000 } })).toEqual({
      name: "TheBloke",
      type: "user",
      fullname: null,
      followers: 20000,
      plan: null,
      is_enterprise: false,
      is_pro: true,
      num_models: null,
    });
    expect(enrichAuthor("jane", { kind: "user", overview: { user: "jane" } }).is_pro).toBeNull();
  });

  it("keeps everything null for an author the Hub did not describe", () => {
    expect(enrichAuthor("ghost", { kind: "unknown", reason: "404 on both overview endpoints" })).toEqual({
      name: "ghost",
      type: null,
      fullname: null,
      followers: null,
      plan: null,
      is_enterprise: null,
      is_pro: null,
      num_models: null,
    });
  });

  it("refuses an overview of an unknown kind, naming the author", () => {
    expect(() => enrichAuthor("x", { kind: "team" } as never)).toThrow(/author "x" has overview kind "team"/);
  });
});
