// Chinese labels of the Families page (src/views/Families.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/families.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { families as english } from "../en/families.ts";

export const families: typeof english = {
  title: "模型家族与架构",
  description: "点赞最多的文本生成模型属于哪些模型家族和架构，以及这些份额如何变化。",
  familiesHeading: "各家族的模型数",
  familiesCaption: (top, share) =>
    `最大的家族 ${top} 占全部抓取模型的 ${share}。较小的家族合并为“其他”；“未知”是既没有 model_type、也没有 GGUF 架构的模型。`,
  shareHeading: "按创建年份的份额",
  shareCaption: (first, last) => `每根柱子代表 ${first} 至 ${last} 年中的一个创建年份，合计为 100%。`,
  architecturesHeading: "架构",
  columns: {
    family: "家族",
    models: "模型数",
    share: "占全部模型",
    highQuality: "高质量",
    highQualityShare: "占高质量模型",
    likes: "点赞数",
    modelTypes: "model_type 取值",
    architectures: "架构",
    year: "年份",
    architecture: "架构",
    families: "家族",
  },
};
