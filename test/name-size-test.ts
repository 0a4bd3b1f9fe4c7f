import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLE_SEED } from "../src/cli/build-sample.ts";
import { enrichModels } from "../src/data-loaders/enrich/model.ts";
import { parseNameSize, type NameSize } from "../src/data-loaders/enrich/name-size.ts";
import type { ApiModel } from "../src/data-loaders/hub/types.ts";
import { DEFAULT_SAMPLE_SEED, generateSampleHub } from "../src/mock-hub/sample.ts";
import { TOP_LIKES_2026_08_22 } from "./fixtures/recorded.ts";

const SNAPSHOT = TOP_LIKES_2026_08_22;
const snapshotIds = new Set((JSON.parse(readFileSync(SNAPSHOT, "utf8")) as { models: { id: string }[] }).models.map((model) => model.id));

/** The name states no size at all. */
const NONE = null;

interface Expected {
  params: number | null;
  experts?: number;
  expertParams?: number;
  activeParams?: number;
  effectiveParams?: number;
}

/** Real repo ids and what their names say. `fromSnapshot` ones are checked against the recording. */
const fromSnapshot: Array<[string, Expected | null]> = [
  ["deepseek-ai/DeepSeek-R1", NONE],
  ["Qwen/Qwen3.8-27B", { params: 27_000_000_000 }],
  ["moonshotai/Kimi-K3", NONE],
  ["hexgrad/Kokoro-82M", { params: 82_000_000 }],
  ["meta-llama/Llama-3.1-8B-Instruct", { params: 8_000_000_000 }],
  ["meta-llama/Meta-Llama-3-8B", { params: 8_000_000_000 }],
  ["deepseek-ai/DeepSeek-V4-Pro", NONE],
  ["openai/gpt-oss-120b", { params: 120_000_000_000 }],
  ["bigscience/bloom", NONE],
  ["zai-org/GLM-5.2", NONE],
  ["openai/gpt-oss-20b", { params: 20_000_000_000 }],
  ["meta-llama/Meta-Llama-3-8B-Instruct", { params: 8_000_000_000 }],
  ["meta-llama/Llama-2-7b-chat-hf", { params: 7_000_000_000 }],
  ["mistralai/Mixtral-8x7B-Instruct-v0.1", { params: null, experts: 8, expertParams: 7_000_000_000 }],
  ["meta-llama/Llama-2-7b", { params: 7_000_000_000 }],
  ["MiniMaxAI/MiniMax-H3", NONE],
  ["deepseek-ai/DeepSeek-V3", NONE],
  ["mistralai/Mistral-7B-v0.1", { params: 7_000_000_000 }],
  ["deepseek-ai/Janus-Pro-7B", { params: 7_000_000_000 }],
  ["deepseek-ai/DeepSeek-V4-Flash-0731", NONE],
  ["google/gemma-4-31B-it", { params: 31_000_000_000 }],
  ["microsoft/phi-2", NONE],
  ["HauhauCS/Qwen3.6-35B-A3B-Uncensored-HauhauCS-Aggressive", { params: 35_000_000_000, activeParams: 3_000_000_000 }],
  ["openai-community/gpt2", NONE],
  ["google/gemma-7b", { params: 7_000_000_000 }],
  ["mistralai/Mistral-7B-Instruct-v0.2", { params: 7_000_000_000 }],
  ["deepseek-ai/DeepSeek-V3-0324", NONE],
  ["bigcode/starcoder", NONE],
  ["Qwen/QwQ-32B", { params: 32_000_000_000 }],
  ["meta-llama/Llama-3.3-70B-Instruct", { params: 70_000_000_000 }],
  ["Jackrong/Qwen3.5-27B-Claude-4.6-Opus-Reasoning-Distilled", { params: 27_000_000_000 }],
  ["zai-org/chatglm-6b", { params: 6_000_000_000 }],
  ["nari-labs/Dia-1.6B", { params: 1_600_000_000 }],
  ["moonshotai/Kimi-K2.5", NONE],
  ["yuxinlu1/gemma-4-12B-coder-fable5-composer2.5-v1-GGUF", { params: 12_000_000_000 }],
  ["mistralai/Mistral-7B-Instruct-v0.3", { params: 7_000_000_000 }],
  ["Qwen/Qwen3.6-35B-A3B", { params: 35_000_000_000, activeParams: 3_000_000_000 }],
  // "1M" after the size is the context length.
  ["empero-ai/Qwythos-9B-Claude-Mythos-5-1M-GGUF", { params: 9_000_000_000 }],
  ["meta-llama/Llama-3.2-1B", { params: 1_000_000_000 }],
  ["unsloth/Qwen3.8-27B-GGUF", { params: 27_000_000_000 }],
  ["deepseek-ai/DeepSeek-R1-0528", NONE],
  ["meta-llama/Llama-3.2-3B-Instruct", { params: 3_000_000_000 }],
  ["xai-org/grok-1", NONE],
  ["tiiuae/falcon-40b", { params: 40_000_000_000 }],
  ["moonshotai/Kimi-K2-Instruct", NONE],
  ["microsoft/phi-4", NONE],
  ["meta-llama/Llama-2-70b-chat-hf", { params: 70_000_000_000 }],
  ["Qwen/Qwen2.5-Coder-32B-Instruct", { params: 32_000_000_000 }],
  ["nvidia/Llama-3.1-Nemotron-70B-Instruct-HF", { params: 70_000_000_000 }],
  ["zai-org/chatglm2-6b", { params: 6_000_000_000 }],
  ["zai-org/GLM-4.7", NONE],
  ["google/gemma-3-27b-it", { params: 27_000_000_000 }],
  ["HuggingFaceH4/zephyr-7b-beta", { params: 7_000_000_000 }],
  ["mistralai/Mixtral-8x7B-v0.1", { params: null, experts: 8, expertParams: 7_000_000_000 }],
  ["CohereLabs/c4ai-command-r-plus", NONE],
  ["TinyLlama/TinyLlama-1.1B-Chat-v1.0", { params: 1_100_000_000 }],
  ["mattshumer/Reflection-Llama-3.1-70B", { params: 70_000_000_000 }],
  // "JANG_4M" after the size is not a second size.
  ["dealignai/Gemma-4-31B-JANG_4M-CRACK", { params: 31_000_000_000 }],
  ["microsoft/Phi-3-mini-128k-instruct", NONE],
  ["mistralai/Mistral-Nemo-Instruct-2407", NONE],
  ["deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", { params: 32_000_000_000 }],
  ["deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", { params: 1_500_000_000 }],
  ["Qwen/Qwen2.5-7B-Instruct", { params: 7_000_000_000 }],
  ["Qwen/Qwen3.5-397B-A17B", { params: 397_000_000_000, activeParams: 17_000_000_000 }],
  ["Qwen/Qwen3-0.6B", { params: 600_000_000 }],
  ["EleutherAI/gpt-j-6b", { params: 6_000_000_000 }],
  ["meta-llama/Meta-Llama-3-70B-Instruct", { params: 70_000_000_000 }],
  ["MiniMaxAI/MiniMax-M2.5", NONE],
  // E4B/E2B: Gemma's "effective" size, not the total.
  ["google/gemma-4-E4B-it", { params: null, effectiveParams: 4_000_000_000 }],
  ["google/gemma-4-E2B-it", { params: null, effectiveParams: 2_000_000_000 }],
  ["google/gemma-3n-E4B-it-litert-preview", { params: null, effectiveParams: 4_000_000_000 }],
  ["HauhauCS/Gemma-4-E4B-Uncensored-HauhauCS-Aggressive", { params: null, effectiveParams: 4_000_000_000 }],
  ["farbodtavakkoli/OTel-LLM-E4B-IT", { params: null, effectiveParams: 4_000_000_000 }],
  // "4T" after the size is the training-token count.
  ["microsoft/bitnet-b1.58-2B-4T", { params: 2_000_000_000 }],
  ["google/gemma-4-26B-A4B-it", { params: 26_000_000_000, activeParams: 4_000_000_000 }],
  ["deepseek-ai/DeepSeek-V3.2", NONE],
  ["google/gemma-3-4b-it", { params: 4_000_000_000 }],
  ["microsoft/Phi-3-mini-4k-instruct", NONE],
  ["google/gemma-2-2b-it", { params: 2_000_000_000 }],
  ["mistralai/Mistral-Small-3.1-24B-Instruct-2503", { params: 24_000_000_000 }],
  ["Qwen/Qwen3-Coder-480B-A35B-Instruct", { params: 480_000_000_000, activeParams: 35_000_000_000 }],
  ["microsoft/phi-1_5", NONE],
  ["mistralai/Codestral-22B-v0.1", { params: 22_000_000_000 }],
  // Llama 4 names give the active size, then the number of experts (Scout: 109B total).
  ["meta-llama/Llama-4-Scout-17B-16E-Instruct", { params: null, experts: 16, activeParams: 17_000_000_000 }],
  ["Qwen/Qwen3-8B", { params: 8_000_000_000 }],
  ["01-ai/Yi-34B", { params: 34_000_000_000 }],
  ["dphn/dolphin-2.5-mixtral-8x7b", { params: null, experts: 8, expertParams: 7_000_000_000 }],
  ["google/gemma-7b-it", { params: 7_000_000_000 }],
  ["google/gemma-2b", { params: 2_000_000_000 }],
  ["Qwen/Qwen3-Coder-30B-A3B-Instruct", { params: 30_000_000_000, activeParams: 3_000_000_000 }],
  ["ai21labs/Jamba-v0.1", NONE],
  ["tiiuae/falcon-40b-instruct", { params: 40_000_000_000 }],
  ["zai-org/chatglm3-6b", { params: 6_000_000_000 }],
  ["Nanbeige/Nanbeige4.1-3B", { params: 3_000_000_000 }],
  ["tiiuae/falcon-180B", { params: 180_000_000_000 }],
  ["xai-org/grok-2", NONE],
  ["openchat/openchat_3.5", NONE],
  ["Qwen/Qwen3.8-2.4T-A95B", { params: 2_400_000_000_000, activeParams: 95_000_000_000 }],
  ["HuggingFaceH4/zephyr-7b-alpha", { params: 7_000_000_000 }],
  ["meta-llama/Llama-2-13b-chat-hf", { params: 13_000_000_000 }],
  ["unsloth/DeepSeek-R1-GGUF", NONE],
  ["Qwen/Qwen3-235B-A22B", { params: 235_000_000_000, activeParams: 22_000_000_000 }],
  ["tiiuae/falcon-7b", { params: 7_000_000_000 }],
  ["google/gemma-3-1b-it", { params: 1_000_000_000 }],
  ["deepseek-ai/DeepSeek-R1-0528-Qwen3-8B", { params: 8_000_000_000 }],
  ["openbmb/MiniCPM5-1B", { params: 1_000_000_000 }],
  ["google/gemma-3-270m", { params: 270_000_000 }],
  ["microsoft/Phi-3.5-mini-instruct", NONE],
  ["facebook/opt-125m", { params: 125_000_000 }],
  ["Qwen/Qwen3.6-35B-A3B-FP8", { params: 35_000_000_000, activeParams: 3_000_000_000 }],
  ["nvidia/Qwen3.6-35B-A3B-NVFP4", { params: 35_000_000_000, activeParams: 3_000_000_000 }],
  ["Qwen/Qwen2.5-1.5B-Instruct", { params: 1_500_000_000 }],
  ["Qwen/Qwen2.5-0.5B-Instruct", { params: 500_000_000 }],
  ["dphn/dolphin-2.9.1-yi-1.5-34b", { params: 34_000_000_000 }],
  ["Qwen/Qwen2.5-7B-Instruct-AWQ", { params: 7_000_000_000 }],
  ["EleutherAI/pythia-160m", { params: 160_000_000 }],
  ["Qwen/Qwen3-4B-Instruct-2507", { params: 4_000_000_000 }],
  ["hmellor/tiny-random-LlamaForCausalLM", NONE],
  ["cyankiwi/Qwen3.6-27B-AWQ-INT4", { params: 27_000_000_000 }],
  ["cyankiwi/gemma-4-26B-A4B-it-AWQ-4bit", { params: 26_000_000_000, activeParams: 4_000_000_000 }],
  ["ibm-granite/granite-4.1-8b", { params: 8_000_000_000 }],
  ["distilbert/distilgpt2", NONE],
  ["HuggingFaceTB/SmolLM2-135M", { params: 135_000_000 }],
  ["Qwen/Qwen-72B", { params: 72_000_000_000 }],
  ["facebook/esm2_t33_650M_UR50D", { params: 650_000_000 }],
  ["prism-ml/Ternary-Bonsai-27B-mlx-2bit", { params: 27_000_000_000 }],
  ["google/gemma-4-31B-it-qat-w4a16-ct", { params: 31_000_000_000 }],
  ["nvidia/NVIDIA-Nemotron-3-Super-120B-A12B-NVFP4", { params: 120_000_000_000, activeParams: 12_000_000_000 }],
  ["nomic-ai/nomic-embed-text-v2-moe", NONE],
  ["laion/CLIP-ViT-B-32-laion2B-s34B-b79K", NONE],
  ["google-t5/t5-small", NONE],
  ["MahmoudAshraf/mms-300m-1130-forced-aligner", { params: 300_000_000 }],
  ["Qwen/Qwen3-TTS-12Hz-1.7B-CustomVoice", { params: 1_700_000_000 }],
  ["tencent/HY-MT1.5-1.8B", { params: 1_800_000_000 }],
  ["nvidia/nemotron-3.5-asr-streaming-0.6b", { params: 600_000_000 }],
  ["timm/tf_efficientnetv2_s.in21k_ft_in1k", NONE],
  ["nvidia/bigvgan_v2_22khz_80band_256x", NONE],
  ["CohereLabs/cohere-transcribe-03-2026", NONE],
];

/** Well-known models that are not in the recording. */
const wellKnown: Array<[string, Expected | null]> = [
  ["mistralai/Mixtral-8x22B-v0.1", { params: null, experts: 8, expertParams: 22_000_000_000 }],
  ["Qwen/Qwen1.5-MoE-A2.7B", { params: null, activeParams: 2_700_000_000 }],
  ["Qwen/Qwen3-30B-A3B", { params: 30_000_000_000, activeParams: 3_000_000_000 }],
  ["meta-llama/Llama-4-Maverick-17B-128E-Instruct", { params: null, experts: 128, activeParams: 17_000_000_000 }],
  ["moonshotai/Kimi-K2-Instruct-0905", NONE],
  ["mistralai/Mistral-7B-Instruct-v0.2", { params: 7_000_000_000 }],
  ["google/gemma-2-9b-it", { params: 9_000_000_000 }],
  ["Qwen/Qwen2.5-72B-Instruct-AWQ", { params: 72_000_000_000 }],
  ["bigscience/bloom-560m", { params: 560_000_000 }],
  // BLOOM writes the decimal point as the unit.
  ["bigscience/bloom-7b1", { params: 7_100_000_000 }],
  ["bigscience/bloomz-1b7", { params: 1_700_000_000 }],
  // ...and StableLM 2 and OpenELM as an underscore.
  ["stabilityai/stablelm-2-1_6b", { params: 1_600_000_000 }],
  ["apple/OpenELM-1_1B-Instruct", { params: 1_100_000_000 }],
  ["facebook/opt-6.7b", { params: 6_700_000_000 }],
  ["EleutherAI/pythia-12b-deduped", { params: 12_000_000_000 }],
  ["EleutherAI/gpt-neox-20b", { params: 20_000_000_000 }],
  ["upstage/SOLAR-10.7B-v1.0", { params: 10_700_000_000 }],
  ["deepseek-ai/deepseek-coder-6.7b-instruct", { params: 6_700_000_000 }],
  ["deepseek-ai/deepseek-moe-16b-base", { params: 16_000_000_000 }],
  ["allenai/OLMoE-1B-7B-0924", { params: 7_000_000_000, activeParams: 1_000_000_000 }],
  ["Qwen/Qwen2-57B-A14B-Instruct", { params: 57_000_000_000, activeParams: 14_000_000_000 }],
  ["tencent/Hunyuan-A13B-Instruct", { params: null, activeParams: 13_000_000_000 }],
  ["microsoft/Phi-3.5-MoE-instruct", NONE],
  // "4e1t" is four epochs of one trillion tokens.
  ["stabilityai/stablelm-3b-4e1t", { params: 3_000_000_000 }],
  ["TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T", { params: 1_100_000_000 }],
  ["01-ai/Yi-6B-200K", { params: 6_000_000_000 }],
  ["THUDM/chatglm3-6b-32k", { params: 6_000_000_000 }],
  ["Qwen/Qwen2.5-7B-Instruct-1M", { params: 7_000_000_000 }],
  ["THUDM/glm-4-9b-chat-1m", { params: 9_000_000_000 }],
  ["google/t5-11b", { params: 11_000_000_000 }],
  ["roneneldan/TinyStories-33M", { params: 33_000_000 }],
  ["openlm-research/open_llama_7b_700bt_preview", { params: 7_000_000_000 }],
  ["TheBloke/Llama-2-7B-Chat-GPTQ", { params: 7_000_000_000 }],
  ["unsloth/Meta-Llama-3.1-8B-Instruct-bnb-4bit", { params: 8_000_000_000 }],
  ["mlx-community/Qwen2.5-7B-Instruct-4bit", { params: 7_000_000_000 }],
  ["neuralmagic/Meta-Llama-3.1-8B-Instruct-quantized.w4a16", { params: 8_000_000_000 }],
  ["turboderp/Llama-3-8B-exl2-4.0bpw", { params: 8_000_000_000 }],
  ["bartowski/Llama-3.2-3B-Instruct-GGUF", { params: 3_000_000_000 }],
  // A one-letter series prefix glued to the size: Command R7B.
  ["CohereForAI/c4ai-command-r7b-12-2024", { params: 7_000_000_000 }],
  ["Nitral-AI/ZephRP-m7b", { params: 7_000_000_000 }],
  // llama2.c's TinyStories models glue the size to the word.
  ["karpathy/llama2.c-stories15M", { params: 15_000_000 }],
  ["karpathy/stories15M_MOE", { params: 15_000_000 }],
  ["google/flan-t5-xxl", NONE],
  ["openai-community/gpt2-xl", NONE],
];

describe("parseNameSize on real model names", () => {
  it("has at least 100 real names, the recorded ones really in the recording", () => {
    expect(fromSnapshot.length + wellKnown.length).toBeGreaterThanOrEqual(100);
    const missing = fromSnapshot.map(([id]) => id).filter((id) => !snapshotIds.has(id));
    expect(missing).toEqual([]);
  });

  it.each([...fromSnapshot, ...wellKnown])("%s", (id, expected) => {
    const result = parseNameSize(id);
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    expect(result).not.toBeNull();
    const { params, experts, expertParams, activeParams, effectiveParams } = result as NameSize;
    expect({ params, experts, expertParams, activeParams, effectiveParams }).toEqual({
      params: expected.params,
      experts: expected.experts ?? null,
      expertParams: expected.expertParams ?? null,
      activeParams: expected.activeParams ?? null,
      effectiveParams: expected.effectiveParams ?? null,
    });
  });

  it("gives plain integers of parameters, never billions or floats", () => {
    for (const [id] of [...fromSnapshot, ...wellKnown]) {
      const result = parseNameSize(id);
      for (const value of [result?.params, result?.expertParams, result?.activeParams]) {
        if (value != null) expect(Number.isSafeInteger(value), `${id}: ${value}`).toBe(true);
      }
    }
  });
});

describe("parseNameSize, the notebook's mistakes", () => {
  it('reads "8x7B" as 8 experts of 7B and not as 7', () => {
    const result = parseNameSize("Mixtral-8x7B-Instruct-v0.1");
    expect(result?.params).not.toBe(7);
    expect(result?.params).toBeNull();
    expect(result).toMatchObject({ token: "8x7B", experts: 8, expertParams: 7_000_000_000 });
    // The note says why neither 7B nor 56B is the total.
    expect(result?.note).toContain("7B");
    expect(result?.note).toContain("56B");
  });

  it('reads "1.5B" as 1,500,000,000 and not as 5', () => {
    expect(parseNameSize("DeepSeek-R1-Distill-Qwen-1.5B")).toMatchObject({ params: 1_500_000_000, token: "1.5B" });
    expect(parseNameSize("Qwen2.5-1.5B")?.params).toBe(1_500_000_000);
  });

  it("never reads the digits after a version's decimal point as a size", () => {
    // "Qwen2.5B" glues the size to the family: reading "5B" out of it is the notebook's bug.
    expect(parseNameSize("Qwen2.5B")).toBeNull();
  });
});

describe("parseNameSize: what is not a size", () => {
  const notSizes: Array<[string, string]> = [
    ["versions", "mistral-v0.1"],
    ["versions with a minor", "Llama-3.1"],
    ["context length 128k", "Phi-3-mini-128k-instruct"],
    ["context length 200K", "Yi-Chat-200K"],
    ["context length 32k", "chatglm3-32k"],
    ["context written with ctx", "Llama-1M-ctx"],
    ["context written with context", "model-1M-context"],
    ["token counts 4e1t", "stablelm-4e1t"],
    ["token counts 2T-tokens", "OpenLLaMA-2T-tokens"],
    ["token counts 1T-tokens", "RedPajama-INCITE-1T-tokens"],
    ["dates 2407", "Mistral-Large-Instruct-2407"],
    ["dates 0528", "DeepSeek-R1-0528"],
    ["dates 2024-05", "model-2024-05"],
    ["GGUF quant Q4_K_M", "Llama-Q4_K_M-GGUF"],
    ["4bit", "model-4bit"],
    ["8bit", "model-8bit"],
    ["int8", "faster-whisper-tiny-int8"],
    ["w4a16", "model-w4a16"],
    ["fp8", "Qwen3-Coder-Next-FP8"],
    ["bpw", "model-exl2-6.5bpw"],
    ["gpt2", "gpt2"],
    ["t5", "t5-base"],
    ["phi-2", "phi-2"],
    ["o1", "o1-preview"],
    ["years", "cohere-transcribe-03-2026"],
    ["Kimi-K2", "Kimi-K2"],
    ["DeepSeek-V3", "DeepSeek-V3"],
    ["a mini that is not a size", "Phi-3-mini-4k-instruct"],
    ["data-set and batch sizes glued to words", "CLIP-ViT-B-32-laion2B-s34B-b79K"],
    ["a sampling rate", "vocos-mel-24khz"],
  ];
  it.each(notSizes)("%s (%s)", (_what, name) => {
    expect(parseNameSize(name)).toBeNull();
  });

  it("takes the size after a version, not the version (Llama-3.1-8B → 8B)", () => {
    expect(parseNameSize("Llama-3.1-8B")).toMatchObject({ params: 8_000_000_000, token: "8B" });
  });

  it("ignores the owner part of a repo id", () => {
    expect(parseNameSize("4bit/Llama-2-7b-chat-hf")?.params).toBe(7_000_000_000);
    expect(parseNameSize("01-ai/Yi-Coder")).toBeNull();
  });

  it("takes the first size when later tokens are context or training tokens", () => {
    expect(parseNameSize("TinyLlama-1.1B-intermediate-step-480k-1T")?.params).toBe(1_100_000_000);
    expect(parseNameSize("Llama-3-8B-Instruct-Gradient-1048k")?.params).toBe(8_000_000_000);
  });
});

describe("parseNameSize: units and mixture-of-experts forms", () => {
  it("reads K, M, B and T in either case", () => {
    expect(parseNameSize("tiny-260K")?.params).toBe(260_000);
    expect(parseNameSize("bloom-560m")?.params).toBe(560_000_000);
    expect(parseNameSize("SmolLM2-135M")?.params).toBe(135_000_000);
    expect(parseNameSize("opt-6.7b")?.params).toBe(6_700_000_000);
    expect(parseNameSize("Qwen3.8-2.4T-A95B")?.params).toBe(2_400_000_000_000);
  });

  it("keeps a total the name states beside its experts", () => {
    // Hypothetical name: the rule is that a stated total wins over "unknown".
    expect(parseNameSize("Mixtral-47B-8x7B")).toMatchObject({
      params: 47_000_000_000,
      experts: 8,
      expertParams: 7_000_000_000,
    });
  });

  it("reads an active-only name as active parameters with an unknown total", () => {
    const result = parseNameSize("Qwen1.5-MoE-A2.7B");
    expect(result).toMatchObject({ params: null, activeParams: 2_700_000_000, token: "A2.7B" });
    expect(result?.note).toMatch(/active/);
  });

  it("reads the total and the active count of <total>-A<active> names", () => {
    expect(parseNameSize("Qwen3-30B-A3B")).toMatchObject({
      params: 30_000_000_000,
      activeParams: 3_000_000_000,
      token: "30B-A3B",
    });
  });

  it("reads an effective (E4B, E2B) size as the effective count with the total unknown, and says why", () => {
    const result = parseNameSize("gemma-3n-E4B-it");
    expect(result).toMatchObject({ params: null, token: "E4B", activeParams: null, effectiveParams: 4_000_000_000 });
    expect(result?.note).toMatch(/effective/);
    expect(parseNameSize("google/gemma-3n-E2B-it")).toMatchObject({ params: null, effectiveParams: 2_000_000_000 });
  });

  it("reads a size glued to a one-letter series prefix or ending a word in millions, and nothing else glued", () => {
    expect(parseNameSize("ZephRP-m7b")).toMatchObject({ params: 7_000_000_000, token: "m7b" });
    expect(parseNameSize("c4ai-command-r7b-12-2024")).toMatchObject({ params: 7_000_000_000, token: "r7b" });
    expect(parseNameSize("llama2.c-stories15M")).toMatchObject({ params: 15_000_000, token: "stories15M" });
    expect(parseNameSize("stories15M_MOE")).toMatchObject({ params: 15_000_000, token: "stories15M" });
    // Other letters and other units glued to a word stay unread.
    expect(parseNameSize("model-s7b")).toBeNull();
    expect(parseNameSize("laion2B-run")).toBeNull();
    expect(parseNameSize("xm7b")).toBeNull();
  });
});

// The default sample, and the one build:sample makes the report from.
describe.each([DEFAULT_SAMPLE_SEED, SAMPLE_SEED])("effective sizes on the sample Hub of seed %i", (seed) => {
  const records = generateSampleHub({ seed }).models.filter((m) => typeof m.likes === "number" && typeof m.downloads === "number");
  const rows = enrichModels(records as ApiModel[]);
  const effective = rows.filter((row) => parseNameSize(row.id)?.effectiveParams != null);

  it("has effective-size names among its text-generation models, and reads none of them as a total", () => {
    expect(effective.filter((row) => row.pipeline_tag === "text-generation").length).toBeGreaterThan(0);
    for (const row of effective) {
      expect(parseNameSize(row.id), row.id).toMatchObject({ params: null, effectiveParams: 4_000_000_000 });
      expect(row.name_params, row.id).toBeNull();
    }
  });

  it("says in the evidence that the name gives an effective count and no total, where the name is read", () => {
    // Where weights give a count the evidence is theirs; where the name is read (no count of its
    // own, or an adapter's set aside), it says what the name gives.
    const readFromName = effective.filter((row) => row.params_evidence?.includes(`name "`));
    expect(readFromName.filter((row) => row.pipeline_tag === "text-generation").length).toBeGreaterThan(0);
    for (const row of readFromName) expect(row.params_evidence, row.id).toMatch(/→ 4B effective; no total in the name/);
    // With no count of its own the model has no size: the effective size is not taken for one.
    for (const row of readFromName.filter((r) => r.params_source === null)) expect(row.params, row.id).toBeNull();
    expect(readFromName.some((row) => row.params_source === null)).toBe(true);
  });
});
