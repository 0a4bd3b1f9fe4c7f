// Chinese paragraphs of the Top downloads page (src/views/Top.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { topProse as english } from "../../en/prose/top.ts";

export const topProse: typeof english = {
  lead: (n, boundary) => `${boundary}当天或之后创建、下载量最高的 ${n} 个高质量模型。下载量是 Hub 统计的最近 30 天数字，而非累计下载量。`,
  note: "参数规模指逻辑参数量；“规模来源”说明每个数字的出处（详见{methodology}）。",
};
