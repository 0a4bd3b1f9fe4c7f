// Chinese paragraphs of the Derivatives page (src/views/Derivatives.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { derivativesProse as english } from "../../en/prose/derivatives.ts";

export const derivativesProse: typeof english = {
  lead: (derived, total, share) =>
    `抓取到的 ${total} 个模型中，有 ${derived} 个（${share}）在 base_model 元数据中说明自己衍生自另一个模型：微调、量化、适配器或合并。`,
  basesIntro:
    "对每个基础模型：将其列为基础模型的已抓取模型所获点赞，按关系拆分。只统计直接衍生（微调模型的量化版本计入该微调模型）。本身未被抓取的基础模型同样计入，并加以标注。",
};
