// Chinese data dictionary for the zh-CN Downloads page.
// Typed by the English module, so a column
// without its Chinese description, or one the export does not have, fails `tsc`.
import type { dataDictionary as english } from "../en/data-dictionary.ts";

export const dataDictionary: typeof english = {
  columns: {
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
  },
  sizeBucket: (buckets) => `按 params 划分的规模区间，即本次构建的规模区间（含下限）：${buckets.join("、")}；params 为空时为 "unknown"。`,
  bucket: (name, bounds) => `"${name}"（${bounds}）`,
  bounds: {
    any: "任意参数量",
    below: (upper) => `< ${upper}`,
    atLeast: (lower) => `${lower} 及以上`,
    between: (lower, upper) => `${lower} 至 < ${upper}`,
  },
};
