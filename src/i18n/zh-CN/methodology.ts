// Chinese labels of the Methodology page (src/views/Methodology.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/methodology.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { methodology as english } from "../en/methodology.ts";

export const methodology: typeof english = {
  title: "研究方法",
  description: "hub-likes 报告中的每个数字从何而来，以及它无法说明的问题。",
  dataHeading: "数据",
  qualityHeading: "高质量",
  qualityTerm: "高质量",
  erasHeading: "时期",
  eraNames: { before: "“之前”时期", after: "“之后”时期" },
  sizesHeading: "参数规模",
  unknownBucket: "未知",
  logicalHeading: "量化仓库的逻辑参数量",
  sourcesCaption: "每个模型的参数量来自何处，按抓取程序尝试各来源的顺序排列。",
  sourceColumns: { source: "来源", meaning: "含义", models: "模型数", share: "占比", packed: "其中打包存储", adapters: "其中适配器" },
  familiesHeading: "模型家族词表",
  familiesCaption: "模型家族词表，以及每个家族的已抓取模型数。",
  familyColumns: {
    family: "家族",
    name: "名称",
    modelTypes: "配置 model_type",
    gguf: "GGUF 架构",
    classes: "类名",
    distinct: "区别于",
    models: "模型数",
  },
  reasonsHeading: "名称为何可能与计数不符",
  reasonsCaption: "与计数不符的名称，按可能的原因统计。",
  analysesHeading: "各项分析",
  caveatsHeading: "注意事项",
};
