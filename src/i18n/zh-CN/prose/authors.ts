// Chinese paragraphs of the Authors page (src/views/Authors.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { authorsProse as english } from "../../en/prose/authors.ts";

export const authorsProse: typeof english = {
  lead: "大家喜欢的模型出自谁手：组织还是个人用户，各自使用哪种 Hub 账户方案。",
  plansIntro: "每位作者的 Hub 账户方案：组织为{enterprise}或{team}，个人用户为 {pro}，其余为{free}；Hub 未提供信息时记为{unknown}。",
};
