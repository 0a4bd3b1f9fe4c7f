// Chinese paragraphs of the Methodology page (src/views/Methodology.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { methodologyProse as english } from "../../en/prose/methodology.ts";

export const methodologyProse: typeof english = {
  listing: (limit) =>
    `抓取程序向 {api} 请求带有 {tag} 标签的${limit === null ? "全部" : `点赞数最高的 ${limit} 个`}模型，按点赞数排序（{sort}），并逐页读取列表。` +
    "列表中的每个模型都附带通过 {expand} 请求的字段：{fields}。",
  authors:
    "作者信息来自 Hub 网站自身的模型列表 {modelsJson}，也就是 huggingface.co/models 页面背后的数据：每页 30 个模型，每个模型都附带其作者的 {authorData}：" +
    "组织还是个人用户、账户方案、关注者数。抓取程序按同样的点赞顺序读取这些页面，直到每位作者的类型都已确定（这些请求计入 Hub 的“pages”限流额度）。" +
    "只有该列表未能确定类型的作者，才会通过 Hub 的用户和组织概览接口（{overview}）查询。",
  finished: (fetched, models, authors) => `抓取于 ${fetched} 完成，共获得 ${authors} 位作者的 ${models} 个模型。`,
  sample: "本次构建使用的是项目自带、程序生成的示例 Hub，而不是真实的 Hugging Face Hub。",
  quality: (percentile, threshold, likes, downloads) =>
    `同时满足以下两点的模型视为{term}：点赞数不低于本次抓取点赞数的第 ${percentile} 百分位——该值在数据上计算（与 pandas 的 {quantile} 一样采用线性插值），为 ${threshold} 个点赞，即至少 ${likes} 个点赞；` +
    `并且最近 30 天的下载量至少为 ${downloads}。其余模型均为低质量。`,
  eras: (boundary) =>
    `仓库创建于 ${boundary}（UTC）之前的模型属于{before}，创建于当天或之后的属于{after}。` +
    "带有 Hub 占位创建日期的模型创建于 2022 年 3 月之前，因此属于{before}。",
  sizes: (buckets) =>
    `规模区间按逻辑参数量划分：${buckets.join("、")}（含下限），所有来源都没有给出参数量时另设{unknown}区间。规模未知是单独的区间，从不计入 ${buckets[0]}。`,
  cascade:
    "每个模型的参数量取自以下来源中第一个有数值的来源，顺序为：Hub 的 safetensors 元数据、GGUF 元数据、Hub 网站列表显示的参数量、safetensors 权重文件的文件头（通过字节范围请求读取）、" +
    "模型网页、基础模型的参数量（用于量化仓库——其自身元数据统计的是打包后的存储——以及适配器——其权重只包含适配器本身），最后才是仓库名称中标注的规模。",
  logical:
    "量化仓库把多个低位权重存进一个整数元素（AWQ 和 GPTQ 把 8 个 4 位权重存进一个 I32，MLX 存进 U32，bitsandbytes 把 2 个存进一个 U8），因此其自身元数据给出的计数是打包后的存储：一个 4 位量化的 70B 模型只列出约 11B。所有规模数字（规模区间、中位数、浏览器）都改用逻辑参数量，按以下顺序得出：基础模型已被抓取时取其参数量；否则按数据类型还原存储计数（每个 w 位的整数元素容纳 w ÷ 位数 个权重，位数取自量化配置、标签或名称；量化存储的缩放系数和零点在其布局已知时再被减去：AWQ、GPTQ 和 MLX 按配置给出的分组，NVFP4 每 16 个权重一个缩放系数，MXFP4 每 32 个一个；布局未知时它们被当作权重计入，多出几个百分点）；否则取名称中的规模。存储计数仍与之并列保存（下载数据中的 params_stored），params_source 说明逻辑参数量的得出方式。下表各列给出每个来源中有多少仓库的自身计数是打包存储，有多少是适配器。",
  sourceMeaning: {
    safetensors: "Hub 的 safetensors 元数据（总数，或各数据类型计数之和）",
    gguf: "Hub 的 GGUF 元数据（总数）",
    "hub-listing": "Hub 网站自身模型列表显示的参数量（/models-json 中的 numParameters）",
    "safetensors-header": "权重文件的文件头，通过字节范围请求读取",
    "model-page": "模型网页上显示的参数量",
    "base-model": "量化仓库（打包的是基础模型的逻辑参数）或适配器（权重只包含适配器本身）的基础模型",
    unpacked: "量化仓库打包的存储，按数据类型和每个权重的位数还原",
    name: "仓库名称，例如“Llama-3.1-8B”",
    unknown: "以上皆无：规模未知",
  },
  familiesIntro:
    "同一个家族在 Hub 上最多有三个名称：配置中的 model_type（transformers）、GGUF 文件头中的架构名（llama.cpp 有自己的写法：gptneox、phi2、command-r），以及 config.architectures 中的 transformers 类名。一张以数据形式保存的表（数据库中的 families 和 family_aliases 表）把这三种名称映射到同一个家族 ID，避免一个家族被拆成两个。表中没有的名称自成一个家族，使用其规范化后的名称。看起来相似的 ID（只在大小写、_ 或 -、末尾数字或 moe 后缀上不同）视为同一家族，除非表中声明它们不同（qwen2 和 qwen3 是不同的架构）；任何未声明的相似 ID 都会使测试失败。",
  reasonsIntro: (compared, disagree) =>
    `在与仓库自身计数比较的 ${compared} 个名称中，有 ${disagree} 个相差超过 20%。每个取第一个适用的可能原因，依据的都是抓取已有的数据：`,
  analysesIntro:
    "除非另有说明，下面每项分析都涵盖全部已抓取模型，而不只是高质量模型；概览中的典型模型则指高质量模型。每张图表都附有生成它的 SQL 和数据链接。",
  analyses: [
    {
      term: "概览中的句子",
      definition:
        "由高质量模型上的一个 SQL 视图（overview_facts）生成：参数量中位数（仅限已知）、截至抓取时存在天数的中位数（仅限真实日期）、组织发布的占比、最常见的家族和许可证，以及每个时期最常见的规模区间和参数量达到 20B 或以上的模型占比。",
    },
    {
      term: "模型家族与架构",
      definition:
        "家族取自模型家族词表（见上）：配置中的 model_type，仅有 GGUF 的仓库则取 GGUF 架构，或 transformers 类名，映射到同一个家族 ID；都没有时记为“未知”。架构是 config.architectures 中的类名。按时间统计的份额使用创建年份（仅限真实日期）；整个抓取中最大的几个家族各有固定颜色，其余归入“其他”。",
    },
    {
      term: "许可证",
      definition:
        "取模型卡声明的第一个许可证（cardData.license，字符串或列表），否则取 license: 标签。声明为“other”并给出 license_name 的，按该名称计并标为自定义；完全没有许可证时记为“未声明”。",
    },
    {
      term: "衍生模型",
      definition:
        "依据 base_model 元数据（base_model:<关系>:<仓库> 标签和 cardData.base_model）：微调、量化、适配器或合并。一个基础模型的衍生模型是直接将其列为基础模型的已抓取模型，其点赞数相加。基础模型匹配时不区分大小写，即使基础模型本身未被抓取也会计入。",
    },
    {
      term: "名称与计数不符",
      definition:
        "当名称标注的规模与仓库自身元数据给出的计数（适配器为其基础模型的计数）之差超过计数的 20% 时，视为名称与计数不符。每个不符的名称取第一个适用的可能原因：量化打包存储、嵌入矩阵、视觉或音频编码器、取整；页面先列出找不到原因的名称，按 |ln(名称 ÷ 计数)| 排序。",
    },
    {
      term: "集中度",
      definition:
        "按作者汇总点赞数。前 10 名份额：点赞最多的 10 位作者的点赞数占全部点赞的比例。基尼系数：将作者点赞数 x 升序排列（i = 1…n），G = 2·Σ i·xᵢ / (n·Σ xᵢ) − (n + 1)/n。洛伦兹曲线在作者份额的每个整百分点取一个点。新旧：点赞最多的 100 个模型的年龄中位数与全部模型的相比（仅真实创建日期）；超过 1.25 倍为较老，不到 1/1.25 倍为较新。",
    },
    {
      term: "点赞与下载",
      definition:
        "核心指标是斯皮尔曼等级相关系数（并列取平均名次）；同时给出 ln(1 + 点赞数) 与 ln(1 + 下载量) 的皮尔逊相关系数。四个象限以点赞数中位数和下载量中位数划分，恰好位于中位数的模型归入较高一侧。图表将计数落在同一个小对数格内的模型合并为一个点，以保持轻量。日均点赞：点赞数除以从创建到抓取的天数（至少按一天计）；创建日期为 Hub 占位日期的模型没有该值，单独计数。",
    },
  ],
  caveats: [
    {
      title: "下载量是 30 天的计数。",
      text: "Hub 报告的是大约最近 30 天的下载量，而非累计下载量，因此一个老牌热门模型的下载量可能低于新发布的模型。",
    },
    {
      title: "占位创建日期。",
      text: "2022 年 3 月之前创建的仓库带有占位日期（2022-03-02 23:29:04 或 :05 UTC）。报告将其视为“创建于 2022 年 3 月之前，确切日期未知”，不纳入按月时间轴和存在天数统计。",
    },
    {
      title: "只包含标记为 text-generation 的模型。",
      text: "抓取按任务标签（pipeline tag）筛选。许多知名语言模型被标记为 {tag}，或根本没有任务标签，因此不在本报告之内。",
    },
    {
      title: "混合专家模型的总参数量。",
      text: "混合专家（MoE）模型的参数量计入全部专家，而不是每个 token 实际激活的参数。",
    },
    {
      title: "量化仓库。",
      text: "其元数据可能统计的是打包后的存储（一个存储单元含多个权重），而非逻辑参数；这类仓库在基础模型参数量已知时采用基础模型的逻辑参数量。",
    },
  ],
  skipped: {
    title: "跳过的记录。",
    text: (_n, count) => `来自 Hub 的 ${count} 条记录无法使用（例如缺少 id 的列表条目），不计入任何数字。`,
  },
};
