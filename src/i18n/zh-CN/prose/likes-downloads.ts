// Chinese paragraphs of the Likes vs downloads page (src/views/LikesDownloads.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { likesDownloadsProse as english } from "../../en/prose/likes-downloads.ts";

export const likesDownloadsProse: typeof english = {
  lead: (models) => `大家会下载自己点赞的模型吗？这里对比全部 ${models} 个已抓取模型的点赞数与最近 30 天下载量。`,
  method:
    "核心指标是斯皮尔曼等级相关系数：它衡量点赞越多的模型是否往往下载也越多，又不会让少数超大模型主导结果（并列的数值取平均名次）。旁边同时给出 log(1 + 计数) 上的皮尔逊相关系数；加 1 是为了保留下载量为零的模型。",
  quadrantsIntro: "以点赞数中位数和下载量中位数划分模型；恰好位于中位数的模型归入“较多”一侧。",
  perDayIntro: (dated, placeholder, undated, median, spearman) =>
    `较老的模型积累点赞的时间更长，因此也把点赞数除以从创建到抓取的天数。${dated} 个模型有真实创建日期；${placeholder} 个模型的创建日期是 Hub 的占位日期（创建于 2022 年 3 月之前，具体日期未知），${undated} 个没有日期，均不计入。日均点赞中位数为 ${median}；日均点赞与下载量的斯皮尔曼等级相关系数为 ${spearman}。日均点赞最多的模型：`,
};
