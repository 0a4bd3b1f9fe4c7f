// Chinese paragraphs of the History page (src/views/History.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { historyProse as english } from "../../en/prose/history.ts";

export const historyProse: typeof english = {
  lead: "每次定期构建都会重新抓取 Hub，并把结果添加到历史记录中：每次抓取一个快照，记录每个模型的排名、点赞数和下载量。本页对这些快照进行比较。",
  holds: (snapshots, count, first, latest) =>
    `历史记录中共有 ${count} 个快照` +
    (snapshots > 1 && first && latest ? `，时间从 ${first} 到 ${latest}` : latest ? `，拍摄于 ${latest}` : "") +
    "。完整的历史记录以 {file} 发布。",
  empty: (next: string | null) =>
    next === null
      ? "历史记录从本次抓取开始；下一次构建加入第二个快照后才会出现趋势。"
      : `历史记录从本次抓取开始；下一次定期抓取将于 ${next} 进行，届时加入第二个快照并出现趋势。`,
  perWeekIntro:
    "对每一对相邻快照：两者中都存在的模型新增的点赞数，除以两次快照之间的周数。期间进入或离开抓取范围的模型不计入，因此这个数字反映的是增长，而非名单变动。",
  moversIntro: (previous, latest, days, top) =>
    `最近两个快照（${previous} 与 ${latest}，相隔 ${days}）之间的排名变化，范围是在任一快照中排名前 ${top} 的模型。` +
    "在此之外，点赞数相同的模型会成批互换位置，那是噪声而不是新闻。",
};
