// One vocabulary of model families. The same family has up to three names on the Hub: the
// transformers `config.model_type` ("gpt_neox"), the GGUF header's `general.architecture`, which
// llama.cpp spells its own way ("gptneox", "phi2", "command-r"), and the transformers class in
// `config.architectures` ("GPTNeoXForCausalLM"). Counted by the raw names, one family splits in
// two on every chart. This table maps all three to one family id and a display name. The crawl
// writes it into the database (tables `families` and `family_aliases`), like the size buckets, so
// the SQL and the methodology page read the same table enrichment used.
//
// Family ids follow transformers' model_type where there is one. Ids that look alike (differing
// only in case, "_" or "-", a trailing digit or a "moe" suffix) are different families only when
// the table says so in `distinctFrom`; test/family-vocabulary-test.ts fails on any other pair.

export type FamilyAliasKind = "model_type" | "gguf" | "architecture";

export interface FamilyEntry {
  family: string;
  displayName: string;
  /** config.model_type values, as transformers (or remote code) writes them. */
  modelTypes: readonly string[];
  /** GGUF general.architecture values, as llama.cpp writes them. */
  gguf?: readonly string[];
  /** Transformers classes of config.architectures; used when a config names a class but no model_type. */
  classes?: readonly string[];
  /** Look-alike family ids that are different architectures on purpose (qwen2 and qwen3). */
  distinctFrom?: readonly string[];
}

/** Every id of `group` but `family`: a set of generations declared distinct from each other. */
function othersIn(group: readonly string[], family: string): string[] {
  return group.filter((other) => other !== family);
}

const QWEN = ["qwen", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe"] as const;
const GEMMA = ["gemma", "gemma2", "gemma3"] as const;
const PHI = ["phi", "phi3", "phimoe"] as const;
const GLM = ["glm", "glm4", "glm4_moe"] as const;

export const FAMILY_VOCABULARY: readonly FamilyEntry[] = [
  {
    family: "llama",
    displayName: "Llama",
    modelTypes: ["llama"],
    gguf: ["llama"],
    classes: ["LlamaForCausalLM"],
    distinctFrom: ["llama4"],
  },
  {
    family: "llama4",
    displayName: "Llama 4",
    modelTypes: ["llama4", "llama4_text"],
    gguf: ["llama4"],
    classes: ["Llama4ForConditionalGeneration", "Llama4ForCausalLM"],
    distinctFrom: ["llama"],
  },
  { family: "mllama", displayName: "Llama 3.2 Vision", modelTypes: ["mllama"], classes: ["MllamaForConditionalGeneration"] },
  { family: "mistral", displayName: "Mistral", modelTypes: ["mistral"], classes: ["MistralForCausalLM"], distinctFrom: ["mistral3"] },
  {
    family: "mistral3",
    displayName: "Mistral 3 (vision)",
    modelTypes: ["mistral3"],
    classes: ["Mistral3ForConditionalGeneration"],
    distinctFrom: ["mistral"],
  },
  { family: "mixtral", displayName: "Mixtral", modelTypes: ["mixtral"], classes: ["MixtralForCausalLM"] },
  { family: "gpt2", displayName: "GPT-2", modelTypes: ["gpt2"], gguf: ["gpt2"], classes: ["GPT2LMHeadModel"] },
  { family: "gptj", displayName: "GPT-J", modelTypes: ["gptj"], gguf: ["gptj"], classes: ["GPTJForCausalLM"] },
  { family: "gpt_neo", displayName: "GPT-Neo", modelTypes: ["gpt_neo"], gguf: ["gptneo"], classes: ["GPTNeoForCausalLM"] },
  { family: "gpt_neox", displayName: "GPT-NeoX (Pythia)", modelTypes: ["gpt_neox"], gguf: ["gptneox"], classes: ["GPTNeoXForCausalLM"] },
  {
    family: "gpt_bigcode",
    displayName: "StarCoder (GPTBigCode)",
    modelTypes: ["gpt_bigcode"],
    gguf: ["starcoder"],
    classes: ["GPTBigCodeForCausalLM"],
  },
  { family: "starcoder2", displayName: "StarCoder2", modelTypes: ["starcoder2"], gguf: ["starcoder2"], classes: ["Starcoder2ForCausalLM"] },
  { family: "gpt_oss", displayName: "gpt-oss", modelTypes: ["gpt_oss"], gguf: ["gpt-oss"], classes: ["GptOssForCausalLM"] },
  {
    family: "falcon",
    displayName: "Falcon",
    // Falcon's first releases named their own model_type before transformers adopted "falcon".
    modelTypes: ["falcon", "RefinedWeb", "RefinedWebModel"],
    gguf: ["falcon"],
    classes: ["FalconForCausalLM", "RWForCausalLM"],
  },
  { family: "falcon_h1", displayName: "Falcon-H1", modelTypes: ["falcon_h1"], gguf: ["falcon-h1"], classes: ["FalconH1ForCausalLM"] },
  { family: "mpt", displayName: "MPT", modelTypes: ["mpt"], gguf: ["mpt"], classes: ["MPTForCausalLM"] },
  { family: "bloom", displayName: "BLOOM", modelTypes: ["bloom"], gguf: ["bloom"], classes: ["BloomForCausalLM"] },
  { family: "opt", displayName: "OPT", modelTypes: ["opt"], classes: ["OPTForCausalLM"] },
  {
    family: "phi",
    displayName: "Phi (1, 1.5, 2)",
    modelTypes: ["phi"],
    gguf: ["phi2"],
    classes: ["PhiForCausalLM"],
    distinctFrom: othersIn(PHI, "phi"),
  },
  {
    family: "phi3",
    displayName: "Phi-3 / Phi-4",
    modelTypes: ["phi3"],
    gguf: ["phi3"],
    classes: ["Phi3ForCausalLM"],
    distinctFrom: othersIn(PHI, "phi3"),
  },
  {
    family: "phimoe",
    displayName: "Phi-3.5-MoE",
    modelTypes: ["phimoe"],
    gguf: ["phimoe"],
    classes: ["PhiMoEForCausalLM"],
    distinctFrom: othersIn(PHI, "phimoe"),
  },
  {
    family: "gemma",
    displayName: "Gemma",
    modelTypes: ["gemma"],
    gguf: ["gemma"],
    classes: ["GemmaForCausalLM"],
    distinctFrom: othersIn(GEMMA, "gemma"),
  },
  {
    family: "gemma2",
    displayName: "Gemma 2",
    modelTypes: ["gemma2"],
    gguf: ["gemma2"],
    classes: ["Gemma2ForCausalLM"],
    distinctFrom: othersIn(GEMMA, "gemma2"),
  },
  {
    family: "gemma3",
    displayName: "Gemma 3",
    modelTypes: ["gemma3", "gemma3_text"],
    gguf: ["gemma3"],
    classes: ["Gemma3ForConditionalGeneration", "Gemma3ForCausalLM"],
    distinctFrom: othersIn(GEMMA, "gemma3"),
  },
  {
    family: "gemma3n",
    displayName: "Gemma 3n",
    modelTypes: ["gemma3n", "gemma3n_text"],
    gguf: ["gemma3n"],
    classes: ["Gemma3nForConditionalGeneration", "Gemma3nForCausalLM"],
  },
  {
    family: "qwen",
    displayName: "Qwen (first generation)",
    modelTypes: ["qwen"],
    gguf: ["qwen"],
    classes: ["QWenLMHeadModel"],
    distinctFrom: othersIn(QWEN, "qwen"),
  },
  {
    family: "qwen2",
    displayName: "Qwen2 / Qwen2.5",
    modelTypes: ["qwen2"],
    gguf: ["qwen2"],
    classes: ["Qwen2ForCausalLM"],
    distinctFrom: othersIn(QWEN, "qwen2"),
  },
  {
    family: "qwen2_moe",
    displayName: "Qwen2 MoE",
    modelTypes: ["qwen2_moe"],
    gguf: ["qwen2moe"],
    classes: ["Qwen2MoeForCausalLM"],
    distinctFrom: othersIn(QWEN, "qwen2_moe"),
  },
  {
    family: "qwen2_vl",
    displayName: "Qwen2-VL",
    modelTypes: ["qwen2_vl"],
    gguf: ["qwen2vl"],
    classes: ["Qwen2VLForConditionalGeneration"],
  },
  { family: "qwen2_5_vl", displayName: "Qwen2.5-VL", modelTypes: ["qwen2_5_vl"], classes: ["Qwen2_5_VLForConditionalGeneration"] },
  {
    // No GGUF name of its own: llama.cpp writes Qwen2.5-Omni's language model as "qwen2vl", so a
    // GGUF repo of it counts under Qwen2-VL.
    family: "qwen2_5_omni",
    displayName: "Qwen2.5-Omni",
    modelTypes: ["qwen2_5_omni"],
    classes: ["Qwen2_5OmniModel", "Qwen2_5OmniForConditionalGeneration"],
  },
  {
    family: "qwen3",
    displayName: "Qwen3",
    modelTypes: ["qwen3"],
    gguf: ["qwen3"],
    classes: ["Qwen3ForCausalLM"],
    distinctFrom: othersIn(QWEN, "qwen3"),
  },
  {
    family: "qwen3_moe",
    displayName: "Qwen3 MoE",
    modelTypes: ["qwen3_moe"],
    gguf: ["qwen3moe"],
    classes: ["Qwen3MoeForCausalLM"],
    distinctFrom: othersIn(QWEN, "qwen3_moe"),
  },
  {
    // llama.cpp has one architecture, "deepseek2", for DeepSeek-V2, V2.5, V3 and R1 (all multi-head
    // latent attention with experts), so a GGUF repo cannot say which; the family covers both.
    family: "deepseek_v2_v3",
    displayName: "DeepSeek V2 / V3",
    modelTypes: ["deepseek_v2", "deepseek_v3"],
    gguf: ["deepseek2"],
    classes: ["DeepseekV2ForCausalLM", "DeepseekV3ForCausalLM"],
  },
  {
    family: "cohere",
    displayName: "Command R",
    modelTypes: ["cohere"],
    gguf: ["command-r"],
    classes: ["CohereForCausalLM"],
    distinctFrom: ["cohere2"],
  },
  {
    family: "cohere2",
    displayName: "Command R7B / A",
    modelTypes: ["cohere2"],
    gguf: ["cohere2"],
    classes: ["Cohere2ForCausalLM"],
    distinctFrom: ["cohere"],
  },
  { family: "olmo", displayName: "OLMo", modelTypes: ["olmo"], gguf: ["olmo"], classes: ["OlmoForCausalLM"], distinctFrom: ["olmo2"] },
  { family: "olmo2", displayName: "OLMo 2", modelTypes: ["olmo2"], gguf: ["olmo2"], classes: ["Olmo2ForCausalLM"], distinctFrom: ["olmo"] },
  { family: "olmoe", displayName: "OLMoE", modelTypes: ["olmoe"], gguf: ["olmoe"], classes: ["OlmoeForCausalLM"] },
  {
    family: "granite",
    displayName: "Granite",
    modelTypes: ["granite"],
    gguf: ["granite"],
    classes: ["GraniteForCausalLM"],
    distinctFrom: ["granitemoe"],
  },
  {
    family: "granitemoe",
    displayName: "Granite MoE",
    modelTypes: ["granitemoe"],
    gguf: ["granitemoe"],
    classes: ["GraniteMoeForCausalLM"],
    distinctFrom: ["granite"],
  },
  {
    family: "glm",
    displayName: "GLM-4 (first release)",
    modelTypes: ["glm"],
    classes: ["GlmForCausalLM"],
    distinctFrom: othersIn(GLM, "glm"),
  },
  {
    family: "glm4",
    displayName: "GLM-4-0414",
    modelTypes: ["glm4"],
    gguf: ["glm4"],
    classes: ["Glm4ForCausalLM"],
    distinctFrom: othersIn(GLM, "glm4"),
  },
  {
    family: "glm4_moe",
    displayName: "GLM-4.5 MoE",
    modelTypes: ["glm4_moe"],
    gguf: ["glm4moe"],
    classes: ["Glm4MoeForCausalLM"],
    distinctFrom: othersIn(GLM, "glm4_moe"),
  },
  {
    family: "chatglm",
    displayName: "ChatGLM",
    modelTypes: ["chatglm"],
    gguf: ["chatglm"],
    classes: ["ChatGLMModel", "ChatGLMForConditionalGeneration"],
  },
  { family: "internlm2", displayName: "InternLM2", modelTypes: ["internlm2"], gguf: ["internlm2"], classes: ["InternLM2ForCausalLM"] },
  { family: "baichuan", displayName: "Baichuan", modelTypes: ["baichuan"], gguf: ["baichuan"], classes: ["BaichuanForCausalLM"] },
  {
    family: "minicpm",
    displayName: "MiniCPM",
    modelTypes: ["minicpm"],
    gguf: ["minicpm"],
    classes: ["MiniCPMForCausalLM"],
    distinctFrom: ["minicpm3"],
  },
  {
    family: "minicpm3",
    displayName: "MiniCPM3",
    modelTypes: ["minicpm3"],
    gguf: ["minicpm3"],
    classes: ["MiniCPM3ForCausalLM"],
    distinctFrom: ["minicpm"],
  },
  { family: "stablelm", displayName: "StableLM", modelTypes: ["stablelm"], gguf: ["stablelm"], classes: ["StableLmForCausalLM"] },
  {
    family: "mamba",
    displayName: "Mamba",
    modelTypes: ["mamba"],
    gguf: ["mamba"],
    classes: ["MambaForCausalLM"],
    distinctFrom: ["mamba2"],
  },
  {
    family: "mamba2",
    displayName: "Mamba-2",
    modelTypes: ["mamba2"],
    gguf: ["mamba2"],
    classes: ["Mamba2ForCausalLM"],
    distinctFrom: ["mamba"],
  },
  { family: "jamba", displayName: "Jamba", modelTypes: ["jamba"], gguf: ["jamba"], classes: ["JambaForCausalLM"] },
  { family: "dbrx", displayName: "DBRX", modelTypes: ["dbrx"], gguf: ["dbrx"], classes: ["DbrxForCausalLM"] },
  { family: "nemotron", displayName: "Nemotron", modelTypes: ["nemotron"], gguf: ["nemotron"], classes: ["NemotronForCausalLM"] },
  {
    family: "exaone",
    displayName: "EXAONE",
    modelTypes: ["exaone"],
    gguf: ["exaone"],
    classes: ["ExaoneForCausalLM"],
    distinctFrom: ["exaone4"],
  },
  {
    family: "exaone4",
    displayName: "EXAONE 4",
    modelTypes: ["exaone4"],
    gguf: ["exaone4"],
    classes: ["Exaone4ForCausalLM"],
    distinctFrom: ["exaone"],
  },
  { family: "smollm3", displayName: "SmolLM3", modelTypes: ["smollm3"], gguf: ["smollm3"], classes: ["SmolLM3ForCausalLM"] },
  { family: "lfm2", displayName: "LFM2", modelTypes: ["lfm2"], gguf: ["lfm2"], classes: ["Lfm2ForCausalLM"] },
  { family: "rwkv", displayName: "RWKV", modelTypes: ["rwkv"], classes: ["RwkvForCausalLM"] },
  { family: "llava", displayName: "LLaVA", modelTypes: ["llava"], classes: ["LlavaForConditionalGeneration"] },
  { family: "llava_next", displayName: "LLaVA-NeXT", modelTypes: ["llava_next"], classes: ["LlavaNextForConditionalGeneration"] },
];

/** One row of the `family_aliases` table: a name on the Hub and the family it belongs to. */
export interface FamilyAlias {
  kind: FamilyAliasKind;
  alias: string;
  family: string;
}

export function familyAliases(vocabulary: readonly FamilyEntry[] = FAMILY_VOCABULARY): FamilyAlias[] {
  return vocabulary.flatMap((entry) => [
    ...entry.modelTypes.map((alias) => ({ kind: "model_type" as const, alias, family: entry.family })),
    ...(entry.gguf ?? []).map((alias) => ({ kind: "gguf" as const, alias, family: entry.family })),
    ...(entry.classes ?? []).map((alias) => ({ kind: "architecture" as const, alias, family: entry.family })),
  ]);
}

/** "Qwen2-MoE " → "qwen2_moe": lowercase, hyphens and spaces as underscores (gguf "gpt-oss" → "gpt_oss"). */
export function normalizeFamily(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, "_");
}

/**
 * What two ids that are "the same family spelled differently" have in common: lowercase, without
 * "_", "-" or spaces, and without trailing digits and "moe" ("Qwen3_MoE" → "qwen", "gpt-neox" →
 * "gptneox"). Ids with one key are look-alikes.
 */
export function lookalikeKey(family: string): string {
  let key = family.toLowerCase().replace(/[-_\s]+/g, "");
  for (let previous = ""; previous !== key; ) {
    previous = key;
    key = key.replace(/moe$/, "").replace(/\d+$/, "");
  }
  return key;
}

/**
 * Pairs of ids (sorted, each pair once) that are look-alikes but not declared distinct by the
 * vocabulary: each is one family counted twice, unless the table is told otherwise.
 */
export function undeclaredLookalikes(ids: Iterable<string>, vocabulary: readonly FamilyEntry[] = FAMILY_VOCABULARY): [string, string][] {
  const declared = new Set<string>();
  for (const entry of vocabulary) {
    for (const other of entry.distinctFrom ?? []) declared.add(pairKey(entry.family, other));
  }
  const byKey = new Map<string, Set<string>>();
  for (const id of ids) {
    const key = lookalikeKey(id);
    if (!byKey.has(key)) byKey.set(key, new Set());
    byKey.get(key)!.add(id);
  }
  const pairs: [string, string][] = [];
  for (const group of byKey.values()) {
    const sorted = [...group].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        if (!declared.has(pairKey(sorted[i], sorted[j]))) pairs.push([sorted[i], sorted[j]]);
      }
    }
  }
  return pairs;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Finds the family of a name of one kind: exact (normalised) first, then ignoring "_" and "-". */
export class FamilyLookup {
  readonly #exact = new Map<string, string>();
  readonly #squashed = new Map<string, string>();

  constructor(vocabulary: readonly FamilyEntry[] = FAMILY_VOCABULARY) {
    for (const { kind, alias, family } of familyAliases(vocabulary)) {
      this.#exact.set(`${kind}:${normalizeAlias(kind, alias)}`, family);
      // GGUF and transformers spell one name with and without "_" ("gptneox", "gpt_neox"): any
      // alias matches a name of another kind when only the separators differ.
      const squashed = squash(alias);
      if (!this.#squashed.has(squashed)) this.#squashed.set(squashed, family);
    }
  }

  /** The family of `name`, or null when the vocabulary does not know it. */
  find(kind: FamilyAliasKind, name: string): string | null {
    return (
      this.#exact.get(`${kind}:${normalizeAlias(kind, name)}`) ??
      (kind === "architecture" ? null : (this.#squashed.get(squash(name)) ?? null))
    );
  }
}

/** Classes keep their case (they are identifiers); model types and GGUF names are compared normalised. */
function normalizeAlias(kind: FamilyAliasKind, name: string): string {
  return kind === "architecture" ? name.trim() : normalizeFamily(name);
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[-_\s]+/g, "");
}
