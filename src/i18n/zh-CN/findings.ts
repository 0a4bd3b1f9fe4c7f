// Chinese chart titles and subtitles.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { findings as english } from "../en/findings.ts";

export const findings: typeof english = {
  clauseSeparator: "；",
  population: {
    all: (models, day) => `全部 ${models} 个抓取到的模型，${day} 抓取`,
    highQuality: (models, day) => `${models} 个高质量模型，${day} 抓取`,
    highQualityAfter: (models, boundary, day) => `${boundary} 当天及之后创建的 ${models} 个高质量模型，${day} 抓取`,
    dated: (models, day) => `${models} 个有真实创建日期的模型，${day} 抓取`,
    authors: (authors, models, day) => `全部 ${models} 个模型的 ${authors} 位作者，${day} 抓取`,
    compared: (models, day) => `名称和元数据都给出规模的 ${models} 个模型，${day} 抓取`,
    derived: (models, all, day) => `${all} 个抓取到的模型中注明基础模型的 ${models} 个，${day} 抓取`,
    snapshots: (snapshots, day) => `最受喜爱模型的 ${snapshots} 次抓取，最近一次在 ${day}`,
  },
  sizes: {
    large: (direction, before, after) =>
      direction === "same"
        ? `200 亿参数及以上的模型在高质量模型中的占比基本不变（之前 ${before}，之后 ${after}）`
        : `200 亿参数及以上的模型在高质量模型中的占比从 ${before} ${direction === "rose" ? "升至" : "降至"} ${after}`,
    commonOnly: (bucket) => `没有高质量模型达到 200 亿参数；最常见的规模是 ${bucket}`,
    oneEra: "只有一个时期有高质量模型，无法比较变化",
  },
  topDownloads: {
    leader: (id, share, n) => `${id} 占这 ${n} 个模型下载量的 ${share}`,
    none: "这些模型在过去 30 天内都没有下载",
  },
  modelsPerMonth: {
    peak: (month, models) => `${month} 新建的受喜爱模型最多：${models} 个`,
    none: "没有模型有真实的创建日期",
  },
  authorTypes: {
    orgShare: (highQuality, all) => `组织发布了 ${highQuality} 的高质量模型（全部模型的 ${all}）`,
    noOrgs: "没有模型由组织发布",
  },
  authorPlans: {
    top: (plan, type, models) => `${plan}方案的作者（${type}）发布的模型最多：${models} 个`,
    none: "没有作者的方案已知",
  },
  topAuthors: {
    top: (author, likes, models) => `${author} 获得的点赞最多：${models} 个模型共 ${likes} 个赞`,
    none: "没有作者获得点赞",
  },
  families: {
    top: (family, highQuality, all) => `${family} 是最大的模型家族：占高质量模型的 ${highQuality}（全部模型的 ${all}）`,
    none: "没有模型有已知的家族",
  },
  familyShare: {
    moved: (family, direction, from, fromYear, to, toYear) =>
      direction === "same"
        ? `${family} 的占比基本不变：${fromYear} 年 ${from}，${toYear} 年 ${to}`
        : `${family} 的占比从 ${fromYear} 年的 ${from} ${direction === "rose" ? "升至" : "降至"} ${toYear} 年的 ${to}`,
    onlyLast: (family, share, year) => `${year} 年 ${family} 领先，占当年模型的 ${share}`,
    none: "没有模型同时有已知家族和创建年份",
  },
  licences: {
    top: (licence, highQuality, all) => `${licence} 是最常见的许可证：占高质量模型的 ${highQuality}（全部模型的 ${all}）`,
    undeclared: (share) => `${share} 的模型未声明许可证`,
    none: "没有模型声明许可证",
  },
  derivatives: {
    share: (share) => `${share} 的模型注明了其派生自的基础模型`,
    commonest: (relation) => `最常见的关系是${relation}`,
    none: "没有模型注明基础模型",
  },
  topBaseModels: {
    top: (base, descendants, likes) => `${base} 的派生模型最受喜爱：${descendants} 个模型共 ${likes} 个赞`,
    none: "没有模型注明基础模型",
  },
  nameSizes: {
    share: (share) => `名称中标明规模的模型有 ${share} 与元数据相差超过 20%`,
    allAgree: (models) => `全部 ${models} 个标明规模的名称都与元数据相差不超过 20%`,
    none: "没有名称能与元数据中的规模比较",
  },
  concentration: {
    top10: (share, authors) => `点赞最多的 10 位作者拥有全部点赞的 ${share}（共 ${authors} 位作者）`,
    none: "没有模型获得点赞",
  },
  likesDownloads: {
    correlation: (strength, rho) => `受喜爱的模型往往下载也多：秩相关系数 ${rho}，属${strength}相关`,
    strength: { strong: "强", moderate: "中等", weak: "弱" },
    none: "模型太少，无法比较点赞和下载",
  },
  history: {
    moved: (direction, before, after) =>
      direction === "same"
        ? `每周新增点赞基本不变（${before}，之后 ${after}）`
        : `每周新增点赞从 ${before} ${direction === "rose" ? "升至" : "降至"} ${after}`,
    latest: (perWeek) => `最受喜爱的模型每周新增 ${perWeek} 个赞`,
    none: "目前只有一次抓取：尚无新增点赞可显示",
    climber: (id, places, rank) => `${id} 排名上升最多：上升 ${places} 位，至第 ${rank} 位`,
    noMovers: "最近两次抓取之间没有模型的排名变化",
  },
};
