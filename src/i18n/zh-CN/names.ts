// Chinese labels of the Names page (src/views/Names.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/names.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { names as english } from "../en/names.ts";

export const names: typeof english = {
  title: "名称与计数不符",
  description: "模型名称中标注的规模与仓库自身元数据给出的计数相比：哪些名称与计数不符，以及可能的原因。",
  figures: {
    unexplained: "个名称与计数不符且找不到原因",
    disagree: (n, compared) => `的名称（共 ${compared} 个）与计数相差超过 20%（${n} 个）`,
    explained: "个不符的名称有可能的原因",
  },
  reasonsHeading: "有可能原因的不符名称",
  reasons: {
    unexplained: "找不到原因",
    packed: "量化打包存储",
    embeddings: "嵌入矩阵",
    towers: "视觉或音频编码器",
    rounding: "取整",
  },
  chartCaption: "每个点代表一个或多个两种规模大致相同的模型（点越大，模型越多）。实线对角线上名称完全准确；两条虚线之间误差在 20% 以内。",
  legend: { agrees: "误差在 20% 以内", disagrees: "相差超过 20%" },
  showTable: "以表格查看各点",
  worstHeading: (n, total) => `与计数不符且找不到原因的名称：${total} 个中偏差最大的 ${n} 个`,
  columns: {
    model: "模型",
    nameSize: "名称中的规模",
    metadataSize: "元数据中的规模",
    source: "元数据来源",
    ratio: "名称 ÷ 元数据",
    models: "模型数",
    disagrees: "相差超过 20%",
    reason: "可能的原因",
    example: "点赞最多的例子",
  },
};
