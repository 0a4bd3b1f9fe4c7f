// Chinese paragraphs of the Overview page (src/views/Overview.astro): its lead, intros, notes and definitions.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { overviewProse as english, QualityRule } from "../../en/prose/overview.ts";

// A likes threshold of 0 excludes no model; the sentence says so instead of "点赞至少 0 个".
function chineseRule(rule: QualityRule): string {
  return rule.likesCountsNone
    ? `这里的高质量模型指近 30 天下载至少 ${rule.downloads} 次的模型（点赞门槛为本次抓取的第 ${rule.percentile} 百分位，这里是 0 个，不排除任何模型）`
    : `这里的高质量模型指点赞至少 ${rule.likes} 个（本次抓取的第 ${rule.percentile} 百分位）且近 30 天下载至少 ${rule.downloads} 次的模型`;
}

export const overviewProse: typeof english = {
  lead: (limit) =>
    "Hugging Face 用户最喜欢的文本生成模型是什么样的？" +
    (limit === null ? "本报告涵盖所有标记为 {tag} 的模型，按点赞数排序。" : `本报告涵盖标记为 {tag} 的模型中点赞数最高的 ${limit} 个。`),
  answer: {
    none: (rule) => `${chineseRule(rule)}；本次抓取中没有模型达到门槛，因此无法描述典型模型。`,
    definition: (rule, models, median) =>
      `${chineseRule(rule)}；` +
      (median === null
        ? `共有 ${models} 个模型达到。`
        : `这 ${models} 个模型中典型的一个有 ${median.params} 个参数（在 ${median.counted} 个参数量已知的模型中取中位数）。`),
    eras: (boundary, large, median) =>
      `以 ${boundary} 为界，` +
      (large.direction === "same"
        ? `参数量达到 200 亿（20B）或以上的模型占比基本不变（之前 ${large.before}，之后 ${large.after}）`
        : `参数量达到 200 亿（20B）或以上的模型占比从 ${large.before} ${large.direction === "rose" ? "升至" : "降至"} ${large.after}`) +
      (median === null
        ? "。"
        : median.direction === "same"
          ? `，参数量中位数基本不变（之前 ${median.before}，之后 ${median.after}）。`
          : `，参数量中位数从 ${median.before} ${median.direction === "rose" ? "增长" : "下降"}到 ${median.after}。`),
    oneEra: (boundary, side) =>
      `所有日期已知的高质量模型都创建于 ${boundary}${side === "before" ? "之前" : "当天或之后"}，因此无法比较前后两个时期的变化。`,
    makers: (orgShare, unknownTypes, family, licence) =>
      `其中 ${orgShare} 由组织发布（其余来自${unknownTypes ? "个人用户和类型未知的作者" : "个人用户"}）` +
      (family ? `；最常见的模型家族是 ${family.name}（${family.share}）` : "") +
      (licence ? `${family ? "，" : "；"}最常见的许可证是 ${licence.name}（${licence.share}）` : "") +
      "。",
  },
  rule: (v) =>
    `模型至少有 ${v.likes} 个点赞（本次抓取点赞数的第 ${v.percentile} 百分位为 ${v.threshold}），且最近 30 天下载量至少为 ${v.downloads}，即视为{term}。` +
    `在 ${v.total} 个模型中，${v.highQuality} 个为高质量，${v.lowQuality} 个不是；高质量模型中，${v.before} 个创建于 ${v.boundary}之前，${v.after} 个创建于当天或之后` +
    `${v.undated === null ? "" : `，另有 ${v.undated} 个创建日期未知`}。`,
};
