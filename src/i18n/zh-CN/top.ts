// Chinese labels of the Top downloads page (src/views/Top.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/top.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { top as english } from "../en/top.ts";

export const top: typeof english = {
  title: "下载排行",
  description: "最新时期下载量最高的高质量文本生成模型。",
  none: (boundary) => `没有在 ${boundary}当天或之后创建的高质量模型。`,
  tableCaption: "按最近 30 天下载量排序；“点赞排名”是该模型在全部抓取模型中按点赞数的名次。",
  columns: {
    position: "#",
    model: "模型",
    author: "作者",
    downloads: "下载量（30 天）",
    likes: "点赞数",
    rank: "点赞排名",
    size: "参数规模",
    sizeSource: "规模来源",
    created: "创建日期",
  },
  chartCaption: (n, leader, downloads) => `下表 ${n} 个模型最近 30 天的下载量；${leader} 以 ${downloads} 次居首。`,
  methodologyLink: "研究方法",
};
