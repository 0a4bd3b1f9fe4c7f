// Chinese paragraphs of the Over time page (src/views/Time.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { timeProse as english } from "../../en/prose/time.ts";

export const timeProse: typeof english = {
  lead: (dated, range) =>
    `受欢迎的模型是什么时候创建的？${range}，按月统计 ${dated} 个有真实创建日期的模型；每根柱子的下半部分是高质量模型。`,
  placeholderNote: (total) =>
    `未列入时间轴：${total} 个模型中有 {count} 个创建于 2022 年 3 月之前。对这些模型，Hub 给出的是占位日期（2022-03-02）而非真实日期，因此无法归入具体月份。`,
  note: "没有模型的月份留空。创建日期指 Hub 仓库的创建时间，可能与模型的正式发布日期不同。",
};
