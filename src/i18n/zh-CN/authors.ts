// Chinese labels of the Authors page (src/views/Authors.astro): title, headings, column names, captions and
// short sentences. Its paragraphs are in prose/authors.ts.
// Typed by the English module, so a missing or extra key fails `tsc`.
import type { authors as english } from "../en/authors.ts";

export const authors: typeof english = {
  title: "作者",
  description: "谁在发布受欢迎的文本生成模型：组织还是个人用户，使用哪种账户方案。",
  typesHeading: "组织与个人用户",
  typesCaption: (authors, models, likes) => `组织占作者总数的 ${authors}，拥有 ${models} 的模型和 ${likes} 的点赞。`,
  typesCaptionNoOrgs: "按作者类型统计的作者、模型和点赞占比。",
  typeColumns: { type: "作者类型", authors: "作者数", models: "模型数", highQuality: "高质量模型", likes: "点赞数" },
  plansHeading: "账户方案",
  plansCaption: "各账户方案下的模型数，分为组织与个人用户。",
  planColumns: { plan: "方案", type: "作者类型", authors: "作者数", models: "模型数" },
  topHeading: (n) => `点赞最多的 ${n} 位作者`,
  topCaption: "每位作者在本次抓取中所有模型的点赞数与下载量（最近 30 天）之和。",
  topColumns: {
    position: "#",
    author: "作者",
    type: "类型",
    models: "模型数",
    likes: "点赞数",
    downloads: "下载量（30 天）",
    followers: "关注者",
  },
  topChartCaption: (n, leader, likes) => `点赞最多的 ${n} 位作者的总点赞数；${leader} 以 ${likes} 个点赞居首。下表列出了相同的数字。`,
};
