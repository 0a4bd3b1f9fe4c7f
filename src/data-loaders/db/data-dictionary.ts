// What each column of the published model data (models.csv / .parquet / .json) means. The
// exporter writes exactly these columns in this order, and the downloads page prints this table,
// so the data and its description cannot drift apart. The size buckets are configurable per build,
// so size_bucket's list of buckets is filled in from the database (dataDictionary), never fixed here.
import type { SizeBucketDefinition } from "../../config/config.ts";

export const MODEL_EXPORT_COLUMNS = [
  "rank",
  "id",
  "author",
  "author_type",
  "likes",
  "downloads",
  "likes_per_day",
  "created_at",
  "created_at_placeholder",
  "last_modified",
  "params",
  "params_source",
  "params_stored",
  "params_stored_source",
  "params_packed",
  "quantisation",
  "size_bucket",
  "high_quality",
  "era",
  "license",
  "family",
  "model_type",
  "pipeline_tag",
  "library_name",
  "base_models",
  "base_relation",
] as const;

export type ModelExportColumn = (typeof MODEL_EXPORT_COLUMNS)[number];

export const DATA_DICTIONARY: Record<ModelExportColumn, string> = {
  rank: "Position in the Hub's ranking by likes when the data was fetched, 1 = most liked.",
  id: 'Repository id on the Hugging Face Hub, "author/name".',
  author: "The user or organisation that owns the repository.",
  author_type: '"org" or "user" as the Hub reports the author; empty when the Hub did not say.',
  likes: "Number of likes of the repository when the data was fetched.",
  downloads: "Downloads over the last ~30 days as the Hub reports them (not all-time).",
  created_at:
    "When the repository was created, ISO 8601 UTC. Empty when the Hub shows its placeholder date (see created_at_placeholder) or no date.",
  created_at_placeholder:
    "true when the Hub gave its placeholder creation date (2022-03-02), which marks repositories created before March 2022.",
  last_modified: "Last change to the repository, ISO 8601 UTC; empty when unknown.",
  params:
    "Logical number of parameters as a plain integer (8030261248, not 8B): the count every size figure uses. For a quantised repository the count of the model it holds, not its packed storage (see params_source). Empty when unknown.",
  params_source:
    'How params was derived, best first: "safetensors" (Hub metadata), "gguf" (GGUF metadata), "hub-listing" (the count the Hub website\'s own model listing shows), "safetensors-header" (weight file header), "model-page", "base-model" (the count of the model it quantises or adapts), "unpacked" (packed quantised storage unpacked by dtype and bits per weight), "name" (parsed from the repository name). Empty when unknown.',
  params_stored:
    "The count the repository's own weights or metadata give, kept beside params: packed storage for a quantised repository, the adapter's own weights for an adapter, otherwise equal to params. Empty when its own metadata has no count.",
  params_stored_source:
    'Where params_stored came from: "safetensors", "gguf", "hub-listing", "safetensors-header" or "model-page"; empty when params_stored is.',
  params_packed:
    "true when params_stored measures packed quantised storage (several low-bit weights to one integer element) rather than parameters; params then comes from the base model, from unpacking, or from the name.",
  quantisation:
    'How the repository is quantised, as detected: the quantization_config method ("awq", "gptq", …), or a tag or name part ("tag 4-bit", "name 4bit"); empty when it is not quantised.',
  likes_per_day:
    "Likes divided by the days from creation to the crawl (at least one day). Empty for the Hub's placeholder creation date and for unknown dates.",
  size_bucket:
    'Size class by params, from the size buckets configured for the build (lower bound included, the last bucket open); "unknown" when params is empty.',
  high_quality:
    "true unless likes are below the like threshold (the configured percentile of likes over all models, linear interpolation as in pandas) or downloads are below the minimum; see summary.json thresholds.",
  era: '"before" when created before the era boundary (summary.json thresholds.era) or when the date is the Hub\'s pre-2022 placeholder; "after" otherwise; empty when the model has no date at all.',
  license: 'Licence id as declared in the model card (e.g. "apache-2.0", "llama3.1", "other"); empty when none is declared.',
  family: 'Model family derived from model_type, architectures or GGUF metadata (e.g. "llama", "qwen2"); empty when unknown.',
  model_type: "model_type from the model's config as the Hub reports it; empty when unknown.",
  pipeline_tag: 'The task the Hub files the model under (e.g. "text-generation").',
  library_name: 'Library the model is meant for (e.g. "transformers", "gguf"); empty when not declared.',
  base_models: "Models this one derives from, as declared in its card (base_model); separated by ';' in CSV, a list in JSON and Parquet.",
  base_relation: 'How it derives from base_models: "finetune", "quantized", "adapter" or "merge"; empty when not declared.',
};

/**
 * The same descriptions in Chinese, for the zh-CN downloads page. Typed like DATA_DICTIONARY, so a
 * column added to the export without its Chinese description fails `tsc` (and test/i18n-test.ts).
 */
export const DATA_DICTIONARY_ZH_CN: Record<ModelExportColumn, string> = {
  rank: "抓取数据时该模型在 Hub 按点赞数排名中的位置，1 = 点赞最多。",
  id: "Hugging Face Hub 上的仓库 ID，格式为“作者/名称”。",
  author: "拥有该仓库的用户或组织。",
  author_type: 'Hub 报告的作者类型，"org"（组织）或 "user"（个人用户）；Hub 未提供时为空。',
  likes: "抓取数据时该仓库的点赞数。",
  downloads: "Hub 报告的最近约 30 天的下载量（不是累计下载量）。",
  created_at: "仓库的创建时间，ISO 8601 格式，UTC。Hub 显示占位日期（见 created_at_placeholder）或没有日期时为空。",
  created_at_placeholder: "Hub 给出的是占位创建日期（2022-03-02）时为 true，表示该仓库创建于 2022 年 3 月之前。",
  last_modified: "仓库最后一次修改的时间，ISO 8601 格式，UTC；未知时为空。",
  params:
    "逻辑参数量，以普通整数表示（8030261248，而不是 8B）：所有规模数字都用它。量化仓库为其所含模型的参数量，而不是打包后的存储单元数（见 params_source）。未知时为空。",
  params_source:
    'params 的得出方式，按优先级排列："safetensors"（Hub 元数据）、"gguf"（GGUF 元数据）、"hub-listing"（Hub 网站模型列表显示的参数量）、"safetensors-header"（权重文件头）、"model-page"（模型网页）、"base-model"（其量化或适配的基础模型的参数量）、"unpacked"（按数据类型和每个权重的位数还原打包的量化存储）、"name"（从仓库名称解析）。未知时为空。',
  params_stored:
    "仓库自身权重或元数据给出的计数，与 params 并列保存：量化仓库为打包后的存储单元数，适配器为适配器自身的权重数，其余与 params 相同。仓库自身元数据没有计数时为空。",
  params_stored_source:
    'params_stored 的来源："safetensors"、"gguf"、"hub-listing"、"safetensors-header" 或 "model-page"；params_stored 为空时为空。',
  params_packed:
    "params_stored 统计的是量化打包后的存储单元（多个低位权重打包进一个整数元素）而非参数时为 true；此时 params 取自基础模型、还原计算或名称。",
  quantisation:
    '检测到的量化方式：quantization_config 中的方法（"awq"、"gptq" 等），或标签、名称中的片段（"tag 4-bit"、"name 4bit"）；未量化时为空。',
  likes_per_day: "点赞数除以从创建到抓取的天数（至少按一天计）。创建日期为 Hub 占位日期或未知时为空。",
  size_bucket: '按 params 划分的规模区间，取自本次构建配置的规模区间（含下限，最后一个区间无上限）；params 为空时为 "unknown"。',
  high_quality:
    "除非点赞数低于点赞门槛（全部模型点赞数的指定百分位，与 pandas 一样采用线性插值）或下载量低于最低要求，否则为 true；门槛见 summary.json 的 thresholds。",
  era: '创建于时期分界日期（summary.json 的 thresholds.era）之前，或日期为 Hub 2022 年前的占位日期时为 "before"；否则为 "after"；完全没有日期时为空。',
  license: '模型卡中声明的许可证 ID（如 "apache-2.0"、"llama3.1"、"other"）；未声明时为空。',
  family: '根据 model_type、architectures 或 GGUF 元数据推断的模型家族（如 "llama"、"qwen2"）；未知时为空。',
  model_type: "Hub 报告的模型配置中的 model_type；未知时为空。",
  pipeline_tag: 'Hub 为该模型归类的任务（如 "text-generation"）。',
  library_name: '模型面向的库（如 "transformers"、"gguf"）；未声明时为空。',
  base_models: "模型卡（base_model）中声明的、本模型所衍生自的模型；CSV 中以“;”分隔，JSON 和 Parquet 中为列表。",
  base_relation:
    '与 base_models 的衍生关系："finetune"（微调）、"quantized"（量化）、"adapter"（适配器）或 "merge"（合并）；未声明时为空。',
};

type DictionaryLang = "en" | "zh-CN";

/**
 * The column descriptions in each language of the report, with size_bucket described without its
 * list of buckets. What is published is dataDictionary(lang, buckets), which adds the build's list.
 */
export const DATA_DICTIONARIES: Record<DictionaryLang, Record<ModelExportColumn, string>> = {
  en: DATA_DICTIONARY,
  "zh-CN": DATA_DICTIONARY_ZH_CN,
};

/**
 * The data dictionary as published with a build: size_bucket lists the buckets of that build's
 * database (Report.sizeBucketDefinitions), each with its bounds, so a build with custom buckets
 * never describes the defaults.
 */
export function dataDictionary(lang: DictionaryLang, buckets: readonly SizeBucketDefinition[]): Record<ModelExportColumn, string> {
  return { ...DATA_DICTIONARIES[lang], size_bucket: describeSizeBucketColumn(lang, buckets) };
}

/** The size_bucket column's description, listing `buckets` with their bounds, then "unknown". */
export function describeSizeBucketColumn(lang: DictionaryLang, buckets: readonly SizeBucketDefinition[]): string {
  if (lang === "en") {
    const listed = buckets.map((b) => `"${b.bucket}" (${describeBoundsEnglish(b)})`).join(", ");
    return `Size class by params, in the size buckets of this build (lower bound included): ${listed}; "unknown" when params is empty.`;
  }
  const listed = buckets.map((b) => `"${b.bucket}"（${describeBoundsChinese(b)}）`).join("、");
  return `按 params 划分的规模区间，即本次构建的规模区间（含下限）：${listed}；params 为空时为 "unknown"。`;
}

function describeBoundsEnglish({ lower, upper }: SizeBucketDefinition): string {
  if (lower === null && upper === null) return "any count";
  if (lower === null) return `< ${paramsShorthand(upper!)}`;
  if (upper === null) return `${paramsShorthand(lower)} or more`;
  return `${paramsShorthand(lower)} to < ${paramsShorthand(upper)}`;
}

function describeBoundsChinese({ lower, upper }: SizeBucketDefinition): string {
  if (lower === null && upper === null) return "任意参数量";
  if (lower === null) return `< ${paramsShorthand(upper!)}`;
  if (upper === null) return `${paramsShorthand(lower)} 及以上`;
  return `${paramsShorthand(lower)} 至 < ${paramsShorthand(upper)}`;
}

/**
 * A bound as the config file writes it (7e9, 500e6): params is a plain integer column, so the
 * dictionary states bounds in that unit, while the labels say billions ("7–70B").
 */
function paramsShorthand(params: number): string {
  return params >= 1e9 ? `${params / 1e9}e9` : `${params / 1e6}e6`;
}
