import { describe, expect, it } from "vitest";
import { generateSampleHub, PLACEHOLDER_CREATED_AT } from "../src/mock-hub/sample.ts";
import { LAB_ORGS, RELEASES } from "../src/mock-hub/sample-catalogue.ts";
import type { MockModelRecord } from "../src/mock-hub/types.ts";

// One default-sized sample shared by the distribution checks: they describe the sample the
// `build:sample` report is made from, not a toy.
const sample = generateSampleHub({ seed: 20240101 });
const models = sample.models;
const byId = new Map(models.map((m) => [m.id, m]));

function baseOf(model: MockModelRecord, relation: string): MockModelRecord | undefined {
  const tag = model.tags?.find((t) => t.startsWith(`base_model:${relation}:`));
  return tag ? byId.get(tag.slice(`base_model:${relation}:`.length)) : undefined;
}

/**
 * The vision and audio towers the catalogue states for the release a model descends from (through
 * fine-tunes and the first model of merges, as the sample inherits them); 0 when it states none.
 */
function catalogueTowers(model: MockModelRecord): number {
  let current = model;
  for (;;) {
    const parent = baseOf(current, "finetune") ?? baseOf(current, "merge");
    if (!parent) break;
    current = parent;
  }
  const release = RELEASES.find(
    (r) => LAB_ORGS[r.lab] === current.author && r.entries.some((e) => current.id === `${current.author}/${e.name}`),
  );
  return release?.entries.find((e) => current.id === `${current.author}/${e.name}`)?.towers ?? 0;
}

describe("generateSampleHub determinism", () => {
  it("produces byte-identical JSON for the same seed and a different sample for another seed", () => {
    const a = JSON.stringify(generateSampleHub({ models: 500, seed: 42 }));
    const b = JSON.stringify(generateSampleHub({ models: 500, seed: 42 }));
    const c = JSON.stringify(generateSampleHub({ models: 500, seed: 43 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("makes as many models as asked, 5000 by default, with unique ids", () => {
    expect(models).toHaveLength(5000);
    expect(new Set(models.map((m) => m.id)).size).toBe(5000);
    expect(generateSampleHub({ models: 37, seed: 1 }).models).toHaveLength(37);
  });

  it("refuses a model count that is not a positive whole number", () => {
    expect(() => generateSampleHub({ models: 0 })).toThrow(/models must be a whole number/);
    expect(() => generateSampleHub({ models: 2.5 })).toThrow(/models must be a whole number/);
  });
});

describe("sample distributions", () => {
  it("has heavy-tailed likes: a few in the thousands, most small", () => {
    const likes = models.map((m) => m.likes ?? 0).sort((a, b) => a - b);
    expect(likes.filter((l) => l > 5000).length).toBeGreaterThan(0);
    expect(likes.filter((l) => l > 1000).length).toBeGreaterThanOrEqual(10);
    expect(likes[Math.floor(likes.length / 2)]).toBeLessThan(50);
  });

  it("has downloads that follow likes, with some repos under 10", () => {
    const withDownloads = models.filter((m) => typeof m.downloads === "number" && typeof m.likes === "number");
    expect(withDownloads.filter((m) => m.downloads! < 10).length).toBeGreaterThan(50);
    const mean = (list: MockModelRecord[]) => list.reduce((s, m) => s + m.downloads!, 0) / list.length;
    expect(mean(withDownloads.filter((m) => m.likes! >= 100))).toBeGreaterThan(10 * mean(withDownloads.filter((m) => m.likes! < 5)));
  });

  it("labels most models text-generation and some image-text-to-text or nothing", () => {
    const count = (tag: string | null) => models.filter((m) => (m.pipeline_tag ?? null) === tag).length;
    expect(count("text-generation")).toBeGreaterThan(models.length * 0.7);
    expect(count("image-text-to-text")).toBeGreaterThan(0);
    expect(count(null)).toBeGreaterThan(0);
  });

  it("uses both of the Hub's placeholder creation dates for about 2% of repos", () => {
    const placeholders = models.filter((m) => (PLACEHOLDER_CREATED_AT as readonly string[]).includes(m.createdAt!));
    expect(placeholders.length).toBeGreaterThan(models.length * 0.005);
    expect(placeholders.length).toBeLessThan(models.length * 0.05);
    for (const date of PLACEHOLDER_CREATED_AT) expect(placeholders.some((m) => m.createdAt === date)).toBe(true);
  });

  it("never has lastModified before createdAt, and dates stay within 2019–2026", () => {
    for (const m of models) {
      expect(m.lastModified! >= m.createdAt!, m.id).toBe(true);
      expect(m.createdAt! >= "2019-01-01" && m.lastModified! <= "2026-08-01T00:00:00.000Z", m.id).toBe(true);
    }
    const years = new Set(models.map((m) => m.createdAt!.slice(0, 4)));
    for (const year of ["2023", "2024", "2025", "2026"]) expect(years.has(year)).toBe(true);
  });

  it("gives organisations about 15% of accounts and most likes", () => {
    const orgs = new Set(sample.authors.filter((a) => a.type === "org").map((a) => a.name));
    expect(orgs.size / sample.authors.length).toBeGreaterThan(0.08);
    expect(orgs.size / sample.authors.length).toBeLessThan(0.25);
    const total = models.reduce((s, m) => s + (m.likes ?? 0), 0);
    const orgLikes = models.filter((m) => orgs.has(m.author!)).reduce((s, m) => s + (m.likes ?? 0), 0);
    expect(orgLikes / total).toBeGreaterThan(0.5);
  });

  it("has an account record for every author, with plans only on orgs and isPro only on users", () => {
    const accounts = new Map(sample.authors.map((a) => [a.name, a]));
    for (const m of models) expect(accounts.has(m.author!), m.author).toBe(true);
    expect(sample.authors.some((a) => a.type === "org" && a.plan === "enterprise")).toBe(true);
    expect(sample.authors.some((a) => a.type === "org" && a.plan === "team")).toBe(true);
    expect(sample.authors.some((a) => a.type === "org" && a.plan === undefined)).toBe(true);
    expect(sample.authors.some((a) => a.type === "user" && a.isPro === true)).toBe(true);
    expect(sample.authors.filter((a) => a.type === "org").every((a) => a.isPro === undefined)).toBe(true);
    expect(sample.authors.filter((a) => a.type === "user").every((a) => a.plan === undefined)).toBe(true);
  });
});

describe("sample names and lineage", () => {
  it("has names in the Hub's patterns: MoE sizes, quantisation suffixes and names without a size", () => {
    const names = models.map((m) => m.id.split("/")[1]);
    expect(names.some((n) => /\d+x\d+B/.test(n))).toBe(true);
    expect(names.some((n) => /-\d+B-A\d+B/.test(n))).toBe(true);
    for (const suffix of [/-GGUF$/, /-AWQ$/, /-GPTQ/, /-(MLX-)?[48]bit$/]) expect(names.some((n) => suffix.test(n))).toBe(true);
    expect(names.some((n) => !/\d+(\.\d+)?[BbMm]\b|\d+(\.\d+)?[BbMm]-/.test(n))).toBe(true);
  });

  it("points every base_model tag and cardData.base_model at a model in the set", () => {
    let derived = 0;
    for (const m of models) {
      for (const tag of m.tags ?? []) {
        if (!tag.startsWith("base_model:")) continue;
        derived += 1;
        expect(byId.has(tag.split(":").at(-1)!), tag).toBe(true);
      }
      const declared = m.cardData?.base_model;
      for (const id of declared === undefined ? [] : [declared].flat()) expect(byId.has(id), id).toBe(true);
    }
    expect(derived).toBeGreaterThan(models.length / 2);
    for (const relation of ["finetune", "quantized", "adapter", "merge"]) {
      expect(
        models.some((m) => m.tags?.some((t) => t.startsWith(`base_model:${relation}:`))),
        relation,
      ).toBe(true);
    }
  });
});

describe("sample parameter counts", () => {
  it("has GGUF repos without safetensors, with an empty config, some without gguf.total", () => {
    const gguf = models.filter((m) => m.gguf);
    expect(gguf.length).toBeGreaterThan(0);
    expect(gguf.every((m) => m.safetensors === undefined && JSON.stringify(m.config) === "{}")).toBe(true);
    expect(gguf.some((m) => m.gguf!.total === undefined)).toBe(true);
    expect(gguf.every((m) => typeof m.gguf!.architecture === "string" && typeof m.gguf!.context_length === "number")).toBe(true);
  });

  it("keeps a GGUF's total equal to the safetensors total of the model it quantises, less the towers llama.cpp leaves out", () => {
    let compared = 0;
    let withTowers = 0;
    for (const m of models.filter((x) => x.gguf?.total !== undefined)) {
      const base = baseOf(m, "quantized");
      if (base?.safetensors?.total === undefined) continue;
      compared += 1;
      const towers = catalogueTowers(base);
      if (towers > 0) withTowers += 1;
      expect(m.gguf!.total, m.id).toBe(base.safetensors.total - towers);
    }
    expect(compared).toBeGreaterThan(20);
    expect(withTowers).toBeGreaterThan(0);
  });

  it("counts packed storage for AWQ/GPTQ/MLX repos: integer buckets, total below the base's count", () => {
    const packed = models.filter((m) => /-(AWQ|GPTQ)|[48]bit$/.test(m.id) && m.safetensors);
    expect(packed.length).toBeGreaterThan(20);
    let compared = 0;
    for (const m of packed) {
      expect(
        Object.keys(m.safetensors!.parameters!).some((dtype) => /^[IU]\d+$/.test(dtype)),
        m.id,
      ).toBe(true);
      const base = baseOf(m, "quantized");
      if (base?.safetensors?.total === undefined) continue;
      compared += 1;
      expect(m.safetensors!.total!, m.id).toBeLessThan(base.safetensors.total);
    }
    expect(compared).toBeGreaterThan(10);
  });

  it("keeps safetensors totals equal to the sum of their buckets", () => {
    for (const m of models.filter((x) => x.safetensors?.total !== undefined)) {
      const sum = Object.values(m.safetensors!.parameters!).reduce((s, n) => s + n, 0);
      expect(m.safetensors!.total, m.id).toBe(sum);
    }
    expect(models.some((m) => m.safetensors && m.safetensors.total === undefined)).toBe(true);
  });

  it("gives some repos without any API count a model-page count", () => {
    const noApiCount = models.filter((m) => !m.safetensors && m.gguf?.total === undefined);
    expect(noApiCount.length).toBeGreaterThan(0);
    expect(noApiCount.some((m) => typeof m.pageParams === "number" && m.pageParams > 0)).toBe(true);
    expect(noApiCount.some((m) => m.pageParams === undefined)).toBe(true);
    expect(models.filter((m) => m.safetensors).every((m) => m.pageParams === undefined)).toBe(true);
  });

  it("keeps the size in most names close to the count (0.8 to 1.3 times), and a few names deliberately far off it", () => {
    const ratios: number[] = [];
    for (const m of models) {
      const buckets = Object.keys(m.safetensors?.parameters ?? {});
      // Packed quantised buckets and adapter weights do not count the model's parameters.
      if (m.safetensors?.total === undefined || m.library_name === "peft" || buckets.some((b) => /^[IU]\d+$/.test(b))) continue;
      const size = /(?:^|[-_])(\d+(?:\.\d+)?)([BbMm])(?=$|[-_])/.exec(m.id.split("/")[1]);
      if (!size) continue;
      ratios.push(m.safetensors.total / (Number(size[1]) * (/[Bb]/.test(size[2]) ? 1e9 : 1e6)));
    }
    const matching = ratios.filter((r) => r > 0.8 && r < 1.3).length;
    expect(matching / ratios.length).toBeGreaterThan(0.9);
    expect(ratios.some((r) => r < 0.5 || r > 2)).toBe(true);
  });

  it("gives safetensors repos a config with model_type and architectures", () => {
    for (const m of models.filter((x) => x.safetensors && x.library_name !== "peft")) {
      expect(typeof m.config?.model_type, m.id).toBe("string");
      expect(m.config?.architectures?.length, m.id).toBe(1);
    }
  });
});

describe("sample licences, gating and awkward records", () => {
  it("declares licences as strings, lists and 'other' with a name, mirrored in license: tags", () => {
    const licences = models.map((m) => m.cardData?.license).filter((l) => l !== undefined);
    expect(licences.some((l) => typeof l === "string")).toBe(true);
    expect(licences.some((l) => Array.isArray(l))).toBe(true);
    expect(models.some((m) => m.cardData?.license === "other" && typeof m.cardData.license_name === "string")).toBe(true);
    for (const m of models) {
      const declared = [m.cardData?.license ?? []].flat();
      const tagged = (m.tags ?? []).filter((t) => t.startsWith("license:")).map((t) => t.slice("license:".length));
      expect(tagged, m.id).toEqual(declared);
    }
  });

  it("gates some repos automatically and some manually", () => {
    const gates = new Set(models.map((m) => m.gated));
    expect(gates).toEqual(new Set([false, "auto", "manual"]));
  });

  it("has 40-hex shas and 24-hex _ids", () => {
    expect(models.every((m) => /^[0-9a-f]{40}$/.test(m.sha!) && /^[0-9a-f]{24}$/.test(m._id!))).toBe(true);
  });

  it("includes a model without likes, one with null downloads, and non-ASCII display names and card data", () => {
    expect(models.filter((m) => m.likes === undefined)).toHaveLength(1);
    expect(models.filter((m) => m.downloads === null)).toHaveLength(1);
    expect(sample.authors.some((a) => /[^\x00-\x7f]/.test(a.fullname ?? ""))).toBe(true);
    expect(models.some((m) => /[^\x00-\x7f]/.test(JSON.stringify(m.cardData)))).toBe(true);
    // Ids stay ASCII, as on the Hub.
    expect(models.every((m) => /^[\x21-\x7e]+$/.test(m.id))).toBe(true);
  });
});
