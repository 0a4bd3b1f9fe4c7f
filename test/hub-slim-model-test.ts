// The crawl keeps a slim copy of each listing record (src/data-loaders/hub/slim-model.ts): it must
// lose nothing that enrichment or the extra reads use, and hide nothing validation would report.
import { describe, expect, it } from "vitest";
import { enrichModels } from "../src/data-loaders/enrich/index.ts";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";
import { weightFilesOf } from "../src/data-loaders/hub/safetensors-header.ts";
import { createRecordSlimmer } from "../src/data-loaders/hub/slim-model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";

const sample = generateSampleHub({ models: 3000, seed: 7 }).models.filter((model) => model.pipeline_tag === "text-generation");
const valid = (records: unknown[]): ApiModel[] =>
  records.flatMap((record) => {
    const parsed = parseModelRecord(record);
    return parsed.ok ? [parsed.model] : [];
  });

describe("slim listing records", () => {
  it("enrich to the same rows as the records as the Hub sent them", () => {
    const slim = createRecordSlimmer();
    const raw = structuredClone(sample) as unknown[];
    const slimmed = raw.map((record) => slim(structuredClone(record)));
    expect(valid(slimmed)).toHaveLength(valid(raw).length);
    expect(enrichModels(valid(slimmed))).toEqual(enrichModels(valid(raw)));
  });

  it("name the same weight files to read headers from", () => {
    const slim = createRecordSlimmer();
    let withWeights = 0;
    for (const record of sample) {
      const slimmed = slim(structuredClone(record)) as ApiModel;
      expect(weightFilesOf(slimmed.siblings)).toEqual(weightFilesOf(record.siblings));
      if (weightFilesOf(record.siblings) !== null) withWeights++;
    }
    expect(withWeights).toBeGreaterThan(100);
  });

  it("drop the repo's other files, front matter and config keys enrichment never reads", () => {
    const slimmed = createRecordSlimmer()({
      _id: "66a1",
      id: "acme/tiny-1B",
      likes: 3,
      downloads: 10,
      siblings: [{ rfilename: "README.md" }, { rfilename: "model.safetensors" }, { rfilename: "tokenizer.json" }],
      cardData: { license: "mit", base_model: "acme/base", widget: [{ text: "hi" }], "model-index": [{ results: [] }] },
      config: { model_type: "llama", architectures: ["LlamaForCausalLM"], tokenizer_config: { chat_template: "…" } },
    }) as Record<string, unknown>;
    expect(slimmed).toEqual({
      id: "acme/tiny-1B",
      likes: 3,
      downloads: 10,
      siblings: [{ rfilename: "model.safetensors" }],
      cardData: { license: "mit", base_model: "acme/base" },
      config: { model_type: "llama", architectures: ["LlamaForCausalLM"] },
    });
  });

  it("pass malformed values through, so validation rejects the record for the same reason", () => {
    const slim = createRecordSlimmer();
    const malformed: unknown[] = [
      { id: "acme/a", likes: 1, downloads: 1, siblings: "model.safetensors" },
      { id: "acme/b", likes: 1, downloads: 1, tags: ["ok", 5] },
      { id: "acme/c", likes: 1, downloads: 1, cardData: ["license", "mit"] },
      { id: "acme/d", likes: 1 },
      "not a record",
      null,
    ];
    for (const record of malformed) {
      const raw = parseModelRecord(record);
      expect(raw.ok).toBe(false);
      expect(parseModelRecord(slim(record))).toEqual(raw);
    }
  });
});
