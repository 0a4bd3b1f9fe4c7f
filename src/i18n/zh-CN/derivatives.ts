// Chinese labels of the Derivatives page (src/views/Derivatives.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/derivatives.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { derivatives as english } from "../en/derivatives.ts";

export const derivatives: typeof english = {
  title: "衍生模型",
  description: "点赞最多的文本生成模型中的微调、量化、合并与适配器模型，以及它们背后的基础模型。",
  relationsHeading: "模型如何衍生自其他模型",
  relationsCaption: "按与基础模型关系统计的模型数。“未注明基础模型”包括原创发布的模型和未作说明的模型卡。",
  basesHeading: (n) => `衍生模型点赞最多的 ${n} 个基础模型`,
  basesCaption: (leader, likes, descendants) => `${leader} 居首：它的 ${descendants} 个直接衍生模型共获得 ${likes} 个点赞。`,
  notCrawled: "未抓取",
  columns: {
    relation: "关系",
    models: "模型数",
    share: "占比",
    likes: "点赞数",
    highQuality: "高质量",
    base: "基础模型",
    inData: "已抓取",
    baseLikes: "自身点赞数",
    descendants: "衍生模型数",
    descendantLikes: "衍生模型点赞数",
    finetunes: "微调",
    quantizations: "量化",
    adapters: "适配器",
    merges: "合并",
    unspecified: "未说明",
  },
};
