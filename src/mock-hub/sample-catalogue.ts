// The fixed vocabulary the sample Hub is drawn from: base releases modelled on real families
// (names follow the real patterns so name parsers and family detection meet what they will meet on
// the Hub) and account names that are plausible but obviously fictional.

export interface Architecture {
  /** Short family word used in derivative names, e.g. "Llama", "Mistral". */
  family: string;
  modelType: string;
  architecture: string;
  ggufArchitecture: string;
  contextLength: number;
  /** vocab_size of the family's tokenizer, as its configs state it (an entry may differ). */
  vocab: number;
}

export interface ReleaseEntry {
  name: string;
  /** Logical parameter count of the release (MoE: all experts). */
  params: number;
  /** The size as the name writes it, or null when the name has none ("phi-2", "DeepSeek-V3"). */
  sizeLabel: string | null;
  /** hidden_size of the release's config: with the vocabulary, the size of one embedding matrix. */
  hidden: number;
  /** vocab_size when it differs from the family's. */
  vocab?: number;
  /**
   * Parameters of vision and audio towers within `params`, where known: a GGUF conversion leaves
   * them to a separate mmproj file, so its count is the language model's.
   */
  towers?: number;
  instruct?: boolean;
  experts?: number;
  pipelineTag?: string | null;
  license?: LicenseSpec;
}

export interface Release {
  /** Index into LAB_ORGS: which sample lab publishes it. */
  lab: number;
  arch: Architecture;
  /** Window in which its repos were created (UTC dates). */
  from: string;
  to: string;
  license: LicenseSpec;
  gated: false | "auto" | "manual";
  entries: ReleaseEntry[];
}

/** A licence as card data declares it: an SPDX-like id, or "other" with a name. */
export type LicenseSpec = string | { other: string };

const arch = (
  family: string,
  modelType: string,
  architecture: string,
  ggufArchitecture: string,
  contextLength: number,
  vocab: number,
): Architecture => ({ family, modelType, architecture, ggufArchitecture, contextLength, vocab });

export const ARCHITECTURES = {
  gpt2: arch("GPT2", "gpt2", "GPT2LMHeadModel", "gpt2", 1024, 50257),
  gptNeo: arch("GPT-Neo", "gpt_neo", "GPTNeoForCausalLM", "gptneo", 2048, 50257),
  gptNeox: arch("Pythia", "gpt_neox", "GPTNeoXForCausalLM", "gptneox", 2048, 50304),
  falcon: arch("Falcon", "falcon", "FalconForCausalLM", "falcon", 2048, 65024),
  llama2: arch("Llama-2", "llama", "LlamaForCausalLM", "llama", 4096, 32000),
  llama3: arch("Llama-3", "llama", "LlamaForCausalLM", "llama", 131072, 128256),
  smol: arch("SmolLM", "llama", "LlamaForCausalLM", "llama", 8192, 49152),
  mistral: arch("Mistral", "mistral", "MistralForCausalLM", "llama", 32768, 32000),
  mixtral: arch("Mixtral", "mixtral", "MixtralForCausalLM", "llama", 32768, 32000),
  phi: arch("Phi", "phi", "PhiForCausalLM", "phi2", 2048, 51200),
  phi3: arch("Phi-3", "phi3", "Phi3ForCausalLM", "phi3", 131072, 32064),
  gemma: arch("Gemma", "gemma", "GemmaForCausalLM", "gemma", 8192, 256000),
  gemma2: arch("Gemma-2", "gemma2", "Gemma2ForCausalLM", "gemma2", 8192, 256000),
  gemma3: arch("Gemma-3", "gemma3", "Gemma3ForConditionalGeneration", "gemma3", 131072, 262144),
  gemma3n: arch("Gemma-3n", "gemma3n", "Gemma3nForConditionalGeneration", "gemma3n", 32768, 262400),
  qwen2: arch("Qwen2.5", "qwen2", "Qwen2ForCausalLM", "qwen2", 32768, 151936),
  qwen3: arch("Qwen3", "qwen3", "Qwen3ForCausalLM", "qwen3", 40960, 151936),
  qwen3Moe: arch("Qwen3", "qwen3_moe", "Qwen3MoeForCausalLM", "qwen3moe", 40960, 151936),
  // llama.cpp converts Qwen2.5-Omni's language model under its Qwen2-VL architecture.
  qwen25Omni: arch("Qwen2.5-Omni", "qwen2_5_omni", "Qwen2_5OmniModel", "qwen2vl", 32768, 152064),
  deepseekV3: arch("DeepSeek", "deepseek_v3", "DeepseekV3ForCausalLM", "deepseek2", 163840, 129280),
} satisfies Record<string, Architecture>;

/** Sample labs that publish the base releases; the names are fictional companies. */
export const LAB_ORGS = [
  "acme-ai",
  "globex-research",
  "initech-labs",
  "hooli-ai",
  "tyrell-ml",
  "cyberdyne-lm",
  "aperture-nlp",
  "wonka-ai",
  "nakatomi-research",
  "weyland-ai",
  "soylent-labs",
];

const A = ARCHITECTURES;

/**
 * A sample takes 1.4% of its models from here (sample.ts), 70 of the default 5000: with more
 * entries than that, a seeded draw leaves some out, and tests that look for a release fail.
 */
export const RELEASES: Release[] = [
  {
    lab: 0,
    arch: A.gpt2,
    from: "2019-02-01",
    to: "2019-11-30",
    license: "mit",
    gated: false,
    entries: [
      { name: "gpt2", params: 124_439_808, sizeLabel: null, hidden: 768 },
      { name: "gpt2-medium", params: 354_823_168, sizeLabel: null, hidden: 1024 },
      { name: "gpt2-large", params: 774_030_080, sizeLabel: null, hidden: 1280 },
      { name: "gpt2-xl", params: 1_557_611_200, sizeLabel: null, hidden: 1600 },
    ],
  },
  {
    lab: 1,
    arch: A.gptNeo,
    from: "2021-03-01",
    to: "2021-09-30",
    license: "mit",
    gated: false,
    entries: [
      { name: "gpt-neo-125m", params: 125_198_592, sizeLabel: "125m", hidden: 768 },
      { name: "gpt-neo-1.3B", params: 1_315_575_808, sizeLabel: "1.3B", hidden: 2048 },
      { name: "gpt-neo-2.7B", params: 2_651_307_520, sizeLabel: "2.7B", hidden: 2560 },
    ],
  },
  {
    lab: 1,
    arch: A.gptNeox,
    from: "2023-02-01",
    to: "2023-04-30",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "pythia-70m", params: 70_426_624, sizeLabel: "70m", hidden: 512 },
      { name: "pythia-1.4b", params: 1_414_647_808, sizeLabel: "1.4b", hidden: 2048 },
      { name: "pythia-12b", params: 11_846_072_320, sizeLabel: "12b", hidden: 5120 },
    ],
  },
  {
    lab: 2,
    arch: A.falcon,
    from: "2023-04-15",
    to: "2023-09-10",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "falcon-7b", params: 6_921_720_704, sizeLabel: "7b", hidden: 4544 },
      { name: "falcon-40b-instruct", params: 41_838_210_048, sizeLabel: "40b", hidden: 8192, instruct: true },
      { name: "falcon-180B", params: 179_522_565_120, sizeLabel: "180B", hidden: 14848, license: { other: "falcon-180b-license" } },
    ],
  },
  {
    lab: 3,
    arch: A.llama2,
    from: "2023-07-10",
    to: "2023-08-20",
    license: "llama2",
    gated: "manual",
    entries: [
      { name: "Llama-2-7b-hf", params: 6_738_415_616, sizeLabel: "7b", hidden: 4096 },
      { name: "Llama-2-13b-chat-hf", params: 13_015_864_320, sizeLabel: "13b", hidden: 5120, instruct: true },
      { name: "Llama-2-70b-chat-hf", params: 68_976_648_192, sizeLabel: "70b", hidden: 8192, instruct: true },
    ],
  },
  {
    lab: 3,
    arch: A.llama3,
    from: "2024-04-18",
    to: "2024-12-06",
    license: "llama3.1",
    gated: "manual",
    entries: [
      { name: "Meta-Llama-3-8B", params: 8_030_261_248, sizeLabel: "8B", hidden: 4096, license: "llama3" },
      { name: "Meta-Llama-3-8B-Instruct", params: 8_030_261_248, sizeLabel: "8B", hidden: 4096, instruct: true, license: "llama3" },
      { name: "Llama-3.1-8B-Instruct", params: 8_030_261_248, sizeLabel: "8B", hidden: 4096, instruct: true },
      { name: "Llama-3.1-70B-Instruct", params: 70_553_706_496, sizeLabel: "70B", hidden: 8192, instruct: true },
      { name: "Llama-3.1-405B", params: 405_853_388_800, sizeLabel: "405B", hidden: 16384 },
      { name: "Llama-3.2-1B", params: 1_235_814_400, sizeLabel: "1B", hidden: 2048, license: "llama3.2" },
      { name: "Llama-3.2-3B-Instruct", params: 3_212_749_824, sizeLabel: "3B", hidden: 3072, instruct: true, license: "llama3.2" },
      { name: "Llama-3.3-70B-Instruct", params: 70_553_706_496, sizeLabel: "70B", hidden: 8192, instruct: true, license: "llama3.3" },
    ],
  },
  {
    lab: 4,
    arch: A.mistral,
    from: "2023-09-27",
    to: "2025-01-30",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "Mistral-7B-v0.1", params: 7_241_732_096, sizeLabel: "7B", hidden: 4096 },
      { name: "Mistral-7B-Instruct-v0.2", params: 7_241_732_096, sizeLabel: "7B", hidden: 4096, instruct: true },
      {
        name: "Mistral-7B-Instruct-v0.3",
        params: 7_248_023_552,
        sizeLabel: "7B",
        hidden: 4096,
        vocab: 32768,
        instruct: true,
        pipelineTag: null,
      },
      { name: "Mistral-Nemo-Instruct-2407", params: 12_247_782_400, sizeLabel: null, hidden: 5120, vocab: 131072, instruct: true },
      { name: "Mistral-Small-24B-Instruct-2501", params: 23_572_403_200, sizeLabel: "24B", hidden: 5120, vocab: 131072, instruct: true },
    ],
  },
  {
    lab: 4,
    arch: A.mixtral,
    from: "2023-12-10",
    to: "2024-04-17",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "Mixtral-8x7B-v0.1", params: 46_702_792_704, sizeLabel: "8x7B", hidden: 4096, experts: 8 },
      {
        name: "Mixtral-8x7B-Instruct-v0.1",
        params: 46_702_792_704,
        sizeLabel: "8x7B",
        hidden: 4096,
        experts: 8,
        instruct: true,
        pipelineTag: null,
      },
      {
        name: "Mixtral-8x22B-Instruct-v0.1",
        params: 140_630_071_296,
        sizeLabel: "8x22B",
        hidden: 6144,
        vocab: 32768,
        experts: 8,
        instruct: true,
      },
    ],
  },
  {
    lab: 5,
    arch: A.phi,
    from: "2023-12-13",
    to: "2023-12-20",
    license: "mit",
    gated: false,
    entries: [{ name: "phi-2", params: 2_779_683_840, sizeLabel: null, hidden: 2560 }],
  },
  {
    lab: 5,
    arch: A.phi3,
    from: "2024-04-23",
    to: "2024-12-12",
    license: "mit",
    gated: false,
    entries: [
      { name: "Phi-3-mini-4k-instruct", params: 3_821_079_552, sizeLabel: null, hidden: 3072, instruct: true },
      { name: "Phi-3-mini-128k-instruct", params: 3_821_079_552, sizeLabel: null, hidden: 3072, instruct: true },
      { name: "Phi-3-medium-128k-instruct", params: 13_960_238_080, sizeLabel: null, hidden: 5120, instruct: true },
      { name: "phi-4", params: 14_659_507_200, sizeLabel: null, hidden: 5120, vocab: 100352, instruct: true },
    ],
  },
  {
    lab: 6,
    arch: A.gemma,
    from: "2024-02-21",
    to: "2024-02-28",
    license: "gemma",
    gated: "manual",
    entries: [
      { name: "gemma-7b", params: 8_537_680_896, sizeLabel: "7b", hidden: 3072 },
      { name: "gemma-2b-it", params: 2_506_172_416, sizeLabel: "2b", hidden: 2048, instruct: true },
    ],
  },
  {
    lab: 6,
    arch: A.gemma2,
    from: "2024-06-27",
    to: "2024-07-31",
    license: "gemma",
    gated: "manual",
    entries: [
      { name: "gemma-2-9b-it", params: 9_241_705_984, sizeLabel: "9b", hidden: 3584, instruct: true },
      { name: "gemma-2-27b-it", params: 27_227_128_320, sizeLabel: "27b", hidden: 4608, instruct: true },
    ],
  },
  {
    lab: 6,
    arch: A.gemma3,
    from: "2025-03-12",
    to: "2025-03-20",
    license: "gemma",
    gated: "manual",
    entries: [
      { name: "gemma-3-1b-it", params: 999_885_952, sizeLabel: "1b", hidden: 1152, instruct: true },
      { name: "gemma-3-27b-it", params: 27_432_406_640, sizeLabel: "27b", hidden: 5376, instruct: true, pipelineTag: "image-text-to-text" },
    ],
  },
  {
    // An "effective" size: E4B is what runs per token; per-layer embeddings and the vision and
    // audio towers (about 1B here, a rounded guess) bring the stored count to 7.85B, which the
    // name does not state. Tagged
    // text-generation (the Hub has it as image-text-to-text, as it has many of its fine-tunes as
    // text-generation) so that the sample's crawl, which lists text-generation, meets the name.
    lab: 6,
    arch: A.gemma3n,
    from: "2025-06-26",
    to: "2025-06-27",
    license: "gemma",
    gated: "manual",
    entries: [{ name: "gemma-3n-E4B-it", params: 7_849_978_192, sizeLabel: "E4B", hidden: 2048, towers: 980_000_000, instruct: true }],
  },
  {
    lab: 7,
    arch: A.qwen2,
    from: "2024-09-16",
    to: "2024-11-12",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "Qwen2.5-0.5B", params: 494_032_768, sizeLabel: "0.5B", hidden: 896 },
      { name: "Qwen2.5-1.5B", params: 1_543_714_304, sizeLabel: "1.5B", hidden: 1536 },
      { name: "Qwen2.5-7B-Instruct", params: 7_615_616_512, sizeLabel: "7B", hidden: 3584, vocab: 152064, instruct: true },
      { name: "Qwen2.5-14B-Instruct", params: 14_770_033_664, sizeLabel: "14B", hidden: 5120, vocab: 152064, instruct: true },
      { name: "Qwen2.5-32B-Instruct", params: 32_763_876_352, sizeLabel: "32B", hidden: 5120, vocab: 152064, instruct: true },
      {
        name: "Qwen2.5-72B-Instruct",
        params: 72_706_203_648,
        sizeLabel: "72B",
        hidden: 8192,
        vocab: 152064,
        instruct: true,
        license: { other: "qwen" },
      },
      { name: "Qwen2.5-Coder-7B-Instruct", params: 7_615_616_512, sizeLabel: "7B", hidden: 3584, vocab: 152064, instruct: true },
    ],
  },
  {
    lab: 7,
    arch: A.qwen3,
    from: "2025-04-28",
    to: "2025-05-20",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "Qwen3-0.6B", params: 751_632_384, sizeLabel: "0.6B", hidden: 1024, instruct: true },
      { name: "Qwen3-4B", params: 4_022_468_096, sizeLabel: "4B", hidden: 2560, instruct: true },
      { name: "Qwen3-8B", params: 8_190_735_360, sizeLabel: "8B", hidden: 4096, instruct: true },
      { name: "Qwen3-32B", params: 32_762_123_264, sizeLabel: "32B", hidden: 5120, instruct: true },
    ],
  },
  {
    lab: 7,
    arch: A.qwen3Moe,
    from: "2025-04-28",
    to: "2025-07-30",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "Qwen3-30B-A3B", params: 30_532_122_624, sizeLabel: "30B-A3B", hidden: 2048, experts: 128, instruct: true },
      { name: "Qwen3-235B-A22B", params: 235_093_634_560, sizeLabel: "235B-A22B", hidden: 4096, experts: 128, instruct: true },
    ],
  },
  {
    // Towers: the name sizes the 7B language model, the count adds the vision and audio encoders
    // and the speech decoder (10.7B). Embeddings do not explain the gap: 10.7B less one or two
    // 152064 × 3584 matrices (0.55B) is still 27% or more above 7B. Tagged text-generation for the
    // same reason as gemma-3n (the Hub has any-to-any).
    lab: 7,
    arch: A.qwen25Omni,
    from: "2025-03-26",
    to: "2025-03-27",
    license: "apache-2.0",
    gated: false,
    entries: [
      // Its language model is Qwen2.5-7B's 7.62B: a GGUF conversion, which counts only that, agrees with the name.
      { name: "Qwen2.5-Omni-7B", params: 10_732_225_408, sizeLabel: "7B", hidden: 3584, towers: 3_116_608_896, instruct: true },
    ],
  },
  {
    lab: 8,
    arch: A.smol,
    from: "2024-07-14",
    to: "2024-11-01",
    license: "apache-2.0",
    gated: false,
    entries: [
      { name: "SmolLM-135M", params: 134_515_008, sizeLabel: "135M", hidden: 576 },
      { name: "SmolLM-360M", params: 361_821_120, sizeLabel: "360M", hidden: 960 },
      { name: "SmolLM-1.7B", params: 1_711_376_384, sizeLabel: "1.7B", hidden: 2048 },
      { name: "SmolLM2-135M-Instruct", params: 134_515_008, sizeLabel: "135M", hidden: 576, instruct: true },
      { name: "SmolLM2-1.7B-Instruct", params: 1_711_376_384, sizeLabel: "1.7B", hidden: 2048, instruct: true },
    ],
  },
  {
    lab: 9,
    arch: A.deepseekV3,
    from: "2024-12-26",
    to: "2025-01-20",
    license: "mit",
    gated: false,
    entries: [
      { name: "DeepSeek-V3", params: 684_531_386_000, sizeLabel: null, hidden: 7168, experts: 256, license: { other: "deepseek" } },
      { name: "DeepSeek-R1", params: 684_531_386_000, sizeLabel: null, hidden: 7168, experts: 256, instruct: true },
    ],
  },
  {
    lab: 9,
    arch: A.qwen2,
    from: "2025-01-20",
    to: "2025-01-21",
    license: "mit",
    gated: false,
    entries: [
      { name: "DeepSeek-R1-Distill-Qwen-1.5B", params: 1_777_088_000, sizeLabel: "1.5B", hidden: 1536, instruct: true },
      { name: "DeepSeek-R1-Distill-Qwen-7B", params: 7_615_616_512, sizeLabel: "7B", hidden: 3584, vocab: 152064, instruct: true },
      { name: "DeepSeek-R1-Distill-Qwen-32B", params: 32_763_876_352, sizeLabel: "32B", hidden: 5120, vocab: 152064, instruct: true },
    ],
  },
  {
    lab: 9,
    arch: A.llama2,
    from: "2023-11-01",
    to: "2023-11-05",
    license: { other: "deepseek" },
    gated: false,
    entries: [
      { name: "deepseek-coder-6.7b-instruct", params: 6_740_512_768, sizeLabel: "6.7b", hidden: 4096, vocab: 32256, instruct: true },
    ],
  },
  {
    // Rounding: a 3.97B model named 3B, its count cut to the first digit (like Nanbeige4.1-3B,
    // 3.93B, in the recorded data). Its small vocabulary keeps embeddings out of it: 3.97B less
    // two 32000 × 2560 matrices (0.16B) is 3.81B, still 21% above 3B.
    lab: 10,
    arch: A.llama2,
    from: "2024-10-01",
    to: "2024-10-03",
    license: "apache-2.0",
    gated: false,
    entries: [{ name: "SoylentLM-3B-Instruct", params: 3_971_219_456, sizeLabel: "3B", hidden: 2560, instruct: true }],
  },
];

/** Architectures independent labs and users build "own" models on, with how common each is. */
export const BRAND_ARCHITECTURES: [Architecture, number][] = [
  [A.llama3, 30],
  [A.mistral, 20],
  [A.qwen2, 18],
  [A.qwen3, 10],
  [A.gemma2, 6],
  [A.phi3, 5],
  [A.gptNeox, 4],
  [A.llama2, 7],
];

/** Nominal sizes of brand models, label and count, with weights (7–8B dominates the Hub). */
export const BRAND_SIZES: [string, number, number][] = [
  ["135M", 135e6, 2],
  ["360M", 360e6, 2],
  ["0.5B", 0.5e9, 3],
  ["1.1B", 1.1e9, 4],
  ["1.5B", 1.5e9, 4],
  ["3B", 3e9, 6],
  ["7B", 7.2e9, 20],
  ["8B", 8e9, 16],
  ["13B", 13e9, 6],
  ["14B", 14.7e9, 6],
  ["32B", 32.8e9, 4],
  ["70B", 70.5e9, 4],
];

export const BRAND_WORDS = [
  "Orion",
  "Nova",
  "Aurora",
  "Helix",
  "Lumen",
  "Cobalt",
  "Sparrow",
  "Kestrel",
  "Tern",
  "Marlin",
  "Basalt",
  "Quill",
  "Ember",
  "Juniper",
  "Atlas",
  "Vega",
  "Pico",
  "Nimbus",
  "Saga",
  "Tessera",
  "Hermit",
  "Zephyrine",
  "Capybara",
  "Starling",
  "Obsidian",
  "Puffin",
  "Wombat",
  "Tamarin",
  "Sable",
  "Cirrus",
];

export const FINETUNE_SUFFIXES = [
  "abliterated",
  "uncensored",
  "DPO",
  "SFT",
  "ORPO",
  "roleplay",
  "v2",
  "function-calling",
  "128k",
  "Instruct",
  "Chat",
  "math",
  "code",
  "reasoning",
  "German",
  "Japanese",
  "medical",
  "v0.1",
  "alpaca",
];

export const ADAPTER_TASKS = ["alpaca", "sql", "chat", "summarize", "medqa", "tool-use", "poetry", "translation"];

/** Org name parts: fictional companies and the suffixes labs like. */
export const ORG_WORDS = [
  "vandelay",
  "dunder",
  "gringotts",
  "monarch",
  "oscorp",
  "stark",
  "wayne",
  "umbrella",
  "massive",
  "prestige",
  "bluth",
  "pendant",
  "krusty",
  "duff",
  "ollivander",
  "zorg",
  "virtucon",
  "rekall",
  "omni",
  "spacely",
  "cogswell",
  "sirius",
  "yoyodyne",
  "planet",
  "wernham",
  "sterling",
  "pied",
  "bachman",
  "gekko",
  "nordic",
];
export const ORG_SUFFIXES = ["-ai", "-labs", "-research", "-ml", "-nlp", "-lm", "AI", "Labs"];

/** Accounts that mostly publish quantisations, like the real Hub's well-known quantisers. */
export const QUANTISER_ORGS = ["gguf-foundry", "quant-bakery", "mlx-sample-community"];
export const QUANTISER_USERS = ["quantkat", "bitsmith", "lowbit-larry"];

export const FIRST_NAMES = [
  "alice",
  "bruno",
  "chen",
  "dana",
  "emeka",
  "farah",
  "goran",
  "hana",
  "ivan",
  "jun",
  "kofi",
  "lena",
  "mateo",
  "nadia",
  "omar",
  "priya",
  "quinn",
  "rosa",
  "sven",
  "tara",
  "umar",
  "vera",
  "wei",
  "yusuf",
  "zoe",
];
export const HANDLE_WORDS = ["ml", "dev", "tinkerer", "hacker", "labs", "llm", "ai", "codes", "nlp", "builds", "bits", "tensor"];

/** Full names with non-ASCII letters: ids on the Hub are ASCII, display names and card data are not. */
export const NON_ASCII_FULLNAMES = ["Zoë Müller", "李雷", "Søren Ågård", "Ángel Núñez", "山田 太郎", "Đặng Thu Hà"];
