import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveFamily } from "../src/data-loaders/enrich/family.ts";
import {
  FAMILY_VOCABULARY,
  FamilyLookup,
  familyAliases,
  lookalikeKey,
  undeclaredLookalikes,
} from "../src/data-loaders/enrich/family-vocabulary.ts";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseModelRecord } from "../src/data-loaders/hub/parse-model.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { generateSampleHub } from "../src/mock-hub/sample.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";

const sample = generateSampleHub();
const sampleFamilies = new Set(
  enrichModels(sample.models.filter(isUsable) as ApiModel[])
    .map((row) => row.family)
    .filter(isString),
);

function isUsable(record: { likes?: unknown; downloads?: unknown }): boolean {
  return typeof record.likes === "number" && typeof record.downloads === "number";
}

function isString(value: string | null): value is string {
  return value !== null;
}

describe("the family vocabulary", () => {
  it("puts the GGUF and transformers spellings of one family under one id", () => {
    const gguf = (architecture: string) => resolveFamily({ id: "a/b", config: {}, gguf: { architecture } }).family;
    const config = (model_type: string) => resolveFamily({ id: "a/b", config: { model_type } }).family;
    expect([gguf("gptneo"), config("gpt_neo")]).toEqual(["gpt_neo", "gpt_neo"]);
    expect([gguf("gptneox"), config("gpt_neox")]).toEqual(["gpt_neox", "gpt_neox"]);
    expect([gguf("phi2"), config("phi")]).toEqual(["phi", "phi"]);
    expect([gguf("qwen3moe"), config("qwen3_moe")]).toEqual(["qwen3_moe", "qwen3_moe"]);
    expect([gguf("command-r"), config("cohere")]).toEqual(["cohere", "cohere"]);
    expect([config("RefinedWebModel"), config("falcon")]).toEqual(["falcon", "falcon"]);
    // A config that names only a class still finds its family.
    expect(resolveFamily({ id: "a/b", config: { architectures: ["GPTNeoXForCausalLM"] } }).family).toBe("gpt_neox");
  });

  it("maps every alias it lists to its own family, and lists each alias of a kind once", () => {
    const lookup = new FamilyLookup();
    const seen = new Set<string>();
    for (const { kind, alias, family } of familyAliases()) {
      expect(lookup.find(kind, alias), `${kind} ${alias}`).toBe(family);
      expect(seen.has(`${kind}:${alias.toLowerCase()}`), `${kind} ${alias} listed twice`).toBe(false);
      seen.add(`${kind}:${alias.toLowerCase()}`);
    }
    const ids = FAMILY_VOCABULARY.map((entry) => entry.family);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("declares every look-alike pair of its own ids distinct, and only ids it has", () => {
    const ids = new Set(FAMILY_VOCABULARY.map((entry) => entry.family));
    expect(undeclaredLookalikes(ids)).toEqual([]);
    for (const entry of FAMILY_VOCABULARY) {
      for (const other of entry.distinctFrom ?? []) {
        expect(ids.has(other), `${entry.family} is distinct from unknown ${other}`).toBe(true);
        expect(lookalikeKey(other), `${entry.family} and ${other} do not look alike`).toBe(lookalikeKey(entry.family));
      }
    }
  });

  it("leaves no look-alike family ids in the sample that the table does not declare distinct", () => {
    expect(sampleFamilies.size).toBeGreaterThan(10);
    expect(undeclaredLookalikes(sampleFamilies)).toEqual([]);
    // The sample's GGUF repos name gptneo/gptneox/phi2/qwen3moe, and none of those is a family of its own.
    for (const spelling of ["gptneo", "gptneox", "phi2", "qwen3moe"]) expect(sampleFamilies.has(spelling), spelling).toBe(false);
  });

  it("fails on the sample when the table lacks a family that GGUF spells its own way", () => {
    const withoutGptNeo = FAMILY_VOCABULARY.filter((entry) => entry.family !== "gpt_neo");
    const lookup = new FamilyLookup(withoutGptNeo);
    const families = new Set(sample.models.map((record) => resolveFamily(record as ApiModel, lookup).family).filter(isString));
    expect(undeclaredLookalikes(families, withoutGptNeo)).toEqual([["gpt_neo", "gptneo"]]);
  });

  it("finds look-alikes by case, separators, trailing digits and a moe suffix", () => {
    expect(undeclaredLookalikes(["Qwen3", "qwen3", "gpt-neox", "gpt_neox", "granite", "granitemoe", "bloom"], [])).toEqual([
      ["Qwen3", "qwen3"],
      ["gpt-neox", "gpt_neox"],
      ["granite", "granitemoe"],
    ]);
    expect(undeclaredLookalikes(["qwen2", "qwen3"])).toEqual([]);
    expect(undeclaredLookalikes(["qwen2", "qwen3"], [])).toEqual([["qwen2", "qwen3"]]);
  });

  it("gives the recorded real rankings no family from outside the vocabulary", () => {
    // The recordings carry no config and no GGUF header (their README), so their families are
    // what the vocabulary gives for nothing at all: none. The real names the table maps are
    // transformers' model types and llama.cpp's architectures, checked above.
    const snapshot = JSON.parse(readFileSync(TOP_LIKES_2026_08_22, "utf8")) as { models: Array<Record<string, unknown>> };
    const models = snapshot.models.map((record) => {
      const parsed = parseModelRecord(record);
      if (!parsed.ok) throw new Error(`recorded ${String(record.id)}: ${parsed.reason}`);
      return parsed.model;
    });
    const families = new Set(
      enrichModels(models)
        .map((row) => row.family)
        .filter(isString),
    );
    expect(undeclaredLookalikes(families)).toEqual([]);
    const known = new Set(FAMILY_VOCABULARY.map((entry) => entry.family));
    expect([...families].filter((family) => !known.has(family))).toEqual([]);
  });
});
