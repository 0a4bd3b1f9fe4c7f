// `npm run hub -- params`: one line per input with count, source and evidence, through the crawl's
// cascade against the mock Hub; --name-only and plain names ask nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runParamsCli } from "../src/cli/params.ts";
import { startMockHub, type MockHub } from "../src/mock-hub/server.ts";
import type { MockModelRecord } from "../src/mock-hub/types.ts";
import { suiteScratchDir } from "./fixtures/scratch.ts";

const base = (id: string, fields: Partial<MockModelRecord> = {}): MockModelRecord => ({
  id,
  author: id.split("/")[0],
  likes: 10,
  downloads: 10,
  pipeline_tag: "text-generation",
  tags: [],
  ...fields,
});

const models: MockModelRecord[] = [
  base("acme/Chat-8B", { safetensors: { parameters: { BF16: 8_030_261_248 }, total: 8_030_261_248 } }),
  base("bob/Chat-8B-AWQ", {
    tags: ["awq", "4-bit", "base_model:quantized:acme/Chat-8B"],
    config: { quantization_config: { quant_method: "awq", bits: 4 } },
    safetensors: { parameters: { F16: 700_000_000, I32: 850_000_000 }, total: 1_550_000_000 },
  }),
  base("jane/Chat-8B-lora", {
    tags: ["base_model:adapter:acme/Chat-8B"],
    safetensors: { parameters: { F32: 20_000_000 }, total: 20_000_000 },
  }),
  base("acme/header-only", {
    siblings: [{ rfilename: "model.safetensors" }, { rfilename: "config.json" }],
    weightFiles: [{ name: "model.safetensors", tensors: { w: { dtype: "BF16", shape: [1000, 3000] }, b: { dtype: "BF16", shape: [7] } } }],
  }),
  base("acme/pickle-13B", { siblings: [{ rfilename: "pytorch_model.bin" }], pageParams: 13_015_864_320 }),
];

let hub: MockHub;
const cacheDir = suiteScratchDir("hub-params-cli-");
beforeAll(async () => {
  hub = await startMockHub({ dataset: { models, authors: [] } });
});
afterAll(async () => {
  await hub.close();
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runParamsCli([...argv, "--cache", cacheDir], {
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env: { HF_ENDPOINT: hub.url },
    sleep: async () => {},
  });
  return { code, out, err };
}

describe("hub params", () => {
  it("prints count, source and evidence per input, from the best source the cascade reaches", async () => {
    const { code, out } = await run("acme/Chat-8B", "acme/header-only", "acme/pickle-13B", "bob/Chat-8B-AWQ", "jane/Chat-8B-lora");
    expect(code).toBe(0);
    expect(out).toEqual([
      "acme/Chat-8B: 8030261248 [safetensors] safetensors.total = 8030261248",
      "acme/header-only: 3000007 [safetensors-header] sum of tensor shapes in the safetensors header of model.safetensors = 3000007",
      "acme/pickle-13B: 13015864320 [model-page] model page ModelHeader numParameters = 13015864320",
      expect.stringMatching(
        /^bob\/Chat-8B-AWQ: 8030261248 \[base-model\] base model "acme\/Chat-8B": safetensors\.total = 8030261248 \(this repo's own count, 1550000000, is packed/,
      ),
      expect.stringMatching(/^jane\/Chat-8B-lora: 8030261248 \[base-model\] base model "acme\/Chat-8B": .*this repo is an adapter/),
    ]);
    expect(hub.requests.some((r) => r.path.endsWith("config.json"))).toBe(false);
    expect(
      hub.requests
        .filter((r) => r.path.startsWith("/api/models/acme/Chat-8B?"))
        .every((r) => r.path.includes("expand%5B%5D=siblings") || r.path.includes("expand[]=siblings")),
    ).toBe(true);
  });

  it("says clearly when a repo does not exist, answers the other inputs, and exits 1", async () => {
    const { code, out, err } = await run("acme/nope", "acme/Chat-8B");
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^acme\/nope: error: no model "acme\/nope" on http:\/\/127\.0\.0\.1:\d+ \(the API answered 404\)/);
    expect(out[1]).toBe("acme/Chat-8B: 8030261248 [safetensors] safetensors.total = 8030261248");
    expect(err).toHaveLength(1);
  });

  it("prints one JSON object per line with --json, MoE facts included when the name says them", async () => {
    const { out } = await run("--json", "acme/Chat-8B", "Qwen3-30B-A3B");
    const [repo, name] = out.map((line) => JSON.parse(line));
    expect(repo).toEqual({
      input: "acme/Chat-8B",
      id: "acme/Chat-8B",
      params: 8_030_261_248,
      source: "safetensors",
      evidence: "safetensors.total = 8030261248",
      packed: false,
    });
    expect(name).toMatchObject({ input: "Qwen3-30B-A3B", id: null, params: 30e9, source: "name", active_params: 3e9 });
    expect(name.note).toMatch(/not an owner\/name repo id: read as a name only/);
  });

  it("with --name-only reads names only and makes no request at all", async () => {
    const before = hub.requests.length;
    const { code, out } = await run("--name-only", "--json", "acme/pickle-13B", "mistralai/Mixtral-8x7B-v0.1", "sql-helper");
    expect(code).toBe(0);
    expect(hub.requests).toHaveLength(before);
    const [pickle, mixtral, nameless] = out.map((line) => JSON.parse(line));
    expect(pickle).toMatchObject({ id: "acme/pickle-13B", params: 13e9, source: "name" });
    // "8x7B" is 8 experts of 7B each: shared layers make the total less than 56B, so the name gives none.
    expect(mixtral).toMatchObject({ experts: 8, params: null, source: null });
    expect(mixtral.evidence).toMatch(/8 experts × 7B; no total in the name/);
    expect(nameless).toMatchObject({ params: null, source: null });
    expect(nameless).not.toHaveProperty("experts");
  });

  it("refuses to run without an input, saying what it needs", async () => {
    await expect(run()).rejects.toThrow(/params needs at least one model id/);
  });
});
