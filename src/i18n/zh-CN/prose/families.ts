// Chinese paragraphs of the Families page (src/views/Families.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { familiesProse as english } from "../../en/prose/families.ts";

export const familiesProse: typeof english = {
  lead: (models, families) =>
    `抓取到的 ${models} 个模型属于哪些家族（共 ${families} 个家族）——家族取自配置中的 model_type 或 GGUF 架构——以及各家族的份额逐年如何变化。`,
  shareIntro: (top) =>
    `整个抓取中最大的 ${top} 个家族、合并为“其他”的其余家族，以及“未知”，在每年创建模型中所占的份额。只统计真实创建日期：带有 Hub 2022 年前占位日期的仓库没有年份。`,
  architecturesIntro: (n) => `config.architectures 中出现次数最多的 ${n} 个架构类；同时列出两个架构的模型在两处都计数。`,
};
