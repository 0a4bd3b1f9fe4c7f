import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetFromSnapshot, loadDataset, RecordsFileError, saveDataset } from "../src/mock-hub/records.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";
import { startTestHub, suiteScratchDir } from "./fixtures/scratch.ts";

// Real recorded data, read in place (never copied into the repository).
const SNAPSHOT = TOP_LIKES_2026_08_22;

const dir = suiteScratchDir("mock-hub-records-");

describe("records files", () => {
  it("round-trips a dataset through JSON Lines unchanged", async () => {
    const dataset = generateSampleHub({ models: 60, seed: 11 });
    const file = path.join(dir, "sample.jsonl");
    await saveDataset(file, dataset);
    const lines = (await readFile(file, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(dataset.models.length + dataset.authors.length);
    expect(JSON.parse(lines[0]).kind).toBe("model");
    expect(await loadDataset(file)).toEqual(dataset);
  });

  it("loads a .json file with models and authors", async () => {
    const file = path.join(dir, "small.json");
    await writeFile(file, JSON.stringify({ models: [{ id: "a/b", likes: 1 }], authors: [{ name: "a", type: "user" }] }));
    expect(await loadDataset(file)).toEqual({ models: [{ id: "a/b", likes: 1 }], authors: [{ name: "a", type: "user" }] });
  });

  it("names the file and line of a bad JSON Lines record", async () => {
    const file = path.join(dir, "bad.jsonl");
    await writeFile(file, `{"kind":"model","id":"a/b"}\n{"kind":"model","id":"no-owner"}\n`);
    await expect(loadDataset(file)).rejects.toThrow(`${file} line 2: a model needs an "id" written "owner/name"`);
    await writeFile(file, `{"kind":"space","id":"a/b"}\n`);
    await expect(loadDataset(file)).rejects.toThrow(/line 1 needs "kind": "model" or "kind": "author"/);
  });

  it("refuses file names it cannot tell the format of", async () => {
    await expect(loadDataset(path.join(dir, "records.txt"))).rejects.toBeInstanceOf(RecordsFileError);
    await expect(saveDataset(path.join(dir, "out.json"), { models: [], authors: [] })).rejects.toThrow(/\.jsonl/);
  });
});

describe("datasets from recorded rankings", () => {
  it("serves the recording's real ids in its likes order, null pipeline tags and placeholder dates included", async () => {
    const recording = JSON.parse(await readFile(SNAPSHOT, "utf8")).models as any[];
    const dataset = await datasetFromSnapshot(SNAPSHOT);
    expect(dataset.models).toHaveLength(recording.length);
    const hub = await startTestHub({ dataset });
    const response = await fetch(`${hub.url}/api/models?pipeline_tag=text-generation&sort=likes&limit=1000`);
    const served = (await response.json()) as any[];
    const recordedTextGeneration = recording
      .filter((m) => m.pipeline_tag === "text-generation")
      .sort((a, b) => b.likes - a.likes || (a.id < b.id ? -1 : 1));
    expect(served.map((m) => m.id)).toEqual(recordedTextGeneration.map((m) => m.id));
    expect(served[0]).toMatchObject({ id: "deepseek-ai/DeepSeek-R1", likes: 13583, library_name: "transformers" });

    const mixtral = await (await fetch(`${hub.url}/api/models/mistralai/Mixtral-8x7B-Instruct-v0.1`)).json();
    expect(mixtral).not.toHaveProperty("pipeline_tag");
    expect(mixtral).not.toHaveProperty("lastModified");
    const placeholder = recording.find((m) => m.createdAt === "2022-03-02T23:29:04.000Z");
    const old = await (await fetch(`${hub.url}/api/models/${placeholder.id}?expand[]=createdAt`)).json();
    expect(old.createdAt).toBe("2022-03-02T23:29:04.000Z");
  });

  it("gives every owner exactly one kind of account overview", async () => {
    const dataset = await datasetFromSnapshot(SNAPSHOT);
    const owners = new Set(dataset.models.map((m) => m.id.split("/")[0]));
    expect(new Set(dataset.authors.map((a) => a.name))).toEqual(owners);
    const hub = await startTestHub({ dataset });
    for (const owner of ["deepseek-ai", "meta-llama", ...[...owners].slice(0, 10)]) {
      const org = await fetch(`${hub.url}/api/organizations/${owner}/overview`);
      const user = await fetch(`${hub.url}/api/users/${owner}/overview`);
      expect([org.status, user.status].sort()).toEqual([200, 404]);
    }
  });

  it("adds tags for the pipeline tag and library so filters work on them", async () => {
    const dataset = await datasetFromSnapshot(SNAPSHOT);
    const r1 = dataset.models.find((m) => m.id === "deepseek-ai/DeepSeek-R1")!;
    expect(r1.tags).toEqual(["transformers", "text-generation"]);
    expect(r1).not.toHaveProperty("safetensors");
  });
});
