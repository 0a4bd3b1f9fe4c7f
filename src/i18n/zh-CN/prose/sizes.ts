// Chinese paragraphs of the Sizes page (src/views/Sizes.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { sizesProse as english } from "../../en/prose/sizes.ts";

export const sizesProse: typeof english = {
  lead: (boundary, before, after) =>
    `受欢迎的模型有多大？这一点是否发生了变化？这里比较 ${boundary}之前创建的高质量模型（${before} 个）与此后创建的模型（${after} 个），每个区间按其所在时期的占比计算，使规模不同的两个时期可以公平比较。`,
  note: "区间按逻辑参数量划分：混合专家（MoE）模型计入全部专家，量化仓库计入其所打包模型的参数量。“未知”表示所有来源都未能给出参数量；它是单独的区间，而不是小模型。",
};
