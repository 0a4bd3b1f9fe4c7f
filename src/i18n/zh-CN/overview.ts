// Chinese labels of the Overview page (src/views/Overview.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/overview.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { overview as english } from "../en/overview.ts";

export const overview: typeof english = {
  title: "概览",
  description: "Hugging Face Hub 上点赞最多的文本生成模型是什么样的。",
  answerHeading: "简要回答",
  keyFigures: {
    medianParams: "高质量模型的参数量中位数",
    medianAgeValue: (days) => `${days} 天`,
    medianAge: "高质量模型存在时间的中位数",
    orgShare: "的高质量模型由组织发布",
    topFamily: (share) => `最常见的模型家族（${share}）`,
    topLicence: (share) => `最常见的许可证（${share}）`,
    top10: "的点赞集中在点赞最多的 10 位作者",
  },
  figures: {
    models: "个已抓取的模型",
    authors: "位作者",
    highQuality: (share) => `个高质量模型（${share}）`,
    likesNeeded: (percentile) => `达到高质量所需的点赞数（第 ${percentile} 百分位）`,
    downloadsNeeded: "30 天内所需的下载量",
    eraBoundary: "时期分界日期",
  },
  ruleTerm: "高质量",
  modelsHeading: "模型一览",
  modelsCaption: "按模型统计：点赞数、下载量（最近 30 天）、参数量（仅限已知）以及存在天数（仅限真实创建日期）。",
  authorsHeading: "作者一览",
  authorsCaption: "按作者统计：模型数、点赞数、下载量（最近 30 天）和关注者数。",
  sectionsHeading: "各章节",
  sections: {
    top: "分界日期以来创建、下载量最高的高质量模型",
    sizes: "分界日期前后，模型参数规模的变化",
    time: "每个创建月份的模型数量",
    authors: "组织与个人用户、账户方案，以及点赞最多的作者",
    families: "模型属于哪些家族和架构，以及各家族份额的变化",
    licences: "声明的许可证、自定义许可证，以及未声明许可证的模型",
    derivatives: "微调、量化、适配器与合并模型，以及衍生模型最受欢迎的基础模型",
    names: "名称中标注的规模与元数据中的规模是否一致",
    concentration: "头部作者占有的点赞份额、洛伦兹曲线与基尼系数",
    likesDownloads: "被点赞的模型是否也被下载",
    history: "排名在每次定期抓取之间如何变化",
    explore: "全部模型，可搜索、筛选和排序",
    sql: "在浏览器中用 SQL 查询公开数据",
    downloads: "Parquet、CSV 和 JSON 格式的数据集、数据字典，以及每张图表的数据",
    methodology: "每个数字从何而来，以及需要注意的局限",
  },
};
