// Chinese paragraphs of the Explorer page (src/views/Explore.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { explorerProse as english } from "../../en/prose/explorer.ts";

export const explorerProse: typeof english = {
  lead: (models) =>
    `数据中的全部 ${models} 个模型。可按模型 ID 或作者搜索（或指定某一位作者），按规模、时期、创建年份或月份、作者类型、作者的账户方案、许可证、模型家族、质量、与基础模型的关系和基础模型筛选，并按任一数值排序。筛选条件保存在网址中，因此每个图表的条形都链接到这里对应的模型集合。`,
  noScript: "完整的浏览功能（对全部模型搜索、筛选、排序）需要 JavaScript。未启用时，本页只列出点赞最多的 100 个模型；完整数据见下载文件：",
};
