// Chinese labels of the Licences page (src/views/Licences.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/licences.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { licences as english } from "../en/licences.ts";

export const licences: typeof english = {
  title: "许可证",
  description: "点赞最多的文本生成模型声明了哪些许可证，包括自定义许可证和未声明的情况。",
  kinds: {
    standard: "Hub 列表中的许可证",
    custom: "自定义（声明为“other”）",
    none: "未声明",
    rest: "其余较小的许可证合计",
  },
  noneLabel: "未声明",
  restLabel: (count) => `其他 ${count} 种许可证`,
  caption: (top, share, custom, customShare, none, noneShare) =>
    `${top} 是最常见的许可证（占模型的 ${share}）。${custom} 个模型（${customShare}）使用自定义许可证，${none} 个（${noneShare}）未声明许可证。`,
  showTable: "以表格查看全部许可证",
  columns: {
    licence: "许可证",
    kind: "类别",
    models: "模型数",
    share: "占全部模型",
    highQuality: "高质量",
    highQualityShare: "占高质量模型",
    likes: "点赞数",
  },
};
