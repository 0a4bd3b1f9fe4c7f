// The bundled sample Hub: a seeded, self-consistent imitation of the Hub's text-generation corner,
// for `build:sample`, tests and benchmarks. It is drawn, not recorded, so every page built from it
// must say it is a sample.
//
// What it imitates (docs/hub-api.md, and the real rankings it describes under "Recorded data"):
// - a few base releases with thousands of likes and a long tail of derivatives with a handful each;
// - organisations (~15% of accounts) holding most likes, users publishing most repos;
// - fine-tunes, quantisations (GGUF, AWQ, GPTQ, MLX), adapters and merges whose `base_model:*` tags
//   and `cardData.base_model` point at models in the set;
// - parameter counts where the Hub keeps them: `safetensors` (packed integer buckets for AWQ/GPTQ/
//   MLX, so `total` is below the logical count), `gguf.total` (sometimes missing), neither for
//   pickle-only repos, some of which only the model page counts (`pageParams`);
// - the Hub's placeholder createdAt for repos older than March 2022, and awkward records (missing
//   likes, null downloads, non-ASCII display names and card data).
// The logical count drawn for a repo is what its safetensors/gguf/page/name say, except for a small
// share of names deliberately given the wrong size.
import type { ApiCardData, ApiConfig, ApiGguf, ApiSafetensors } from "../data-loaders/hub/types.ts";
import { SeededRandom, WeightedPicker, ZipfPicker } from "./random.ts";
import {
  ADAPTER_TASKS,
  BRAND_ARCHITECTURES,
  BRAND_SIZES,
  BRAND_WORDS,
  FINETUNE_SUFFIXES,
  FIRST_NAMES,
  HANDLE_WORDS,
  LAB_ORGS,
  NON_ASCII_FULLNAMES,
  ORG_SUFFIXES,
  ORG_WORDS,
  QUANTISER_ORGS,
  QUANTISER_USERS,
  RELEASES,
  ARCHITECTURES,
  type Architecture,
  type LicenseSpec,
  type Release,
  type ReleaseEntry,
} from "./sample-catalogue.ts";
import type { MockAuthorRecord, MockHubDataset, MockModelRecord, MockWeightFile } from "./types.ts";

export interface SampleHubOptions {
  models?: number;
  seed?: number;
  /**
   * One plain repo in this many is header-only (default HEADER_ONLY_EVERY, the realistic guess);
   * a test about header reads may ask for more of them.
   */
  headerOnlyEvery?: number;
}

export const DEFAULT_SAMPLE_MODELS = 5000;
export const DEFAULT_SAMPLE_SEED = 1;
/** One plain repo in this many has safetensors weights but no Hub summary (see #addHeaderOnlyRepos). */
export const HEADER_ONLY_EVERY = 300;

/** The sample's "today", fixed so that the sample never depends on when it is generated. */
export const SAMPLE_NOW = "2026-08-01T00:00:00.000Z";
/** The Hub stores no real creation date before this instant (docs/hub-api.md#fields). */
export const PLACEHOLDER_CREATED_AT = ["2022-03-02T23:29:04.000Z", "2022-03-02T23:29:05.000Z"] as const;

const NOW = Date.parse(SAMPLE_NOW);
const PLACEHOLDER_CUTOFF = Date.parse(PLACEHOLDER_CREATED_AT[0]);
/** Independent models appear from here on; older ones are the catalogue's early releases. */
const BRAND_EPOCH = Date.parse("2021-01-01T00:00:00.000Z");
const DAY = 86_400_000;

type Kind = "release" | "brand" | "finetune" | "quantized" | "adapter" | "merge";
type QuantMethod = "gguf" | "awq" | "gptq" | "mlx";

/** Shares of the repos after the catalogue releases; quantisations and fine-tunes dominate the Hub. */
const KIND_WEIGHTS: [Kind | QuantMethod, number][] = [
  ["brand", 9],
  ["finetune", 36],
  ["gguf", 19],
  ["awq", 4],
  ["gptq", 5],
  ["mlx", 8],
  ["adapter", 9],
  ["merge", 4],
];

/** A repo being drawn: its record plus the truths the record must stay consistent with. */
interface Draft {
  record: MockModelRecord;
  kind: Kind;
  name: string;
  arch: Architecture;
  /** Logical parameter count (MoE: all experts). */
  params: number;
  sizeLabel: string | null;
  /** The config's vocab_size and hidden_size, inherited by derivatives; null for brand models, whose configs omit them. */
  embedding: { vocab: number; hidden: number } | null;
  /** Parameters of vision/audio towers within `params`, where the catalogue states them; inherited by derivatives. */
  towers?: number;
  instruct: boolean;
  /** True creation time; createdAt shows a placeholder when this is before March 2022. */
  bornAt: number;
  license: LicenseSpec | null;
  gated: false | "auto" | "manual";
  pipelineTag: string | null;
}

interface Storage {
  safetensors?: ApiSafetensors;
  gguf?: ApiGguf;
  config?: ApiConfig;
  libraryName: string | null;
  extraTags: string[];
  files: string[];
  pageParams?: number;
}

export function generateSampleHub(options: SampleHubOptions = {}): MockHubDataset {
  const models = options.models ?? DEFAULT_SAMPLE_MODELS;
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  if (!Number.isSafeInteger(models) || models < 1) {
    throw new RangeError(`models must be a whole number, 1 or more; got ${models}.`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number; got ${seed}.`);
  const headerOnlyEvery = options.headerOnlyEvery ?? HEADER_ONLY_EVERY;
  if (!Number.isSafeInteger(headerOnlyEvery) || headerOnlyEvery < 1) {
    throw new RangeError(`headerOnlyEvery must be a whole number, 1 or more; got ${headerOnlyEvery}.`);
  }
  return new SampleHubBuilder(models, seed).build(headerOnlyEvery);
}

class SampleHubBuilder {
  readonly #random: SeededRandom;
  readonly #target: number;
  readonly #drafts: Draft[] = [];
  readonly #ids = new Set<string>();
  /** Repos that derivatives can be built on, weighted by popularity (quants follow the likes). */
  readonly #parents = new WeightedPicker<Draft>();
  readonly #orgs: ZipfPicker<string>;
  readonly #users: ZipfPicker<string>;
  readonly #orgNames: string[];
  readonly #userNames: string[];

  constructor(models: number, seed: number) {
    this.#random = new SeededRandom(seed);
    this.#target = models;
    this.#orgNames = this.#makeOrgNames(Math.max(3, Math.round(models * 0.025)));
    this.#userNames = this.#makeUserNames(Math.max(5, Math.round(models * 0.19)));
    this.#orgs = new ZipfPicker(this.#orgNames, 0.9);
    this.#users = new ZipfPicker(this.#userNames, 0.7);
  }

  build(headerOnlyEvery: number): MockHubDataset {
    const r = this.#random;
    const entries = RELEASES.flatMap((release) => release.entries.map((entry) => ({ release, entry })));
    const releaseCount = Math.min(entries.length, Math.max(1, Math.round(this.#target * 0.014)));
    // With fewer slots than releases, a seeded shuffle keeps small samples varied across seeds.
    for (let i = entries.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [entries[i], entries[j]] = [entries[j], entries[i]];
    }
    const chosen = entries.slice(0, releaseCount);
    chosen.sort((a, b) => RELEASES.indexOf(a.release) - RELEASES.indexOf(b.release));
    for (const { release, entry } of chosen) this.#add(this.#release(release, entry));

    const kinds = KIND_WEIGHTS.map(([kind]) => kind);
    const weights = KIND_WEIGHTS.map(([, weight]) => weight);
    while (this.#drafts.length < this.#target) {
      const kind = r.weighted(kinds, weights);
      if (kind === "brand") this.#add(this.#brand());
      else if (kind === "finetune") this.#add(this.#finetune(this.#parents.pick(r)));
      else if (kind === "adapter") this.#add(this.#adapter(this.#parents.pick(r)));
      else if (kind === "merge") this.#add(this.#merge(this.#parents.pick(r)));
      else this.#add(this.#quantized(this.#parents.pick(r), kind as QuantMethod));
    }
    this.#addAwkwardRecords();
    this.#addHeaderOnlyRepos(headerOnlyEvery);
    return { models: this.#drafts.map((draft) => draft.record), authors: this.#authors() };
  }

  // ---- the kinds of repo -------------------------------------------------------------------

  #release(release: Release, entry: ReleaseEntry): Draft {
    const r = this.#random;
    const bornAt = uniformTime(r, Date.parse(release.from), Date.parse(release.to) + DAY);
    const draft = this.#draft({
      kind: "release",
      author: LAB_ORGS[release.lab],
      name: entry.name,
      arch: release.arch,
      params: entry.params,
      sizeLabel: entry.sizeLabel,
      embedding: { vocab: entry.vocab ?? release.arch.vocab, hidden: entry.hidden },
      towers: entry.towers,
      instruct: entry.instruct ?? false,
      bornAt,
      license: entry.license ?? release.license,
      gated: release.gated,
      pipelineTag: entry.pipelineTag === undefined ? "text-generation" : entry.pipelineTag,
      likes: 150 + heavyTail(r, 900, 1.2, 16_000),
      downloadFactor: 500,
    });
    return this.#finish(draft, this.#plainStorage(draft), { baseModels: [], relation: null });
  }

  #brand(): Draft {
    const r = this.#random;
    const moe = r.chance(0.05);
    const arch = moe ? ARCHITECTURES.mixtral : r.weighted(...unzip(BRAND_ARCHITECTURES));
    const [sizeLabel, nominal] = moe
      ? r.pick([
          ["2x7B", 12.9e9],
          ["4x7B", 24.2e9],
          ["8x7B", 46.7e9],
        ] as const)
      : r.weighted(
          BRAND_SIZES.map(([label, params]) => [label, params] as const),
          BRAND_SIZES.map(([, , w]) => w),
        );
    const params = Math.round(nominal * (0.97 + r.float() * 0.06));
    const brand = r.pick(BRAND_WORDS);
    const version = r.chance(0.4) ? String(r.int(1, 3)) + (r.chance(0.3) ? `.${r.int(1, 5)}` : "") : "";
    const instruct = r.chance(0.6);
    const variant = instruct ? r.pick(["-Instruct", "-Chat", "-it", "-Instruct-v0.1"]) : r.pick(["", "-Base", "-v0.1", "-128k"]);
    // Some independent models carry no size at all, and a few carry the wrong one.
    const template = r.float();
    const shownSize = r.chance(0.03) ? this.#wrongSize(sizeLabel) : sizeLabel;
    const name =
      template < 0.12
        ? `${brand}${version ? `-v${version}` : ""}${instruct ? "-Chat" : ""}`
        : `${brand}${version ? `-${version}` : ""}-${shownSize}${variant}`;
    const draft = this.#draft({
      kind: "brand",
      author: r.chance(0.7) ? this.#orgs.pick(r) : this.#users.pick(r),
      name,
      arch,
      params,
      sizeLabel: template < 0.12 ? null : shownSize,
      embedding: null,
      instruct,
      bornAt: hubActivityTime(r),
      license: r.weighted(["apache-2.0", "mit", "cc-by-nc-4.0", { other: "sample-community-license" }, "llama3.1"], [50, 15, 10, 10, 15]),
      gated: this.#derivedGate(),
      pipelineTag: r.weighted(["text-generation", "image-text-to-text", null], [85, 10, 5]),
      likes: heavyTail(r, 25, 1.0, 9_000),
      downloadFactor: 60,
    });
    return this.#finish(draft, this.#plainStorage(draft), { baseModels: [], relation: null });
  }

  #finetune(parent: Draft): Draft {
    const r = this.#random;
    const brand = r.pick(BRAND_WORDS);
    const size = parent.sizeLabel;
    const choice = r.float();
    let name: string;
    let sizeLabel = size;
    if (choice < 0.03) {
      // A wrong name: the size it claims is not the size it has.
      sizeLabel = this.#wrongSize(size ?? "7B");
      name = `${brand}-${sizeLabel}-${r.pick(["Instruct", "Chat", "Pro"])}`;
    } else if (choice < 0.5) {
      name = `${parent.name}-${r.pick(FINETUNE_SUFFIXES)}`;
    } else if (choice < 0.65) {
      name = `${brand}-${parent.name}`;
    } else if (choice < 0.8 && size) {
      name = `${brand}-${r.int(1, 3)}.${r.int(0, 9)}-${parent.arch.family}-${size}`;
    } else if (choice < 0.9) {
      sizeLabel = null;
      name = `${brand.toLowerCase()}-${r.pick(["chat", "assistant", "storyteller", "coder"])}-v${r.int(1, 4)}`;
    } else {
      name = size ? `${brand}-${size}-Instruct-v0.${r.int(1, 9)}` : `${brand}-${parent.name}-Instruct`;
    }
    // Added tokens grow the embedding a little; the logical count is still the parent's size.
    const params = r.chance(0.1) ? parent.params + r.int(1, 64) * 4096 * 8 : parent.params;
    const draft = this.#draft({
      kind: "finetune",
      author: r.chance(0.3) ? this.#orgs.pick(r) : this.#users.pick(r),
      name,
      arch: parent.arch,
      params,
      sizeLabel,
      embedding: parent.embedding,
      towers: parent.towers,
      instruct: r.chance(0.8) || parent.instruct,
      bornAt: this.#after(parent, 45, 1.1),
      license: r.chance(0.8) ? parent.license : r.weighted(["apache-2.0", "mit", "cc-by-nc-4.0", null], [40, 20, 20, 20]),
      gated: this.#derivedGate(),
      pipelineTag: r.chance(0.85) ? parent.pipelineTag : "text-generation",
      likes: heavyTail(r, 4, 1.05, 8_000),
      downloadFactor: 25,
    });
    if (r.chance(0.02)) draft.record.cardData = { language: ["zh", "en"], tags: ["中文", "对话", "微调"] };
    return this.#finish(draft, this.#plainStorage(draft), { baseModels: [parent.record.id], relation: "finetune" });
  }

  #quantized(parent: Draft, method: QuantMethod): Draft {
    const r = this.#random;
    const quantiserAccounts: Record<QuantMethod, string[]> = {
      gguf: ["gguf-foundry", "quantkat", "bitsmith"],
      awq: ["quant-bakery", "lowbit-larry"],
      gptq: ["quant-bakery", "lowbit-larry", "bitsmith"],
      mlx: ["mlx-sample-community"],
    };
    const author = r.chance(0.7) ? r.pick(quantiserAccounts[method]) : r.chance(0.3) ? this.#orgs.pick(r) : this.#users.pick(r);
    const bits = method === "mlx" && r.chance(0.3) ? 8 : 4;
    const suffix = {
      gguf: r.weighted(["-GGUF", "-gguf", "-i1-GGUF"], [80, 10, 10]),
      awq: "-AWQ",
      gptq: r.pick(["-GPTQ", "-GPTQ-4bit", "-GPTQ-Int4"]),
      mlx: r.pick([`-${bits}bit`, `-MLX-${bits}bit`]),
    }[method];
    const ggufPipeline = r.weighted([parent.pipelineTag, null], [55, 45]);
    const draft = this.#draft({
      kind: "quantized",
      author,
      name: `${parent.name}${suffix}`,
      arch: parent.arch,
      params: parent.params,
      sizeLabel: parent.sizeLabel,
      embedding: parent.embedding,
      towers: parent.towers,
      instruct: parent.instruct,
      bornAt: this.#after(parent, 12, 1.3),
      license: parent.license,
      gated: false,
      pipelineTag: method === "gguf" ? ggufPipeline : parent.pipelineTag,
      likes: heavyTail(r, 3, 1.1, 6_000),
      downloadFactor: method === "gguf" ? 300 : 60,
    });
    return this.#finish(draft, this.#quantizedStorage(draft, method, bits), {
      baseModels: [parent.record.id],
      relation: "quantized",
    });
  }

  #adapter(parent: Draft): Draft {
    const r = this.#random;
    const task = r.pick(ADAPTER_TASKS);
    const name = r.weighted(
      [`${parent.name}-lora-${task}`, `${task}-lora${parent.sizeLabel ? `-${parent.sizeLabel}` : ""}`, `${parent.name}-qlora`],
      [50, 30, 20],
    );
    const draft = this.#draft({
      kind: "adapter",
      author: r.chance(0.15) ? this.#orgs.pick(r) : this.#users.pick(r),
      name,
      arch: parent.arch,
      params: parent.params,
      sizeLabel: parent.sizeLabel,
      embedding: parent.embedding,
      towers: parent.towers,
      instruct: parent.instruct,
      bornAt: this.#after(parent, 60, 1.0),
      license: r.chance(0.7) ? parent.license : "apache-2.0",
      gated: false,
      pipelineTag: r.chance(0.9) ? parent.pipelineTag : "text-generation",
      likes: heavyTail(r, 1.5, 1.2, 3_000),
      downloadFactor: 5,
    });
    // An adapter repo holds only the low-rank weights: its safetensors count is the adapter's,
    // a tiny fraction of the model it adapts (a trap for naive parameter counting).
    const adapterParams = Math.round(parent.params * (0.001 + r.float() * 0.004));
    const storage: Storage = {
      safetensors: r.chance(0.6) ? bucket({ [r.pick(["F32", "BF16"])]: adapterParams }) : undefined,
      libraryName: "peft",
      extraTags: ["lora"],
      files: [".gitattributes", "README.md", "adapter_config.json", "adapter_model.safetensors"],
    };
    return this.#finish(draft, storage, { baseModels: [parent.record.id], relation: "adapter" });
  }

  #merge(first: Draft): Draft {
    const r = this.#random;
    // Merges combine repos of the same shape; fall back to a fine-tune when none turns up.
    let second: Draft | null = null;
    for (let attempt = 0; attempt < 12 && second === null; attempt++) {
      const candidate = this.#parents.pick(r);
      if (candidate !== first && candidate.params === first.params) second = candidate;
    }
    if (second === null) return this.#finetune(first);
    const size = first.sizeLabel;
    const name = r.weighted(
      [
        `${r.pick(BRAND_WORDS)}-${r.pick(BRAND_WORDS)}${size ? `-${size}` : ""}-slerp`,
        `${r.pick(BRAND_WORDS)}-Merge${size ? `-${size}` : ""}`,
        `${first.name}-${r.pick(BRAND_WORDS).toLowerCase()}-ties`,
      ],
      [40, 35, 25],
    );
    const draft = this.#draft({
      kind: "merge",
      author: this.#users.pick(r),
      name,
      arch: first.arch,
      params: first.params,
      sizeLabel: size,
      embedding: first.embedding,
      towers: first.towers,
      instruct: first.instruct || second.instruct,
      bornAt: Math.max(this.#after(first, 30, 1.2), this.#after(second, 30, 1.2)),
      license: first.license,
      gated: false,
      pipelineTag: first.pipelineTag,
      likes: heavyTail(r, 2.5, 1.1, 4_000),
      downloadFactor: 10,
    });
    return this.#finish(draft, this.#plainStorage(draft), {
      baseModels: [first.record.id, second.record.id],
      relation: "merge",
    });
  }

  // ---- storage: where the Hub keeps (or does not keep) the parameter count -----------------

  #plainStorage(draft: Draft): Storage {
    const r = this.#random;
    const { params } = draft;
    const config = configOf(draft);
    const common = ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"];
    if (r.chance(draft.kind === "release" ? 0.05 : 0.08)) {
      // Pickle-only repos: no safetensors summary; the model page sometimes still shows a count.
      return {
        config,
        libraryName: "transformers",
        extraTags: ["pytorch"],
        files: [".gitattributes", "README.md", ...common, "pytorch_model.bin"],
        pageParams: r.chance(0.6) ? params : undefined,
      };
    }
    const dtype = params < 400e6 && r.chance(0.5) ? "F32" : r.weighted(["BF16", "F16"], [80, 20]);
    let safetensors: ApiSafetensors;
    if (params > 1e9 && r.chance(0.12)) {
      // Norms kept in F32 next to BF16 weights: two buckets summing to the same count.
      const norms = Math.round(params * 0.0001);
      safetensors = bucket({ [dtype]: params - norms, F32: norms });
    } else {
      safetensors = bucket({ [dtype]: params });
    }
    // A few summaries come without `total`; consumers must sum the buckets.
    if (r.chance(0.02)) delete safetensors.total;
    return {
      safetensors,
      config,
      libraryName: r.chance(0.05) ? "vllm" : "transformers",
      extraTags: draft.kind === "merge" ? ["mergekit", "merge"] : [],
      files: [".gitattributes", "README.md", ...common, ...shardNames(params * bytesPerParam(dtype), "safetensors")],
    };
  }

  #quantizedStorage(draft: Draft, method: QuantMethod, bits: number): Storage {
    const r = this.#random;
    const { params } = draft;
    const config = configOf(draft);
    if (method === "gguf") {
      const gguf: ApiGguf = { architecture: draft.arch.ggufArchitecture, context_length: draft.arch.contextLength };
      // llama.cpp converts the language model; vision and audio towers go to a separate mmproj
      // file, so the GGUF summary counts the language model alone.
      const languageModel = params - (draft.towers ?? 0);
      // Some GGUF summaries lack `total`; then only the page (sometimes) or the name has a count.
      const hasTotal = r.chance(0.85);
      if (hasTotal) gguf.total = languageModel;
      const stem = draft.name.replace(/[-.](i1-)?GGUF$/i, "");
      return {
        gguf,
        config: {},
        libraryName: r.chance(0.5) ? "gguf" : null,
        extraTags: ["gguf", "imatrix"].slice(0, draft.name.includes("i1-") ? 2 : 1),
        files: [".gitattributes", "README.md", ...["Q4_K_M", "Q5_K_M", "Q8_0"].map((q) => `${stem}.${q}.gguf`)],
        pageParams: !hasTotal && r.chance(0.5) ? languageModel : undefined,
      };
    }
    // Quantised linear weights are packed several to an integer, so the integer bucket counts
    // storage elements, not parameters: `total` ends up well below the logical count.
    const linear = Math.round(params * 0.92);
    const rest = params - linear;
    const perInt = 32 / bits;
    const groups = Math.round(linear / (method === "mlx" ? 64 : 128));
    let parameters: Record<string, number>;
    if (method === "mlx") {
      parameters = { BF16: rest + groups * 2, U32: Math.round(linear / perInt) };
      config.quantization = { group_size: 64, bits };
    } else {
      parameters = { F16: rest + groups, I32: Math.round(linear / perInt) + Math.round(groups / perInt) };
      config.quantization_config = { quant_method: method, bits, group_size: 128 };
    }
    return {
      safetensors: bucket(parameters),
      config,
      libraryName: method === "mlx" ? "mlx" : "transformers",
      extraTags: method === "mlx" ? ["mlx", `${bits}-bit`] : [`${bits}-bit`, method],
      files: [".gitattributes", "README.md", "config.json", "tokenizer.json", ...shardNames((params * bits) / 8, "safetensors")],
    };
  }

  // ---- records --------------------------------------------------------------------------

  #draft(spec: Omit<Draft, "record"> & { author: string; likes: number; downloadFactor: number }): Draft {
    const r = this.#random;
    const id = this.#uniqueId(spec.author, spec.name);
    const name = id.slice(spec.author.length + 1);
    const createdAt = spec.bornAt < PLACEHOLDER_CUTOFF ? r.weighted([...PLACEHOLDER_CREATED_AT], [30, 70]) : iso(spec.bornAt);
    const lastModified = iso(Math.min(Math.max(spec.bornAt, Date.parse(createdAt)) + r.lomax(20, 1.2) * DAY, NOW));
    // 30-day downloads follow likes loosely; abandoned repos get next to none.
    const downloads = r.chance(0.04) ? r.int(0, 9) : Math.round((spec.likes + 1) * spec.downloadFactor * Math.exp(r.normal() * 1.6));
    const ageDays = (NOW - spec.bornAt) / DAY;
    const trendingScore = Math.round(spec.likes * Math.exp(-ageDays / 45) * r.float() * 0.5);
    const record: MockModelRecord = {
      _id:
        Math.floor(spec.bornAt / 1000)
          .toString(16)
          .padStart(8, "0")
          .slice(-8) + r.hex(16),
      id,
      author: spec.author,
      sha: r.hex(40),
      lastModified,
      createdAt,
      private: false,
      disabled: false,
      gated: spec.gated,
      likes: spec.likes,
      downloads,
      trendingScore,
    };
    return { ...spec, name, record };
  }

  #finish(
    draft: Draft,
    storage: Storage,
    lineage: { baseModels: string[]; relation: "finetune" | "quantized" | "adapter" | "merge" | null },
  ): Draft {
    const r = this.#random;
    const record = draft.record;
    const licenses = licenseIds(draft.license);
    const tags: string[] = [];
    if (storage.libraryName && storage.libraryName !== "gguf") tags.push(storage.libraryName);
    if (storage.safetensors) tags.push("safetensors");
    tags.push(...storage.extraTags);
    if (!storage.gguf) tags.push(draft.arch.modelType);
    if (draft.pipelineTag) tags.push(draft.pipelineTag);
    if (draft.instruct) tags.push("conversational");
    if (r.chance(0.3)) tags.push("en");
    for (const base of lineage.baseModels) tags.push(`base_model:${base}`);
    if (lineage.relation) for (const base of lineage.baseModels) tags.push(`base_model:${lineage.relation}:${base}`);
    for (const license of licenses) tags.push(`license:${license}`);
    if (storage.libraryName === "transformers") tags.push("text-generation-inference");
    tags.push("endpoints_compatible", "region:us");

    const cardData: ApiCardData = { ...record.cardData };
    if (draft.license !== null) {
      if (typeof draft.license === "object") {
        cardData.license = "other";
        cardData.license_name = draft.license.other;
        cardData.license_link = "LICENSE";
      } else {
        // Card data may declare the licence as a list; the Hub passes it on as written.
        cardData.license = r.chance(0.04) ? [draft.license] : draft.license;
      }
    }
    if (lineage.baseModels.length > 0) {
      cardData.base_model = lineage.baseModels.length === 1 && r.chance(0.9) ? lineage.baseModels[0] : [...lineage.baseModels];
      if (lineage.relation && lineage.relation !== "finetune") cardData.base_model_relation = lineage.relation;
    }
    if (draft.pipelineTag) cardData.pipeline_tag = draft.pipelineTag;
    if (storage.libraryName) cardData.library_name = storage.libraryName;

    record.tags = tags;
    record.pipeline_tag = draft.pipelineTag;
    record.library_name = storage.libraryName;
    if (storage.config) record.config = storage.config;
    record.cardData = cardData;
    if (storage.safetensors) record.safetensors = storage.safetensors;
    if (storage.gguf) record.gguf = storage.gguf;
    record.siblings = storage.files.map((rfilename) => ({ rfilename }));
    if (storage.pageParams !== undefined) record.pageParams = storage.pageParams;
    return draft;
  }

  #add(draft: Draft): void {
    this.#drafts.push(draft);
    if (draft.kind === "release" || draft.kind === "brand" || draft.kind === "finetune" || draft.kind === "merge") {
      this.#parents.add(draft, ((draft.record.likes ?? 0) + 1) ** 0.8);
    }
  }

  /** Hub ids are unique per owner; a taken name gets a version suffix, as people do. */
  #uniqueId(author: string, name: string): string {
    let id = `${author}/${name}`;
    for (let n = 2; this.#ids.has(id); n++) id = `${author}/${name}-v${n}`;
    this.#ids.add(id);
    return id;
  }

  /**
   * A derivative appears after its parent, mostly soon after; but people keep building on old
   * parents while the Hub grows, so it is never earlier than a draw from the Hub's activity curve.
   */
  #after(parent: Draft, scaleDays: number, shape: number): number {
    const soon = parent.bornAt + (1 + this.#random.lomax(scaleDays, shape)) * DAY;
    const at = Math.max(soon, hubActivityTime(this.#random));
    return at < NOW - DAY ? at : uniformTime(this.#random, parent.bornAt, NOW - DAY);
  }

  #derivedGate(): false | "auto" | "manual" {
    return this.#random.weighted([false, "auto", "manual"] as const, [93, 5, 2]);
  }

  #wrongSize(actual: string): string {
    const choices = ["3B", "7B", "13B", "34B", "70B", "120B"].filter((label) => label.toLowerCase() !== actual.toLowerCase());
    return this.#random.pick(choices);
  }

  /** Records downstream code must survive: a model without likes, one with null downloads. */
  #addAwkwardRecords(): void {
    const candidates = this.#drafts.filter((d) => d.kind === "finetune" && d.pipelineTag === "text-generation");
    if (candidates.length < 2) return;
    delete candidates[Math.floor(candidates.length * 0.3)].record.likes;
    (candidates[Math.floor(candidates.length * 0.6)].record as { downloads: number | null }).downloads = null;
  }

  /**
   * Repos whose weights are safetensors but whose summary the Hub does not have (its parser failed
   * or has not run yet): only a read of the files' headers counts them. They are rare on the real
   * Hub, because the Hub computes `safetensors` from these very headers; a missing summary mostly
   * means pickle-only or GGUF-only weights, which have no header to read (8% of plain repos here,
   * see #plainStorage). No recorded data measures the header-only share, so it is a stated guess:
   * 1 plain repo in HEADER_ONLY_EVERY (~0.3%), 3 to 5 in the top 3000 of a 4200-model sample, which
   * is what the crawl tests of header reads need; a small sample has none unless it asks with
   * `headerOnlyEvery`. Picked by position, without drawing from the seeded random stream, so the
   * rest of the sample stays as it was (and, 300 being a multiple of the former 30, these repos
   * were header-only before as well).
   */
  #addHeaderOnlyRepos(every: number): void {
    const plain = this.#drafts.filter((d) => {
      const buckets = Object.keys(d.record.safetensors?.parameters ?? {});
      return (
        (d.kind === "finetune" || d.kind === "brand" || d.kind === "merge") &&
        d.record.safetensors?.total !== undefined &&
        buckets.length === 1 &&
        !/^[IU]\d+$/.test(buckets[0])
      );
    });
    for (let i = every - 1; i < plain.length; i += every) {
      const record = plain[i].record;
      const [[dtype, params]] = Object.entries(record.safetensors!.parameters!);
      const files = weightFilesFor(params, dtype);
      delete record.safetensors;
      const others = (record.siblings ?? []).filter((s) => !/\.safetensors(\.index\.json)?$/.test(s.rfilename));
      const weightNames = files.map((f) => f.name);
      record.siblings = [...others, ...weightNames.map((rfilename) => ({ rfilename }))];
      if (files.length > 1) record.siblings.push({ rfilename: "model.safetensors.index.json" });
      record.weightFiles = files;
    }
  }

  // ---- accounts -------------------------------------------------------------------------

  #makeOrgNames(count: number): string[] {
    const r = this.#random;
    const names = new Set<string>();
    while (names.size < count) {
      const base = `${r.pick(ORG_WORDS)}${r.pick(ORG_SUFFIXES)}`;
      names.add(names.has(base) ? `${base}-${names.size}` : base);
    }
    return [...names];
  }

  #makeUserNames(count: number): string[] {
    const r = this.#random;
    const names = new Set<string>();
    while (names.size < count) {
      const sep = r.pick(["-", "_", ""]);
      const base = `${r.pick(FIRST_NAMES)}${sep}${r.pick(HANDLE_WORDS)}`;
      names.add(names.has(base) ? `${base}${r.int(1, 999)}` : base);
    }
    return [...names];
  }

  #authors(): MockAuthorRecord[] {
    const r = this.#random;
    const counts = new Map<string, number>();
    for (const draft of this.#drafts) counts.set(draft.record.author!, (counts.get(draft.record.author!) ?? 0) + 1);
    const labs = new Set(LAB_ORGS);
    const orgs = new Set([...LAB_ORGS, ...QUANTISER_ORGS, ...this.#orgNames]);
    const authors: MockAuthorRecord[] = [];
    let nonAscii = 0;
    for (const [name, modelCount] of counts) {
      // Accounts also publish repos of other tasks, so their model count exceeds the sample's.
      const numModels = modelCount + Math.floor(r.lomax(3, 1.2));
      if (orgs.has(name)) {
        const author: MockAuthorRecord = {
          name,
          type: "org",
          fullname: orgDisplayName(name),
          numFollowers: Math.floor(labs.has(name) ? 2_000 + r.lomax(8_000, 1.1) : r.lomax(150, 1.0)),
          numModels,
        };
        const plan = labs.has(name) ? r.pick(["team", "enterprise"]) : r.weighted(["enterprise", "team", null], [8, 20, 72]);
        if (plan) author.plan = plan;
        authors.push(author);
      } else {
        const quantiser = QUANTISER_USERS.includes(name);
        authors.push({
          name,
          type: "user",
          fullname: nonAscii < NON_ASCII_FULLNAMES.length && r.chance(0.05) ? NON_ASCII_FULLNAMES[nonAscii++] : userDisplayName(name),
          numFollowers: Math.floor(quantiser ? 500 + r.lomax(2_000, 1.2) : r.lomax(8, 1.0)),
          isPro: quantiser || r.chance(0.12),
          numModels,
        });
      }
    }
    return authors;
  }
}

/** The part of config.json the Hub passes on: the family, and the embedding shape when the draft has one. */
function configOf(draft: Draft): ApiConfig {
  const config: ApiConfig = { architectures: [draft.arch.architecture], model_type: draft.arch.modelType };
  if (draft.embedding) {
    config.vocab_size = draft.embedding.vocab;
    config.hidden_size = draft.embedding.hidden;
  }
  return config;
}

function bucket(parameters: Record<string, number>): ApiSafetensors {
  return { parameters, total: Object.values(parameters).reduce((sum, n) => sum + n, 0) };
}

function licenseIds(license: LicenseSpec | null): string[] {
  if (license === null) return [];
  return [typeof license === "object" ? "other" : license];
}

function bytesPerParam(dtype: string): number {
  return dtype === "F32" ? 4 : 2;
}

/** Shard file names as transformers writes them (5 GB shards), capped for the giant MoE repos. */
function shardNames(bytes: number, extension: string): string[] {
  const shards = Math.max(1, Math.min(Math.ceil(bytes / 5e9), 200));
  if (shards === 1) return [`model.${extension}`];
  const width = 5;
  const total = String(shards).padStart(width, "0");
  const names = Array.from({ length: shards }, (_, i) => `model-${String(i + 1).padStart(width, "0")}-of-${total}.${extension}`);
  return [...names, `model.${extension}.index.json`];
}

/**
 * Weight files holding exactly `params` parameters, sharded as transformers does (5 GB shards):
 * per shard, one layer's 4096-wide matrix and a 1-D remainder, so the shapes multiply out exactly.
 */
function weightFilesFor(params: number, dtype: string): MockWeightFile[] {
  const names = shardNames(params * bytesPerParam(dtype), "safetensors").filter((name) => !name.endsWith(".index.json"));
  const width = 4096;
  const perShard = Math.floor(params / names.length);
  return names.map((name, i) => {
    const count = i === names.length - 1 ? params - perShard * (names.length - 1) : perShard;
    const rows = Math.floor(count / width);
    const tensors: MockWeightFile["tensors"] = {};
    if (rows > 0) tensors[`model.layers.${i}.mlp.weight`] = { dtype, shape: [rows, width] };
    if (count - rows * width > 0) tensors[`model.layers.${i}.norm.weight`] = { dtype, shape: [count - rows * width] };
    return { name, tensors };
  });
}

/** A whole heavy-tailed count; draws above `max` are redrawn so that no value piles up at the cap. */
function heavyTail(random: SeededRandom, scale: number, shape: number, max: number): number {
  for (;;) {
    const value = Math.floor(random.lomax(scale, shape));
    if (value <= max) return value;
  }
}

/** When a repo appears: the Hub's uploads grow over time, so recent instants are likelier. */
function hubActivityTime(random: SeededRandom): number {
  return BRAND_EPOCH + (NOW - BRAND_EPOCH) * random.float() ** 0.7;
}

function uniformTime(random: SeededRandom, from: number, to: number): number {
  return from + (to - from) * random.float();
}

/** Hub timestamps have whole seconds and a `.000Z` suffix. */
function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

function unzip<T>(pairs: [T, number][]): [T[], number[]] {
  return [pairs.map(([item]) => item), pairs.map(([, weight]) => weight)];
}

function orgDisplayName(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .split(/[-_ ]/)
    .filter(Boolean);
  return words.map((w) => (w.length <= 3 && /^(ai|ml|lm|nlp)$/i.test(w) ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1))).join(" ");
}

function userDisplayName(name: string): string {
  const first = FIRST_NAMES.find((candidate) => name.startsWith(candidate)) ?? name;
  return first[0].toUpperCase() + first.slice(1);
}
