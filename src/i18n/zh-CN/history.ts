// Chinese labels of the History page (src/views/History.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/history.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { history as english } from "../en/history.ts";

export const history: typeof english = {
  title: "历史变化",
  description: "点赞最多的文本生成模型在每周抓取之间如何变化。",
  perWeekHeading: "每周新增点赞",
  perWeekCaption: (days, perWeek) => `相邻快照之间每周新增的点赞数；最近一个间隔（${days}）每周新增 ${perWeek} 个。`,
  days: (days) => `${days} 天`,
  intervalColumns: { from: "起", to: "止", days: "天数", models: "两次都有的模型", gained: "新增点赞", perWeek: "每周" },
  moversHeading: "上升与下降",
  noMovers: (top) => `前 ${top} 名中没有模型的排名发生变化。`,
  moversCaption: (climbs, falls) => `箭头从每个模型之前的排名指向当前排名：上升 ${climbs} 个、下降 ${falls} 个，各取变化最大者。`,
  moverLegend: { rising: "排名上升", falling: "排名下降" },
  moverColumns: { model: "模型", previousRank: "之前排名", rank: "排名", change: "变化", gained: "新增点赞" },
  gainedHeading: "新增点赞最多",
  gainedCaption: (n) => `最近两个快照之间新增点赞最多的 ${n} 个模型，并折算为每周增速。`,
  gainedColumns: { rank: "排名", model: "模型", likes: "点赞数", gained: "新增", perWeek: "每周" },
  newcomersHeading: (top) => `新进入前 ${top} 名`,
  noNewcomers: (top) => `前 ${top} 名的模型与上一个快照完全相同。`,
  newcomersCaption: (top) =>
    `最新快照中位列前 ${top} 名、但上一个快照前 ${top} 名中没有的模型；“未列入”表示上一次抓取根本没有包含该模型（新模型，或低于当时的抓取上限）。`,
  notListed: "未列入",
  newcomerColumns: { rank: "排名", model: "模型", likes: "点赞数", previousRank: "之前排名" },
  snapshotsHeading: "快照",
  snapshotsCaption: "历史中的每次抓取：完成时间、列出的模型数及其点赞总数。",
  snapshotColumns: { fetched: "抓取时间", models: "模型数", likes: "点赞总数" },
};
