// Chinese chart text.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { charts as english } from "../en/charts.ts";

export const charts: typeof english = {
  topDownloads: {
    aria: (n, leader, downloads) => `条形图：下载量最高的 ${n} 个高质量模型最近 30 天的下载量；${leader} 以 ${downloads} 次居首。`,
    ariaEmpty: "条形图：最近 30 天下载量；最新时期没有高质量模型。",
    x: "下载量（最近 30 天）→",
    title: (id, downloads) => `${id}：${downloads} 次下载`,
  },
  sizeBuckets: {
    aria: (parts) => `分组条形图：分界日期前后，高质量模型在各参数规模区间的占比。${parts.join("；")}。`,
    ariaEra: (era, total, head, unknown) =>
      `分界日期${era === "before" ? "之前" : "之后"}：${total} 个模型，${head}，${unknown} 个规模未知`,
    commonSize: (bucket, share) => `最常见的规模为 ${bucket}（${share}）`,
    noKnownSize: "没有规模已知的模型",
    fx: "参数量",
    y: "↑ 占该时期高质量模型的比例",
    yNarrow: "占该时期高质量模型的比例 →",
    title: (era, bucket, models, share) => `分界日期${era === "before" ? "之前" : "之后"}，${bucket}：${models} 个模型（${share}）`,
  },
  modelsPerMonth: {
    aria: (total, first, last, busiest, busiestModels) =>
      `堆叠条形图：${first}至${last}按创建月份统计的 ${total} 个模型，每根柱子底部为高质量模型；模型最多的月份是 ${busiest}，共 ${busiestModels} 个。`,
    ariaEmpty: "条形图：每个创建月份的模型数；没有模型具有真实的创建日期。",
    x: "创建月份 →",
    y: "↑ 模型数",
    groups: { "high quality": "高质量", other: "其他" },
    title: (month, group, models) => `${month}，${group}：${models} 个模型`,
    boundary: (boundary) => `时期分界 ${boundary}`,
  },
  authorTypes: {
    aria: (authors, models, likes) =>
      `百分比堆叠条形图，对比组织与个人用户：组织占作者的 ${authors}，拥有 ${models} 的模型和 ${likes} 的点赞。`,
    x: "占比 →",
    measures: { authors: "作者", models: "模型", likes: "点赞" },
    title: (type, value, measure, share) => `${type}：${measure} ${value}（${share}）`,
  },
  authorPlans: {
    aria: (plans) => `堆叠条形图：各作者账户方案下的模型数（${plans.join("，")}），分为组织与个人用户。`,
    ariaPlan: (plan, models) => `${plan} ${models} 个`,
    ariaEmpty: "堆叠条形图：各作者账户方案下的模型数；没有作者。",
    x: "模型数 →",
    title: (plan, type, models, authors) => `${plan}，${type}：${authors} 位作者的 ${models} 个模型`,
  },
  topAuthors: {
    aria: (n, leader, likes, models) => `条形图：点赞最多的 ${n} 位作者的总点赞数；${leader} 以 ${models} 个模型、${likes} 个点赞居首。`,
    ariaEmpty: "条形图：各作者的点赞数；没有作者。",
    x: "点赞数 →",
    title: (author, type, likes, models) => `${author}（${type}）：${likes} 个点赞，${models} 个模型`,
  },
  families: {
    aria: (leader, models, share, bars) =>
      `条形图：各模型家族的模型数；${leader} 最大，有 ${models} 个模型（${share}）。${bars.join("，")}。`,
    ariaBar: (family, models) => `${family}：${models}`,
    ariaEmpty: "条形图：各模型家族的模型数；没有模型的家族已知。",
    x: "模型数 →",
    title: (family, models, share) => `${family}：${models} 个模型（${share}）`,
  },
  familyShare: {
    aria: (parts) => `百分比堆叠条形图：按创建年份统计的各模型家族份额。${parts.join("；")}。`,
    ariaYear: (year, models, leader, share) =>
      leader === null ? `${year} 年：${models} 个模型` : `${year} 年：${models} 个模型，${leader} 最大（${share}）`,
    ariaEmpty: "堆叠条形图：按创建年份统计的家族份额；没有模型具有真实的创建日期。",
    x: "创建年份",
    y: "↑ 占当年模型的比例",
    yNarrow: "占当年模型的比例 →",
    title: (year, family, models, share) => `${year} 年，${family}：${models} 个模型（${share}）`,
  },
  licences: {
    aria: (label, models, share, custom, none) =>
      `条形图：各声明许可证的模型数；${label} 最常见，有 ${models} 个模型（${share}）。${custom} 个模型使用自定义许可证，${none} 个未声明许可证。`,
    ariaEmpty: "条形图：各许可证的模型数；没有模型。",
    x: "模型数 →",
    title: (label, kind, models, share) => `${label}（${kind}）：${models} 个模型（${share}）`,
  },
  derivativeRelations: {
    aria: (derived, total, relations) =>
      `条形图：按与基础模型关系统计的模型数；${total} 个模型中有 ${derived} 个衍生自其他模型。${relations.join("，")}。`,
    ariaRelation: (relation, models) => `${relation}：${models}`,
    x: "模型数 →",
    title: (relation, models, likes) => `${relation}：${models} 个模型，${likes} 个点赞`,
  },
  topBaseModels: {
    aria: (n, leader, likes, descendants) =>
      `堆叠条形图：衍生模型最受欢迎的 ${n} 个基础模型，其直接衍生模型获得的点赞数；${leader} 居首，${descendants} 个衍生模型共获得 ${likes} 个点赞。`,
    ariaEmpty: "堆叠条形图：各基础模型的衍生模型点赞数；没有模型注明基础模型。",
    x: "直接衍生模型的点赞数 →",
    notCrawled: "未抓取",
    title: (base, relation, likes) => `${base}，${relation}：${likes} 个点赞`,
  },
  nameSizes: {
    aria: (compared, disagree, share, larger, smaller) =>
      `双对数散点图：每个模型名称中的规模与元数据中的规模对比；共比较 ${compared} 个模型，其中 ${disagree} 个（${share}）相差超过 20%，` +
      `${larger} 个名称夸大了参数量，${smaller} 个低报了参数量。`,
    x: "元数据中的规模（参数量）→",
    y: "↑ 名称中的规模",
    title: (name, metadata, _models, count, disagrees) => `名称 ${name}，元数据 ${metadata}：${count} 个模型${disagrees ? "，不符" : ""}`,
  },
  lorenz: {
    aria: (authors, half, gini) =>
      `洛伦兹曲线：${authors} 位作者的点赞分布，点赞最少者在前。` +
      (half === null ? "" : `点赞较少的一半作者拥有全部点赞的 ${half}。`) +
      `基尼系数 ${gini ?? "未知"}。`,
    ariaEmpty: "洛伦兹曲线：作者的点赞分布；没有任何点赞。",
    x: "作者份额（点赞最少者在前）→",
    y: "↑ 点赞份额",
  },
  likesDownloads: {
    aria: (models, spearman, zero, likesMedian, downloadsMedian) =>
      `散点图：${models} 个模型的点赞数与最近 30 天下载量，两轴均为包含零的类对数刻度；斯皮尔曼等级相关系数 ${spearman ?? "未知"}；` +
      `${zero} 个模型没有下载。虚线标出点赞数中位数（${likesMedian}）和下载量中位数（${downloadsMedian}）。`,
    x: "下载量（最近 30 天）→",
    y: "↑ 点赞数",
    title: (likes, downloads, _models, count) => `${likes} 个点赞，${downloads} 次下载：${count} 个模型`,
  },
  historyLikesPerWeek: {
    aria: (_intervals, count, latest, perWeek, models) =>
      `条形图：${count} 个快照间隔中每周新增的点赞数；最近的间隔 ${latest}，${models} 个模型每周新增 ${perWeek} 个点赞。`,
    ariaEmpty: "条形图：每周新增点赞；快照少于两个，尚无间隔。",
    interval: (from, to) => `${from} → ${to}`,
    x: "每周新增点赞 →",
    title: (interval, days, gained, models, perWeek) =>
      `${interval}（${days} 天）：${models} 个模型新增 ${gained} 个点赞，每周 ${perWeek} 个`,
  },
  historyRankMovers: {
    aria: (n, top, previous, rank) =>
      `箭头图：最近两个快照之间 ${n} 个模型的排名变化；上升最多的是 ${top}，从第 ${previous} 名升至第 ${rank} 名。`,
    ariaEmpty: "箭头图：排名变化；最近两个快照之间没有模型的排名发生变化。",
    x: "排名（1 = 点赞最多）→",
    title: (id, previous, rank, gained) => `${id}：排名 ${previous} → ${rank}，新增 ${gained} 个点赞`,
  },
};
